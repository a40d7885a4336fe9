import type { StoredLink } from '../model/links.js';
import type { FacetCount } from '../model/query.js';
import type { Directive, DocumentMeta } from '../model/types.js';
import { dimension, type FacetDimension } from '../vocab/dimensions.js';
import { FORCES } from '../vocab/forces.js';

export type { FacetCount } from '../model/query.js';

/** Counts of each value of a dimension over directives held in memory, unordered. */
export function countValues(directives: readonly Directive[], by: FacetDimension, docs: ReadonlyMap<string, DocumentMeta>, links?: ReadonlyMap<string, StoredLink>): FacetCount[] {
  const { values } = dimension(by);
  const counts = new Map<string | null, number>();
  for (const directive of directives) {
    for (const value of values(directive, docs.get(directive.doc), links?.get(directive.id))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count }));
}

/**
 * Most frequent first; ties alphabetical, the empty value last — whichever
 * engine counted. `top` counts values only: "(none)" is no value, so it is
 * kept beside the top n rather than taking one of their places (issue 14).
 */
export function orderFacets(counts: readonly FacetCount[], top?: number): FacetCount[] {
  const sorted = [...counts].sort((a, b) => {
    if (b.count !== a.count) return b.count - a.count;
    if (a.value === null) return 1;
    if (b.value === null) return -1;
    return a.value.localeCompare(b.value, 'en');
  });
  if (top === undefined) return sorted;
  const none = sorted.filter((c) => c.value === null);
  return [...sorted.filter((c) => c.value !== null).slice(0, top), ...none];
}

/** Counts, most frequent first; ties alphabetical, the empty value last. */
export function facetCounts(directives: readonly Directive[], by: FacetDimension, top?: number, docs: ReadonlyMap<string, DocumentMeta> = new Map()): FacetCount[] {
  return orderFacets(countValues(directives, by, docs), top);
}

/** Directives per force, in the force table's order, forces with none left out. */
export function forceCounts(directives: readonly Directive[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const force of FORCES) {
    const n = directives.filter((d) => d.force === force).length;
    if (n) counts[force] = n;
  }
  return counts;
}
