import { UsageError } from '../errors.js';
import { dateKey } from '../model/date.js';
import type { Directive, DocumentMeta } from '../model/types.js';
import { forceRank } from '../vocab/forces.js';
import type { SortKey } from '../vocab/fields.js';

export interface Ranked {
  directive: Directive;
  /** fuse.js score (0 = perfect); only search results have one. */
  score?: number;
}

export interface SortOptions {
  key?: SortKey;
  reverse?: boolean;
  limit?: number;
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

/**
 * Sort by `key`, ties broken by document order then position — the default
 * order (issue 3). Returns a new array; `limit` applies after sorting.
 */
export function sortRanked<T extends Ranked>(items: readonly T[], documents: readonly DocumentMeta[], options: SortOptions = {}): T[] {
  const docOrder = new Map(documents.map((doc, index) => [doc.id, index]));
  const dates = new Map(documents.map((doc) => [doc.id, dateKey(doc.date)]));
  const byPosition: Compare = (a, b) =>
    (docOrder.get(a.directive.doc) ?? 0) - (docOrder.get(b.directive.doc) ?? 0) || a.directive.start - b.directive.start;
  const key = options.key ?? 'doc';
  const primary: Record<SortKey, Compare> = {
    doc: () => 0,
    force: (a, b) => forceRank(a.directive.force) - forceRank(b.directive.force),
    date: byText((d) => dates.get(d.doc) ?? null),
    reporting: byText((d) => d.reporting),
    issuer: byText((d) => d.issuer),
    addressee: byText((d) => d.addressee),
    score: (a, b) => (a.score ?? 1) - (b.score ?? 1),
  };
  const compare = primary[key];
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
