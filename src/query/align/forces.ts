import { forceRank, type Force } from '../../vocab/forces.js';
import type { AlignedPair } from './index.js';

/** How often an English force renders a Chinese one, over the pairs an alignment made (issue 16, item 3). */
export interface ForcePairCount {
  en: Force;
  zh: Force;
  count: number;
}

export function forcePairCounts(pairs: readonly AlignedPair[]): ForcePairCount[] {
  const counts = new Map<string, ForcePairCount>();
  for (const pair of pairs) {
    const [en, zh] = pair.force;
    if (en === null || zh === null) continue;
    const key = `${en}\t${zh}`;
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { en, zh, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || forceRank(a.en) - forceRank(b.en) || forceRank(a.zh) - forceRank(b.zh));
}

/** A pair worth an analyst's second look: the forces differ, or one side has no counterpart. */
export function isMismatched(pair: AlignedPair): boolean {
  return pair.en.length === 0 || pair.zh.length === 0 || pair.force[0] !== pair.force[1];
}
