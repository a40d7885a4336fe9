import type { Directive } from '../../model/types.js';
import { assignPairs } from './assign.js';
import { classifyPair, movedPairs, unmatched } from './classify.js';
import { features } from './features.js';
import { candidatePairs, MATCH_THRESHOLD } from './similarity.js';
import { CHANGE_KINDS, type ChangeKind, type DiffEntry, type DiffOptions, type DiffResult } from './types.js';


/**
 * Align the directives of two documents one to one and say what became of
 * each (issue 12). Both lists are in document order. Pure: no I/O, no printing.
 */
export function diffDirectives(a: readonly Directive[], b: readonly Directive[], options: DiffOptions): DiffResult {
  const threshold = options.threshold ?? MATCH_THRESHOLD;
  const fa = a.map((d, i) => features(d, i, a.length));
  const fb = b.map((d, i) => features(d, i, b.length));
  const pairs = assignPairs(candidatePairs(fa, fb, threshold), threshold, (i) => fa[i]!.position, (j) => fb[j]!.position);
  const moved = movedPairs(pairs.map((p) => p.b));
  const entryOfB = new Map<number, DiffEntry>();
  pairs.forEach((p, k) => {
    entryOfB.set(p.b, classifyPair(a[p.a]!, b[p.b]!, p.similarity, moved[k]!, options.language));
  });
  // a dropped directive is listed after the B counterpart of the nearest paired directive before it in A
  const droppedAfter = new Map<number, DiffEntry[]>();
  const bOfA = new Map(pairs.map((p) => [p.a, p.b]));
  let anchor = -1;
  a.forEach((d, i) => {
    const paired = bOfA.get(i);
    if (paired !== undefined) {
      anchor = paired;
      return;
    }
    const list = droppedAfter.get(anchor) ?? [];
    list.push(unmatched('dropped', d));
    droppedAfter.set(anchor, list);
  });
  const entries: DiffEntry[] = [...(droppedAfter.get(-1) ?? [])];
  b.forEach((d, j) => {
    entries.push(entryOfB.get(j) ?? unmatched('added', d));
    entries.push(...(droppedAfter.get(j) ?? []));
  });
  return { language: options.language, entries, counts: countKinds(entries), sizes: { a: a.length, b: b.length } };
}

export function countKinds(entries: readonly DiffEntry[]): Record<ChangeKind, number> {
  const counts = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
  for (const entry of entries) counts[entry.kind]++;
  return counts;
}
