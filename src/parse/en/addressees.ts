/** Pass 4b, addressees: whether a subject can be told to act, and how it is written. */
import {
  EN_ADDRESSEE_ONLY_NOUNS,
  EN_COMMON_OPENERS,
  EN_QUANTIFIER_HEADS,
} from '../../vocab/en/words.js';
import type { Cue } from './cues.js';
import { AGENTS, DETERMINERS, hasMainVerb, words } from './lexicon.js';
import { subjectText } from './subjects.js';

const ADDRESSEE_ONLY: ReadonlySet<string> = new Set(EN_ADDRESSEE_ONLY_NOUNS);
const QUANTIFIER_HEADS: ReadonlySet<string> = new Set(EN_QUANTIFIER_HEADS);
const LOWERCASE_OPENERS: ReadonlySet<string> = new Set(EN_COMMON_OPENERS);
/** Agent words written capitalised as names in these texts ("the Party", "China", "the State"). */
const PROPER_AGENTS: ReadonlySet<string> = new Set(['party', 'china', 'state']);

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
