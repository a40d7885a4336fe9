import type { Directive, DocumentMeta } from '../model/types.js';
import type { FacetDimension } from '../vocab/fields.js';
import { FORCES } from '../vocab/forces.js';

export interface FacetCount {
  /** null counts directives that have no value (no reporting frame, no addressee, no theme). */
  value: string | null;
  count: number;
}

/** A document's year or month; null when its date does not say (no date, no year, or a year only for month). */
export function datePart(date: string | null | undefined, by: 'year' | 'month'): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date ?? '');
  if (!m) return null;
  if (by === 'year') return m[1]!;
  return m[2] === undefined ? null : `${m[1]}-${m[2]}`;
}

type Docs = ReadonlyMap<string, Pick<DocumentMeta, 'date'>>;

function valuesOf(directive: Directive, by: FacetDimension, docs: Docs | undefined): Array<string | null> {
  switch (by) {
    case 'force':
      return [directive.force];
    case 'reporting':
      return [directive.reporting];
    case 'issuer':
      return [directive.issuer];
    case 'addressee':
      return [directive.addressee];
    case 'doc':
      return [directive.doc];
    case 'year':
    case 'month':
      return [datePart(docs?.get(directive.doc)?.date, by)];
    case 'theme':
      // A directive with two themes counts once under each.
      return directive.themes.length ? [...new Set(directive.themes)] : [null];
  }
}

/** Counts, most frequent first; ties alphabetical, the empty value last. */
export function facetCounts(directives: readonly Directive[], by: FacetDimension, top?: number, docs?: Docs): FacetCount[] {
  const counts = new Map<string | null, number>();
  for (const directive of directives) {
    for (const value of valuesOf(directive, by, docs)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const sorted = [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => {
      if (b.count !== a.count) return b.count - a.count;
      if (a.value === null) return 1;
      if (b.value === null) return -1;
      return a.value.localeCompare(b.value, 'en');
    });
  return top === undefined ? sorted : sorted.slice(0, top);
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

