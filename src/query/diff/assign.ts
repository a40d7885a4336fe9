import { munkres } from 'munkres';
import { ORDER_WEIGHT, type Candidate } from './similarity.js';

/**
 * Cost of leaving a row and a column unpaired. A candidate pair costs less by
 * how far its similarity clears the threshold, so the assignment maximises
 * the margin over the threshold, not the number of pairs: one identical pair
 * beats two borderline ones.
 */
const UNPAIRED = 1;

/**
 * The one-to-one pairing of A's and B's directives that maximises total
 * similarity (plus a little for keeping document order), by the Hungarian
 * method — not greedy first-fit, which lets an early near-duplicate steal a
 * later directive's true counterpart. Only pairs at or above the threshold are
 * candidates, so the problem splits into small connected groups solved apart.
 */
export function assignPairs(
  candidates: readonly Candidate[],
  threshold: number,
  positionA: (i: number) => number,
  positionB: (j: number) => number,
): Candidate[] {
  const groups = connectedGroups(candidates);
  const chosen: Candidate[] = [];
  for (const group of groups) {
    if (group.length === 1) {
      chosen.push(group[0]!);
      continue;
    }
    const rows = [...new Set(group.map((c) => c.a))];
    const cols = [...new Set(group.map((c) => c.b))];
    const rowOf = new Map(rows.map((a, r) => [a, r]));
    const colOf = new Map(cols.map((b, c) => [b, c]));
    const cost = rows.map(() => new Array<number>(cols.length).fill(UNPAIRED));
    const byCell = new Map<number, Candidate>();
    for (const c of group) {
      const r = rowOf.get(c.a)!;
      const k = colOf.get(c.b)!;
      const margin = c.similarity - threshold + 0.01 + ORDER_WEIGHT * (1 - Math.abs(positionA(c.a) - positionB(c.b)));
      cost[r]![k] = UNPAIRED - margin;
      byCell.set(r * cols.length + k, c);
    }
    for (const [r, k] of munkres(cost)) {
      const pick = byCell.get(r * cols.length + k);
      if (pick) chosen.push(pick);
    }
  }
  return chosen.sort((x, y) => x.a - y.a);
}

/** Candidate pairs grouped by the directives they share (union–find over A and B indices). */
function connectedGroups(candidates: readonly Candidate[]): Candidate[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    let node = x;
    while (node !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const add = (x: string): void => {
    if (!parent.has(x)) parent.set(x, x);
  };
  for (const c of candidates) {
    const ka = `a${c.a}`;
    const kb = `b${c.b}`;
    add(ka);
    add(kb);
    const ra = find(ka);
    const rb = find(kb);
    if (ra !== rb) parent.set(ra, rb);
  }
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const root = find(`a${c.a}`);
    const list = groups.get(root);
    if (list) list.push(c);
    else groups.set(root, [c]);
  }
  return [...groups.values()];
}
