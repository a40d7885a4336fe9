import {
  EN_AGENT_NOUNS,
  EN_CUES,
  EN_SUBORDINATORS,
  EN_VERB_ADVERBS,
  EN_VERBS,
} from '../../vocab/en/cues.js';
import { EN_AMBIGUOUS_VERBS, EN_AUXILIARIES, EN_DETERMINERS, EN_NOT_PARTICIPLE } from '../../vocab/en/words.js';
import type { Force } from '../../vocab/forces.js';

/** Compiled forms of the English vocabulary tables, built once per process. */

export const VERBS: ReadonlySet<string> = new Set(EN_VERBS);
export const ADVERBS: ReadonlySet<string> = new Set(EN_VERB_ADVERBS);
export const AGENTS: ReadonlySet<string> = new Set(EN_AGENT_NOUNS);
export const SUBORDINATORS: ReadonlySet<string> = new Set(EN_SUBORDINATORS);

/** One alternation over every cue; the index of the matching group picks the table row. */
export const CUE_REGEX = new RegExp(
  EN_CUES.map((cue) => `(\\b${cue.pattern}\\b)`).join('|'),
  'gi',
);

export function cueAt(groups: (string | undefined)[]): { force: Force; subject: 'own' | 'impersonal' } {
  const index = groups.findIndex((g) => g !== undefined);
  const cue = EN_CUES[index]!;
  return { force: cue.force, subject: cue.subject };
}

const AUXILIARIES: ReadonlySet<string> = new Set(EN_AUXILIARIES);
export const DETERMINERS: ReadonlySet<string> = new Set(EN_DETERMINERS);
const NOT_PARTICIPLE: ReadonlySet<string> = new Set(EN_NOT_PARTICIPLE);
/** Verbs that are nouns as often: a verb only before a determiner ("review times" is a noun phrase). */
export const AMBIGUOUS_VERBS: ReadonlySet<string> = new Set(EN_AMBIGUOUS_VERBS);

export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z][a-z’'-]*/g) ?? [];
}

/** A base-form verb: in the table, or shaped like one (-ize, -ise, -ify, -en). */
export function isBaseVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (VERBS.has(w)) return true;
  if (/^[a-z]+-?up$/.test(w)) return false;
  return /^[a-z]{3,}(?:ize|ise|ify)$/.test(w);
}

/**
 * Does the text hold a verb that could head a clause? A translation fragment
 * ("The coordinated development layout that matches the pattern") does not,
 * once relative clauses are set aside.
 */
export function hasMainVerb(text: string): boolean {
  const main = text.split(/\b(?:that|which|who|whom|whose|where)\b/i)[0] ?? text;
  const tokens = words(main);
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    if (AUXILIARIES.has(w)) return true;
    // a subject pronoun is followed by its verb: "They include …"
    if (i > 0 && /^(?:we|they|you|i|he|she)$/.test(tokens[i - 1]!) && !/^(?:all|both|also|each|still|further)$/.test(w)) return true;
    if (i === 0 && isBaseVerb(w) && (!AMBIGUOUS_VERBS.has(w) || tokens.length === 1 || DETERMINERS.has(tokens[1]!))) return true;
    // "shows", "requires": a base verb plus -s after a noun, not after a determiner or adjective
    if (i > 0 && /[^s]s$/.test(w) && VERBS.has(w.slice(0, -1)) && !DETERMINERS.has(tokens[i - 1]!) && !/(?:al|ic|ive|key|new|major)$/.test(tokens[i - 1]!)) return true;
    if (w.endsWith('ed') && w.length > 4 && !NOT_PARTICIPLE.has(w)) {
      const before = tokens[i - 1];
      if (i > 0 && before !== undefined && !DETERMINERS.has(before)) return true;
    }
  }
  return false;
}

/** The first words of `text` open with a verb, possibly after adverbs ("always put …"). */
export function startsWithVerb(text: string): boolean {
  const tokens = words(text.slice(0, 120));
  let i = 0;
  // "Swiftly complete …": any -ly adverb, not only the listed ones (but "supply", "apply" are verbs)
  while (i < tokens.length && i < 3 && (ADVERBS.has(tokens[i]!) || (/^[a-z]{3,}ly$/.test(tokens[i]!) && !VERBS.has(tokens[i]!) && tokens[i] !== 'only'))) i++;
  const first = tokens[i];
  if (first === undefined) return false;
  if (i > 0 && (first === 'and' || first === 'not')) return false;
  // "-ing" openings are gerunds ("Implementing … is of great significance"), not imperatives
  // "Be strict with …" opens an imperative; "be" anywhere else is an auxiliary
  if (first === 'be' && i === 0 && /^\s*Be\s/.test(text)) return true;
  return isBaseVerb(first) && !AUXILIARIES.has(first);
}

/**
 * A whole command: opens with a verb (an ambiguous one only before a determiner:
 * "Reform the system", not "Reform of the system") and has no finite verb after it.
 */
export function opensImperative(text: string): boolean {
  if (!startsWithVerb(text)) return false;
  // (its own first clause only: "Strengthen the rules that are needed" is still a command)
  const tokens = words(text.slice(0, 200).split(/[,;:]|\b(?:that|which|who|whom|whose|where|when|what|how|whether|so that)\b/i)[0]!).filter((w) => !ADVERBS.has(w) || w === 'and');
  const [first, next] = tokens;
  // "Reform of the system …", "Reform and opening was …": a noun
  if (first !== undefined && AMBIGUOUS_VERBS.has(first) && next !== undefined && (/^(?:of|is|are|was|were|has|have|will|’s|'s)$/.test(next))) return false;
  return !tokens.slice(1).some((w) => FINITE.has(w));
}

/** Finite auxiliaries: one after the first word makes a statement, not a command ("to do", "to be" do not). */
const FINITE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'does', 'did']);
