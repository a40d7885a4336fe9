import { UsageError } from '../errors.js';
import { dateKey } from '../model/date.js';
import type { SortOptions } from '../model/query.js';
import type { Directive, DocumentMeta } from '../model/types.js';
import { dimension, type SortKey } from '../vocab/dimensions.js';
import { forceRank } from '../vocab/forces.js';

export type { SortOptions } from '../model/query.js';

export interface Ranked {
  directive: Directive;
  /** fuse.js score (0 = perfect); only search results have one. */
  score?: number;
}

type Compare = (a: Ranked, b: Ranked) => number;

/** Empty values sort after any value (before them with --reverse). */
function byText(get: (d: Directive) => string | null): Compare {
  return (a, b) => {
    const x = get(a.directive);
    const y = get(b.directive);
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return x.localeCompare(y, 'en', { sensitivity: 'base' });
  };
}

/** How two results compare on a sort key, by the kind of its dimension (vocab/dimensions.ts). */
function comparator(key: SortKey, dates: ReadonlyMap<string, string | null>): Compare {
  if (key === 'score') return (a, b) => (a.score ?? 1) - (b.score ?? 1);
  const { kind, values } = dimension(key);
  switch (kind) {
    case 'document':
      return () => 0; // document order is the tie-break anyway
    case 'force':
      return (a, b) => forceRank(a.directive.force) - forceRank(b.directive.force);
    case 'date':
      return byText((d) => dates.get(d.doc) ?? null);
    case 'number':
      // least sure first: reviewing the doubtful ones is what sorting by confidence is for
      return (a, b) => (a.directive.confidence ?? 1) - (b.directive.confidence ?? 1);
    default:
      return byText((d) => values(d, undefined)[0] ?? null);
  }
}

/**
 * Sort by `key`, ties broken by document order then position — the default
 * order (issue 3). Returns a new array; `limit` applies after sorting.
 * The SQLite engine orders the same way in SQL (corpus/sqlite/where.ts).
 */
export function sortRanked<T extends Ranked>(items: readonly T[], documents: readonly DocumentMeta[], options: SortOptions = {}): T[] {
  const docOrder = new Map(documents.map((doc, index) => [doc.id, index]));
  const dates = new Map(documents.map((doc) => [doc.id, dateKey(doc.date)]));
  const byPosition: Compare = (a, b) =>
    (docOrder.get(a.directive.doc) ?? 0) - (docOrder.get(b.directive.doc) ?? 0) || a.directive.start - b.directive.start;
  const compare = comparator(options.key ?? 'doc', dates);
  const sign = options.reverse ? -1 : 1;
  const sorted = [...items].sort((a, b) => sign * (compare(a, b) || byPosition(a, b)));
  return options.limit === undefined ? sorted : sorted.slice(0, options.limit);
}

/** `--limit` (and `--top`) must be a positive whole number. */
export function parseLimit(input: string | undefined, option = '--limit'): number | undefined {
  if (input === undefined) return undefined;
  if (!/^\d+$/.test(input.trim()) || Number(input) < 1) throw new UsageError(`${option}: expected a positive whole number, got ${JSON.stringify(input)}`);
  return Number(input);
}
