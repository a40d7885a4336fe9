/** Pass 4, subjects and addressees: who a cue is addressed to, read back from the cue. */
import {
  EN_ADDRESSEE_ONLY_NOUNS,
  EN_COMMON_OPENERS,
  EN_LEADING_CONJUNCTIONS,
  EN_NOT_NOUN_LIST_OPENERS,
  EN_ORDINALS,
  EN_PRONOUN_ADVERBS,
  EN_QUANTIFIER_HEADS,
  EN_SUBJECT_PRONOUNS,
} from '../../vocab/en/words.js';
import type { Span } from '../span.js';
import type { Cue } from './cues.js';
import { AGENTS, DETERMINERS, SUBORDINATORS, hasMainVerb, words } from './lexicon.js';

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
/** ", as the main actors, " between a subject and its cue (issue 10 item 2). */
const ASIDE = /,\s*(?:as|in|with|at|under|by|being|together with|like|including|especially|particularly|in particular|for their part|on their part)\b[^,;]{0,80},\s*$/i;
const HOPE_LEAD = /^.*\bhop(?:e|es|ed)\s+(?:that\s+)?/i;

/** The text before a cue without an aside that interrupts subject and cue. */
export function withoutAside(before: string): string {
  const m = ASIDE.exec(before);
  return m ? `${before.slice(0, m.index)} ` : before;
}

const ADDRESSEE_ONLY: ReadonlySet<string> = new Set(EN_ADDRESSEE_ONLY_NOUNS);
const QUANTIFIER_HEADS: ReadonlySet<string> = new Set(EN_QUANTIFIER_HEADS);
const LOWERCASE_OPENERS: ReadonlySet<string> = new Set(EN_COMMON_OPENERS);
/** Agent words written capitalised as names in these texts ("the Party", "China", "the State"). */
const PROPER_AGENTS: ReadonlySet<string> = new Set(['party', 'china', 'state']);
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

export function isAgent(subject: string): boolean {
  const tokens = words(subject);
  if (tokens.length === 0 || tokens.length > 24) return false;
  // "anyone who fails …", "officials who …" name whom a sanction targets, not who acts
  return tokens.some((t) => AGENTS.has(t));
}

