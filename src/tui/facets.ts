import { anyOf } from '../model/query.js';
import type { Directive, DocumentMeta } from '../model/types.js';
import { facetCounts } from '../query/facets.js';
import type { Criteria } from '../query/filter.js';
import { dimension, type FacetDimension } from '../vocab/dimensions.js';
import { FORCES, type Force } from '../vocab/forces.js';

/** What the facet picker (`f`) narrows by, in the order it lists them (issue 4); labels from the dimension table. */
export const PICKER_DIMENSIONS = ['force', 'reporting', 'issuer', 'doc', 'theme', 'addressee', 'lang'] as const satisfies readonly FacetDimension[];
export type PickerDimension = (typeof PICKER_DIMENSIONS)[number];

export const DIMENSION_LABEL = Object.fromEntries(PICKER_DIMENSIONS.map((key) => [key, dimension(key).label])) as Record<PickerDimension, string>;

/** A long tail (thousands of issuers in a big corpus) is no use in a picker: the most frequent values, plus any chosen one. */
export const VALUES_PER_DIMENSION = 20;

export type FacetRow =
  | { kind: 'heading'; dimension: PickerDimension }
  | { kind: 'value'; dimension: PickerDimension; value: string; label: string; count: number; active: boolean };

export function isActive(criteria: Criteria, dimension: PickerDimension, value: string): boolean {
  switch (dimension) {
    case 'force':
      return criteria.forces?.includes(value as Force) ?? false;
    default:
      return (anyOf(criteria[dimension]) as readonly string[]).includes(value);
  }
}

/**
 * Toggle one value. Values of one dimension combine (any of them), as the
 * command-line options do when repeated (`--doc a --doc b`, issue 14).
 */
export function toggleFacet(criteria: Criteria, dimension: PickerDimension, value: string): Criteria {
  if (dimension === 'force') {
    const forces = criteria.forces ?? [];
    const next = forces.includes(value as Force) ? forces.filter((f) => f !== value) : [...forces, value as Force];
    const ordered = FORCES.filter((force) => next.includes(force));
    return { ...criteria, forces: ordered.length > 0 ? ordered : undefined };
  }
  const chosen = anyOf(criteria[dimension]) as readonly string[];
  const next = chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value];
  return { ...criteria, [dimension]: next.length > 0 ? next : undefined };
}

/**
 * Rows of the picker, counted over the current results (what you see): every
 * force is listed so one can be added to those chosen; other dimensions list
 * their most frequent values. A directive with no value cannot be filtered
 * for, so "(none)" is left out.
 */
export function facetRows(directives: readonly Directive[], criteria: Criteria, docs: ReadonlyMap<string, DocumentMeta>): FacetRow[] {
  const rows: FacetRow[] = [];
  for (const dimension of PICKER_DIMENSIONS) {
    rows.push({ kind: 'heading', dimension });
    const counts = facetCounts(directives, dimension, undefined, docs).filter((c): c is { value: string; count: number } => c.value !== null);
    const values =
      dimension === 'force'
        ? FORCES.map((force) => ({ value: force as string, count: counts.find((c) => c.value === force)?.count ?? 0 }))
        : counts.slice(0, VALUES_PER_DIMENSION);
    for (const { value, count } of values) rows.push(valueRow(dimension, value, count, criteria, docs));
    // A chosen value stays visible (and can be unchosen) even when it counts nothing here.
    const chosen: readonly string[] = dimension === 'force' ? [] : anyOf(criteria[dimension]);
    for (const value of chosen) {
      if (!values.some((v) => v.value === value)) rows.push(valueRow(dimension, value, counts.find((c) => c.value === value)?.count ?? 0, criteria, docs));
    }
  }
  return rows;
}

function valueRow(dimension: PickerDimension, value: string, count: number, criteria: Criteria, docs: ReadonlyMap<string, DocumentMeta>): FacetRow {
  const doc = dimension === 'doc' ? docs.get(value) : undefined;
  const label = doc ? `${doc.title ?? doc.file ?? doc.id}${doc.date ? ` (${doc.date})` : ''}` : value;
  return { kind: 'value', dimension, value, label, count, active: isActive(criteria, dimension, value) };
}

/** "force: must,should · issuer: the meeting" — the filters in force, for the status line. */
export function describeCriteria(criteria: Criteria): string {
  const parts: string[] = [];
  const add = (label: string, value: string | readonly string[] | undefined): void => {
    const text = typeof value === 'string' ? value : value?.join(',');
    if (text !== undefined && text !== '') parts.push(`${label}: ${text}`);
  };
  add('force', criteria.forces?.join(','));
  add('min-force', criteria.minForce);
  add('reporting', criteria.reporting);
  add('issuer', criteria.issuer);
  add('addressee', criteria.addressee);
  add('doc', criteria.doc);
  add('theme', criteria.theme);
  add('since', criteria.since);
  add('until', criteria.until);
  add('lang', criteria.lang);
  add('min-confidence', criteria.minConfidence?.toString());
  return parts.join(' · ');
}
