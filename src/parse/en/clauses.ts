/** Pass 5, clauses: split a sentence at ';' and ':', then at every further cue with a subject of its own. */
import { EN_ORDINALS } from '../../vocab/en/words.js';
import { contains, type Span } from '../span.js';
import { isModalCue, type Cue } from './cues.js';
import { startsWithVerb, words } from './lexicon.js';
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
 * Split a unit at every further cue that has its own subject after a comma, a dash or
 * "and"/"while" ("the epidemic must be kept under control, the economy must be kept
 * stable"), or that repeats a modal for the same subject ("…, and must not …").
 */
export function splitUnitAtCues(text: string, unit: Span, cues: Cue[]): Piece[] {
  const inside = cues.filter((c) => contains(unit, c));
  if (inside.length === 0) return [{ ...unit, cue: null }];
  const pieces: Piece[] = [{ start: unit.start, end: unit.end, cue: inside[0]! }];
  for (const cue of inside.slice(1)) {
    const current = pieces[pieces.length - 1]!;
    // only the last SUBJECT_WINDOW characters can hold the split: a subject is never longer
    const from = Math.max(current.cue!.end, cue.start - SUBJECT_WINDOW);
    const split = splitPoint(text, from, cue, isModalCue(text, cue));
    if (split === null) continue;
    current.end = split.end;
    pieces.push({ start: split.subjectStart, end: unit.end, cue });
  }
  return pieces;
}

/** Where the piece before a cue ends and the cue's own piece (its subject) starts, if anywhere. */
function splitPoint(text: string, from: number, cue: Cue, modal: boolean): { end: number; subjectStart: number } | null {
  const between = text.slice(from, cue.start);
  if (between.trim() === '') return null;
  const seps = [/[,—–](?:\s*(?:and|but|while|whereas)\b)?\s*/g, /\s(?:and|while|whereas|but)\s+/g];
  for (const sep of seps) {
    let last: RegExpExecArray | null = null;
    for (let m = sep.exec(between); m !== null; m = sep.exec(between)) last = m;
    if (!last) continue;
    const subjectStart = from + last.index + last[0].length;
    const region = text.slice(subjectStart, cue.start);
    const own = cue.impersonal ? region.trim() === '' || /^(?:and|but)\s*$/i.test(region.trim()) : looksLikeSubject(region);
    if (own || (modal && region.trim() === '')) return { end: from + last.index, subjectStart };
  }
  return null;
}
/** The body with a leading conjunction, ordinal or introductory phrase set aside. */
export function stripLeadIn(text: string, s: Span): string {
  let body = text.slice(s.start, s.end).trimStart();
  body = body.replace(LEADING_CONJUNCTION, '').replace(ORDINAL_IS_TO, '').replace(ORDINAL, '');
  // a leading participial or prepositional phrase: "Driven by innovation, continue to …"
  const lead = /^(?:[A-Z]?[a-z]+(?:ed|en)\s+by\b[^,]{0,60}|(?:In|At|On|For|With|Under|Through)\b[^,]{0,60}),\s*/.exec(body);
  if (lead) return body.slice(lead[0].length);
  // a long one ("On the basis of A, B, and C, conduct …"): up to the first comma part that opens with a verb
  if (/^(?:On|In|With|Under|Through|Based|According|Given|For)\b/.test(body)) {
    const verbPart = /,\s+(?=[a-z])/g;
    for (let m = verbPart.exec(body); m !== null && m.index < 600; m = verbPart.exec(body)) {
      const rest = body.slice(m.index + m[0].length);
      // what comes before must be a phrase, not a clause of its own ("the key … is to …")
      if (startsWithVerb(rest) && !/^(?:and|or)\b/.test(rest)) return /\b(?:is|are|was|were|will|would|must|should|shall|can|could|has|have|had)\b/i.test(body.slice(0, m.index).replace(/\b(?:that|which|who)\b[^,]*/gi, '')) ? body : rest;
    }
  }
  return body;
}

/** Long enough to be an instruction rather than a heading or a fragment. */
/** "The first is to …": an ordinal list opener. */
export const ORDINAL_IS_TO = new RegExp(`^(?:the\\s+)?(?:${EN_ORDINALS.join('|')}|final|next)\\s+(?:\\w+\\s+)?is\\s+to\\s+(?=[a-z])`, 'i');

export function hasLength(body: string): boolean {
  return words(body).length >= 4;
}
