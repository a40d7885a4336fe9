import type { Directive } from '../../model/types.js';
import { hanBigrams } from '../../model/tokens.js';

/**
 * What two directives are compared on: the words of their text (Chinese as
 * character bigrams), the words of their actions, and their themes. The cue is
 * cut out of the text first, so "should strengthen X" and "must strengthen X"
 * read as the same directive whose force changed, not as two directives.
 */
export interface Features {
  text: ReadonlySet<string>;
  actions: ReadonlySet<string>;
  themes: ReadonlySet<string>;
  /** Position in its document, 0–1: order is a weak signal of identity. */
  position: number;
}

const HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * English words that carry no identity of a directive: function words and the
 * words cues are made of (a cue the parser did not report must not make two
 * forces look like two directives).
 */
const STOP_WORDS = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'with', 'by', 'as', 'at', 'from', 'into', 'that', 'this',
  'these', 'those', 'it', 'its', 'is', 'are', 'be', 'been', 'being', 'was', 'were', 'we', 'our', 'us', 'their', 'they',
  'all', 'so', 'such', 'which', 'who', 'will', 'shall', 'should', 'must', 'need', 'needs', 'necessary', 'not', 'no',
  'may', 'can', 'strive', 'efforts', 'make', 'ought', 'have', 'has', 'continue', 'also', 'more', 'further',
]);

/** Crude English stemming: enough that "strengthen/strengthens/strengthening" agree. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The comparable tokens of a text: stemmed content words, and bigrams of each run of Han characters. */
export function comparableTokens(text: string): Set<string> {
  const lower = text.normalize('NFKC').toLowerCase();
  const out = new Set<string>();
  const words = (part: string): void => {
    for (const word of part.match(WORD) ?? []) if (!STOP_WORDS.has(word)) out.add(stem(word));
  };
  let last = 0;
  for (const m of lower.matchAll(HAN_RUN)) {
    words(lower.slice(last, m.index));
    for (const bigram of hanBigrams(m[0])) out.add(bigram);
    last = m.index + m[0].length;
  }
  words(lower.slice(last));
  return out;
}

/** The directive's text with its own cue (first occurrence) cut out. */
export function withoutCue(directive: Pick<Directive, 'text' | 'cue'>): string {
  const { text, cue } = directive;
  if (!cue) return text;
  const at = text.indexOf(cue);
  return at === -1 ? text : `${text.slice(0, at)} ${text.slice(at + cue.length)}`;
}

export function features(directive: Directive, index: number, total: number): Features {
  const actions = new Set<string>();
  for (const action of directive.actions) for (const token of comparableTokens(`${action.verb} ${action.object}`)) actions.add(token);
  return {
    text: comparableTokens(withoutCue(directive)),
    actions,
    themes: new Set(directive.themes),
    position: total > 1 ? index / (total - 1) : 0,
  };
}

/** Sørensen–Dice coefficient of two sets: 2|A∩B| / (|A|+|B|); two empty sets are alike. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return (2 * shared) / (a.size + b.size);
}
