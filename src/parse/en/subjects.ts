/** Pass 4, subjects: the words before a cue that name who it binds, read back from the cue. */
import {
  EN_LEADING_CONJUNCTIONS,
  EN_NOT_NOUN_LIST_OPENERS,
  EN_ORDINALS,
  EN_PRONOUN_ADVERBS,
  EN_SUBJECT_PRONOUNS,
} from '../../vocab/en/words.js';
import type { Span } from '../span.js';
import { SUBORDINATORS, hasMainVerb, words } from './lexicon.js';

/**
 * How far back from a cue its subject and governing clause are looked for. Real
 * subjects are far shorter; the bound keeps an unpunctuated run-on line (a
 * broken PDF conversion) linear instead of quadratic (issue 7).
 */
export const SUBJECT_WINDOW = 400;

export const LEADING_CONJUNCTION = new RegExp(`^(?:${EN_LEADING_CONJUNCTIONS.join('|')})\\b[,\\s]*`, 'i');
export const ORDINAL = new RegExp(`^(?:${EN_ORDINALS.join('|')})(?:ly)?\\b,?\\s*`, 'i');
const PRONOUN_SUBJECT = new RegExp(
  `(?:^|,\\s*|\\b(?:and|but|while|that)\\s+)(${EN_SUBJECT_PRONOUNS.join('|')})(?:\\s+(?:${EN_PRONOUN_ADVERBS.join('|')}))?\\s*$`,
  'i',
);
/** ", as the main actors, " between a subject and its cue (issue 10 item 2). */
const ASIDE = /,\s*(?:(?:as|in|with|at|under|by|being|together with|like|including|especially|particularly|in particular|for their part|on their part)\b[^,;]{0,150}|[a-z]+ed\s+(?:on|by|in|with|under|at|to|from|as)\b[^;]{0,150}?),\s*$/i;
const HOPE_LEAD = /^.*\bhop(?:e|es|ed)\s+(?:that\s+)?/i;

/** The text before a cue without an aside that interrupts subject and cue. */
export function withoutAside(before: string): string {
  const m = ASIDE.exec(before);
  return m ? `${before.slice(0, m.index)} ` : before;
}

const NOT_NOUN_LIST_OPENERS: ReadonlySet<string> = new Set(EN_NOT_NOUN_LIST_OPENERS);

/**
 * The subject of a cue in `region` (from the clause start to the cue): after the
 * last comma-level break that is not part of a noun list ("Every locality,
 * department, and sector must").
 */
export function subjectText(text: string, region: Span): string {
  // "I hope that young engineers will …": the subject is after the hope
  const before = withoutAside(text.slice(Math.max(region.start, region.end - SUBJECT_WINDOW), region.end)).replace(HOPE_LEAD, '');
  const pronoun = PRONOUN_SUBJECT.exec(before);
  if (pronoun) return pronoun[1]!;
  // walk back from the cue over comma-separated parts while they still read as one
  // noun list ("Every locality, department, and sector"); stop at an adverbial
  // ("This year", "In places where …") or anything with a verb of its own
  const parts = before.split(/,\s*/);
  let j = parts.length - 1;
  while (j > 0 && isNounListPart(parts[j - 1]!)) j--;
  const subject = parts.slice(j).join(', ').replace(LEADING_CONJUNCTION, '').replace(/^(?:that|also)\s+/i, '').replace(/^["“‘']+/, '').trim();
  // "Police have arrested three suspects and the investigation": a clause, then the subject after its "and"
  if (hasMainVerb(subject)) {
    const after = /\b(?:and|but|while|whereas)\s+((?:(?!\b(?:and|but|while|whereas)\b).)*)$/i.exec(subject);
    if (after && !hasMainVerb(after[1]!)) return after[1]!.trim();
  }
  return subject;
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

/** Can the words between a split point and a cue be the cue's own subject? */
export function looksLikeSubject(region: string): boolean {
  const t = region.trim();
  if (t === '') return false;
  const tokens = words(t);
  if (tokens.length === 0 || tokens.length > 14) return false;
  if (tokens.some((w) => SUBORDINATORS.has(w) || w === 'to')) return false;
  if (/\b(?:and|or|but)$/i.test(t)) return false;
  return !hasMainVerb(t) || /^(?:we|they|it|he|she)$/i.test(t);
}
