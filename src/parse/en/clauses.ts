/** Pass 5, clauses: split a sentence at ';' and ':', then at every further cue with a subject of its own. */
import { contains, type Span } from '../span.js';
import type { Cue } from './cues.js';
import { words } from './lexicon.js';
import { LEADING_CONJUNCTION, ORDINAL, SUBJECT_WINDOW, looksLikeSubject } from './subjects.js';

export interface Clause extends Span {
  /** The separator that closes the clause: ';', ':' or '' at the sentence end. */
  closer: string;
}

export interface Piece extends Span {
  cue: Cue | null;
}

/** The span without separators and closing punctuation at its edges (a closing quote whose opener it holds stays). */
export function clip(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:.。!?"”’)]/.test(text[end - 1]!)) {
    const ch = text[end - 1]!;
    if (ch === '”' && text.lastIndexOf('“', end) >= start) break;
    if (ch === ')' && text.lastIndexOf('(', end) >= start) break;
    if (ch === '.' && /\betc$/.test(text.slice(Math.max(start, end - 4), end - 1))) break;
    end--;
  }
  // a series closing on "; and" keeps neither
  const tail = /(?:[;,]\s*)?\b(?:and|or)$/i.exec(text.slice(start, end));
  if (tail && end - tail[0].length > start) return clip(text, { start, end: end - tail[0].length });
  return { start, end };
}

/** Clauses at top-level ';' and ':' (not inside brackets or quotes, not a clock time). */
export function splitClauses(text: string, within: Span): Clause[] {
  const clauses: Clause[] = [];
  let depth = 0;
  let clauseStart = within.start;
  for (let i = within.start; i < within.end; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '[' || ch === '“') depth++;
    else if ((ch === ')' || ch === ']' || ch === '”') && depth > 0) depth--;
    else if (depth === 0 && (ch === ';' || ch === '；' || ((ch === ':' || ch === '：') && !/\d/.test(text[i + 1] ?? '')))) {
      clauses.push({ start: clauseStart, end: i, closer: ch === '；' ? ';' : ch === '：' ? ':' : ch });
      clauseStart = i + 1;
    }
  }
  clauses.push({ start: clauseStart, end: within.end, closer: '' });
  return clauses.filter((c) => text.slice(c.start, c.end).trim() !== '');
}

/**
 * Split a unit at every further cue that has its own subject after a comma
 * ("the epidemic must be kept under control, the economy must be kept stable").
 */
export function splitUnitAtCues(text: string, unit: Span, cues: Cue[]): Piece[] {
  const inside = cues.filter((c) => contains(unit, c));
  if (inside.length === 0) return [{ ...unit, cue: null }];
  const pieces: Piece[] = [{ start: unit.start, end: unit.end, cue: inside[0]! }];
  for (const cue of inside.slice(1)) {
    const current = pieces[pieces.length - 1]!;
    // only the last SUBJECT_WINDOW characters can hold the split: a subject is never longer
    const from = Math.max(current.cue!.end, cue.start - SUBJECT_WINDOW);
    const between = text.slice(from, cue.start);
    const comma = between.lastIndexOf(',');
    if (comma === -1) continue;
    const subjectStart = from + comma + /^,\s*(?:(?:and|but|while)\s+)?/.exec(between.slice(comma))![0].length;
    const region = text.slice(subjectStart, cue.start);
    if (cue.impersonal ? region.trim() !== '' && !/^(?:and|but)\s*$/i.test(region.trim()) : !looksLikeSubject(region)) continue;
    current.end = from + comma;
    pieces.push({ start: subjectStart, end: unit.end, cue });
  }
  return pieces;
}

/** The body with a leading conjunction, ordinal or introductory phrase set aside. */
export function stripLeadIn(text: string, s: Span): string {
  let body = text.slice(s.start, s.end).trimStart();
  body = body.replace(LEADING_CONJUNCTION, '').replace(ORDINAL, '');
  // a leading participial or prepositional phrase: "Driven by innovation, continue to …"
  const lead = /^(?:[A-Z]?[a-z]+(?:ed|en)\s+by\b[^,]{0,60}|(?:In|At|On|For|With|Under|Through)\b[^,]{0,60}),\s*/.exec(body);
  if (lead) body = body.slice(lead[0].length);
  return body;
}

/** Long enough to be an instruction rather than a heading or a fragment. */
export function hasLength(body: string): boolean {
  return words(body).length >= 4;
}
