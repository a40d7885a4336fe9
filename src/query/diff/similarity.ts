import { dice, type Features } from './features.js';
import { MATCH_THRESHOLD } from './types.js';

export { MATCH_THRESHOLD };

/**
 * Weights of the similarity of two directives (issue 12): mostly their text,
 * some their actions and themes. Order is not part of the similarity, only of
 * the assignment (ORDER_WEIGHT): two identical directives far apart are still
 * the same directive, but of two equal candidates the one in the same place wins.
 */
export const WEIGHTS = { text: 0.8, actions: 0.1, themes: 0.1 } as const;
export const ORDER_WEIGHT = 0.05;


export interface Candidate {
  a: number;
  b: number;
  similarity: number;
}

/**
 * A side feature (actions, themes) that one directive lacks says nothing: the
 * parser finds actions in some clauses only. Then the text speaks for it.
 */
function sideSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>, text: number): number {
  return a.size === 0 || b.size === 0 ? text : dice(a, b);
}

export function similarity(a: Features, b: Features): number {
  const text = dice(a.text, b.text);
  return WEIGHTS.text * text + WEIGHTS.actions * sideSimilarity(a.actions, b.actions, text) + WEIGHTS.themes * sideSimilarity(a.themes, b.themes, text);
}

/**
 * Every pair at or above `threshold`, found through an inverted index of A's
 * tokens so that two 500-directive documents cost a few thousand set
 * comparisons rather than 250,000. A pair can only reach the threshold when its
 * text alone reaches `floor` (the side features add at most their weight).
 */
export function candidatePairs(a: readonly Features[], b: readonly Features[], threshold = MATCH_THRESHOLD): Candidate[] {
  const floor = (threshold - (1 - WEIGHTS.text)) / WEIGHTS.text;
  const postings = new Map<string, number[]>();
  a.forEach((f, i) => {
    for (const token of f.text) {
      const list = postings.get(token);
      if (list) list.push(i);
      else postings.set(token, [i]);
    }
  });
  const shared = new Int32Array(a.length);
  const pairs: Candidate[] = [];
  b.forEach((fb, j) => {
    const touched: number[] = [];
    for (const token of fb.text) {
      for (const i of postings.get(token) ?? []) {
        if (shared[i] === 0) touched.push(i);
        shared[i]!++;
      }
    }
    // texts with no comparable tokens at all (a bare "要" clause) can only match each other
    if (fb.text.size === 0) a.forEach((fa, i) => fa.text.size === 0 && touched.push(i));
    for (const i of touched) {
      const fa = a[i]!;
      const textDice = fa.text.size + fb.text.size === 0 ? 1 : (2 * shared[i]!) / (fa.text.size + fb.text.size);
      shared[i] = 0;
      if (textDice < floor) continue;
      const score = similarity(fa, fb);
      if (score >= threshold) pairs.push({ a: i, b: j, similarity: score });
    }
  });
  return pairs;
}