export function normaliseAddressee(subject: string): string {
  // a clause number is no part of who acts: "Article 26 Party committees …"
  let s = subject.replace(/\s+/g, ' ').trim().replace(/^["“”‘’']+\s*|\s*["“”‘’']+$/g, '').replace(/^(?:Article|Section|Item|Rule)\s+\d+[.:]?\s+/i, '');
  // a sentence-initial capital is not part of the name: "All localities" → "all localities",
  // but "Central Party and state organs" and "CPC committees" keep theirs
  // — unless a later name shows it is a list of names ("Russia and China", issue 10 item 7)
  // and only a common word: "Party committees", "Russia and China" keep theirs
  const [first = '', next = ''] = s.split(' ');
  const lower = first.toLowerCase();
  const common = DETERMINERS.has(lower) || LOWERCASE_OPENERS.has(lower) || (AGENTS.has(lower) && !PROPER_AGENTS.has(lower));
  if (/^[A-Z][a-z’'-]*$/.test(first) && common && !/^[A-Z]/.test(next)) s = s[0]!.toLowerCase() + s.slice(1);
  return s;
}

export function isPassiveAfter(text: string, cueEnd: number, cueText: string): boolean {
  if (/\bbe$/i.test(cueText)) return true;
  return /^\s+(?:(?:\w+ly|all|also|further|still|then|both)\s+)?(?:be|been|also be)\s+(?:(?:\w+ly|further|also)\s+)?(?:\w+(?:ed|en|wn|lt|ne|ld|ut)|made|paid|kept|sent|spent|brought|sought|taught|left|led|met|laid|found|won|set|cut|shut|dealt|felt|meant|read|struck|bound|hit|put)\b/i.test(text.slice(cueEnd, cueEnd + 60));
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

/** The addressee of a cue whose clause starts at `clauseStart`, or null when its subject cannot act. */
export function addresseeFor(text: string, clauseStart: number, cue: Cue): string | null {
  const cueText = text.slice(cue.start, cue.end);
  if (cue.impersonal) {
    // "it is necessary for all localities to …"
    const m = /\bfor\s+(.+?)\s+to$/i.exec(cueText);
    if (m) return normaliseAddressee(m[1]!);
    // "it is recommended that we explore …", "… that data holders be allowed to …"
    return /\bthat$/i.test(cueText) ? thatClauseSubject(text, cue.end) : null;
  }
  const subject = subjectText(text, { start: clauseStart, end: cue.start });
  if (!subject || !canBeAddressee(subject)) return null;
  // "we encourage banks to …": whom the encouragement is for
  if (cue.force === 'encourage' && /^(?:we|they|you)$/i.test(subject)) {
    const object = /^\s+(?:\w+ly\s+)?([^,;.]{1,80}?)\s+to\s+[a-z]/.exec(text.slice(cue.end, cue.end + 120));
    if (object && canBeAddressee(object[1]!)) return normaliseAddressee(object[1]!);
  }
  // a passive names whom it acts on, except "we" ("we must be guided by …") and
  // one held to account ("all counties are to be held accountable")
  if (isPassiveAfter(text, cue.end, cueText) && !/^we$/i.test(subject) && !/^\s*(?:\w+\s+)?(?:be\s+)?held\s+(?:accountable|responsible)\b/i.test(text.slice(cue.end, cue.end + 40))) return null;
  return normaliseAddressee(subject);
}

/** The subject of a that-clause, up to its verb: "… that small lenders be allowed" → small lenders. */
function thatClauseSubject(text: string, from: number): string | null {
  const m = /^\s*([^,;.]{1,80}?)\s+(?:(?:also|further|still|all|\w+ly)\s+)?(?:be|should|must|shall|will|can|may|are|is)\b/i.exec(text.slice(from, from + 120));
  const found = m?.[1] ?? /^\s*(we|they|you)\b/i.exec(text.slice(from, from + 12))?.[1];
  if (!found || (hasMainVerb(found) && !/^(?:we|they|you)$/i.test(found))) return null;
  return canBeAddressee(found) ? normaliseAddressee(found) : null;
}

/** "Russia and China", "the World Bank": names that can act, capitalised word by word. */
function isProperName(subject: string): boolean {
  const tokens = subject.split(/\s+/).filter((w) => !/^(?:and|of|the|for|&)$/i.test(w));
  return tokens.length >= 2 && tokens.length <= 6 && tokens.every((w) => /^[A-Z][\w’'.-]*$/.test(w)) && !/^(?:It|This|That|These|Those|There|I|He|She)$/.test(tokens[0]!);
}

/** The head of a noun phrase: before its first prepositional or participial modifier ("enrollment in colleges" → enrollment). */
export function headOf(subject: string): string {
  const [head = '', ...rest] = subject.split(/\s+(?:in|of|at|for|from|on|to|by|with|under|across|throughout|within|facing|eligible|that|which|who)\s+/i);
  const last = words(head).at(-1);
  // "all other types of property owners": the noun after "of" heads it
  if (last !== undefined && QUANTIFIER_HEADS.has(last) && /\s+of\s+/i.test(subject) && rest.length > 0) return rest[0]!;
  return head;
}

/** Can the head of this subject be told to act (an agent, or a body such as "the … system")? */
function canBeAddressee(subject: string): boolean {
  if (isProperName(subject)) return true;
  // the last word of each conjunct names it: "Party committees and governments", not "Party self-governance and progress"
  const heads = headOf(subject)
    .split(/\s*(?:,|\band\b|\bor\b)\s*/i)
    .map((part) => words(part.replace(/\([^)]*\)/g, '')).at(-1))
    .filter((w): w is string => w !== undefined);
  return heads.some((w) => AGENTS.has(w) || ADDRESSEE_ONLY.has(w));
}

/** "We must" when the subject is a pronoun (the gold's convention), else the modal alone. */
export function pronounCue(withSubject: string, bare: string, addressee: string | null): string {
  const m = /^(we|they|you)\b(?:\s+also)?\s+/i.exec(withSubject.trim());
  if (m && addressee && /^(?:we|they|you)$/i.test(addressee)) return withSubject.trim().replace(/\s+/g, ' ');
  return bare.replace(/\s+/g, ' ');
}
