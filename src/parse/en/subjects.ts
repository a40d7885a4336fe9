/** Pass 4, subjects and addressees: who a cue is addressed to, read back from the cue. */
import {
  EN_LEADING_CONJUNCTIONS,
  EN_NOT_NOUN_LIST_OPENERS,
  EN_ORDINALS,
  EN_PRONOUN_ADVERBS,
  EN_SUBJECT_PRONOUNS,
} from '../../vocab/en/words.js';
import type { Span } from '../span.js';
import type { Cue } from './cues.js';
import { AGENTS, SUBORDINATORS, hasMainVerb, words } from './lexicon.js';

/**
 * How far back from a cue its subject and governing clause are looked for. Real
 * subjects are far shorter; the bound keeps an unpunctuated run-on line (a
 * broken PDF conversion) linear instead of quadratic (issue 7).
 */
export const SUBJECT_WINDOW = 400;

export const LEADING_CONJUNCTION = new RegExp(`^(?:${EN_LEADING_CONJUNCTIONS.join('|')})\\b[,\\s]*`, 'i');
export const ORDINAL = new RegExp(`^(?:${EN_ORDINALS.join('|')})(?:ly)?\\b,?\\s*`, 'i');
const PRONOUN_SUBJECT = new RegExp(
  `(?:^|,\\s*|\\b(?:and|but|while)\\s+)(${EN_SUBJECT_PRONOUNS.join('|')})(?:\\s+(?:${EN_PRONOUN_ADVERBS.join('|')}))?\\s*$`,
  'i',
);
const NOT_NOUN_LIST_OPENERS: ReadonlySet<string> = new Set(EN_NOT_NOUN_LIST_OPENERS);

/**
 * The subject of a cue in `region` (from the clause start to the cue): after the
 * last comma-level break that is not part of a noun list ("Every locality,
 * department, and sector must").
 */
export function subjectText(text: string, region: Span): string {
  const before = text.slice(Math.max(region.start, region.end - SUBJECT_WINDOW), region.end);
  const pronoun = PRONOUN_SUBJECT.exec(before);
  if (pronoun) return pronoun[1]!;
  // walk back from the cue over comma-separated parts while they still read as one
  // noun list ("Every locality, department, and sector"); stop at an adverbial
  // ("This year", "In places where …") or anything with a verb of its own
  const parts = before.split(/,\s*/);
  let j = parts.length - 1;
  while (j > 0 && isNounListPart(parts[j - 1]!)) j--;
  return parts.slice(j).join(', ').replace(LEADING_CONJUNCTION, '').replace(/^(?:that|also)\s+/i, '').trim();
}

function isNounListPart(part: string): boolean {
  const p = part.trim();
  const tokens = words(p);
  if (tokens.length === 0 || tokens.length > 10) return false;
  if (ORDINAL.test(`${p},`)) return false;
  if (NOT_NOUN_LIST_OPENERS.has(tokens[0]!)) return false;
  if (tokens.some((t) => SUBORDINATORS.has(t))) return false;
  return !hasMainVerb(p);
}

/** Where the subject of a cue begins (the cue itself when it has none). */
export function subjectStartOf(text: string, region: Span): number {
  const subject = subjectText(text, region);
  if (subject === '') return region.end;
  const at = text.lastIndexOf(subject, region.end);
  return at >= region.start ? at : region.end;
}

export function isAgent(subject: string): boolean {
  const tokens = words(subject);
  if (tokens.length === 0 || tokens.length > 24) return false;
  // "anyone who fails …", "officials who …" name whom a sanction targets, not who acts
  return tokens.some((t) => AGENTS.has(t));
}

export function normaliseAddressee(subject: string): string {
  let s = subject.replace(/\s+/g, ' ').trim();
  // a sentence-initial capital is not part of the name: "All localities" → "all localities",
  // but "Central Party and state organs" and "CPC committees" keep theirs
  const [first = '', second = ''] = s.split(' ');
  if (/^[A-Z][a-z’'-]*$/.test(first) && !/^[A-Z]/.test(second)) s = s[0]!.toLowerCase() + s.slice(1);
  return s;
}

export function isPassiveAfter(text: string, cueEnd: number, cueText: string): boolean {
  if (/\bbe$/i.test(cueText)) return true;
  return /^\s+(?:\w+ly\s+)?(?:be|been|also be)\s+\w+(?:ed|en|wn|lt|ne|ld|ut)\b/i.test(text.slice(cueEnd, cueEnd + 60));
}

/** Can the words between a split point and a cue be the cue's own subject? */
export function looksLikeSubject(region: string): boolean {
  const t = region.trim();
  if (t === '') return false;
  const tokens = words(t);
  if (tokens.length === 0 || tokens.length > 14) return false;
  if (tokens.some((w) => SUBORDINATORS.has(w) || w === 'to')) return false;
  return !hasMainVerb(t) || /^(?:we|they|it|he|she)$/i.test(t);
}

/** The addressee of a cue whose clause starts at `clauseStart`, or null when its subject cannot act. */
export function addresseeFor(text: string, clauseStart: number, cue: Cue): string | null {
  const cueText = text.slice(cue.start, cue.end);
  if (cue.impersonal) {
    // "it is necessary for all localities to …"
    const m = /\bfor\s+(.+?)\s+to$/i.exec(cueText);
    return m ? normaliseAddressee(m[1]!) : null;
  }
  const subject = subjectText(text, { start: clauseStart, end: cue.start });
  if (!subject || !isAgent(subject) || isPassiveAfter(text, cue.end, cueText)) return null;
  return normaliseAddressee(subject);
}

/** "We must" when the subject is a pronoun (the gold's convention), else the modal alone. */
export function pronounCue(withSubject: string, bare: string, addressee: string | null): string {
  const m = /^(we|they|you)\b(?:\s+also)?\s+/i.exec(withSubject.trim());
  if (m && addressee && /^(?:we|they|you)$/i.test(addressee)) return withSubject.trim().replace(/\s+/g, ' ');
  return bare.replace(/\s+/g, ' ');
}
