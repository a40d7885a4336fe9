import { anyOf } from '../model/query.js';
import type { Directive, DocumentMeta } from '../model/types.js';
import { facetCounts } from '../query/facets.js';
import type { Criteria } from '../query/filter.js';
import { dimension, type FacetDimension } from '../vocab/dimensions.js';
import { FORCES, forcesAtLeast, type Force } from '../vocab/forces.js';

/** What the facet picker (`f`) narrows by, in the order it lists them (issue 4); labels from the dimension table. */
export const PICKER_DIMENSIONS = ['force', 'reporting', 'issuer', 'doc', 'theme', 'addressee', 'lang'] as const satisfies readonly FacetDimension[];
export type PickerDimension = (typeof PICKER_DIMENSIONS)[number];

/** The picker's groups: the dimensions, then the `--min-force` threshold (one force at most). */
export type PickerGroup = PickerDimension | 'minForce';

export const DIMENSION_LABEL = {
  ...(Object.fromEntries(PICKER_DIMENSIONS.map((key) => [key, dimension(key).label])) as Record<PickerDimension, string>),
  minForce: `${dimension('force').label} at least (${dimension('force').flags[1]!.flag.split(' ')[0]})`,
} satisfies Record<PickerGroup, string>;

/** A long tail (thousands of issuers in a big corpus) is no use in a picker: the most frequent values, plus any chosen one. */
export const VALUES_PER_DIMENSION = 20;

export type FacetRow =
  | { kind: 'heading'; dimension: PickerGroup }
  | { kind: 'value'; dimension: PickerGroup; value: string; label: string; count: number; active: boolean };

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

/** Toggle the value a picker row stands for: a threshold is set or cleared, the rest as `toggleFacet`. */
export function toggleRow(criteria: Criteria, row: Extract<FacetRow, { kind: 'value' }>): Criteria {
  if (row.dimension !== 'minForce') return toggleFacet(criteria, row.dimension, row.value);
  return { ...criteria, minForce: criteria.minForce === row.value ? undefined : (row.value as Force) };
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
  // the threshold: every force, its count the directives at least that strong
  rows.push({ kind: 'heading', dimension: 'minForce' });
  const ranked = FORCES.map((force) => {
    const atLeast = new Set<Force>(forcesAtLeast(force));
    return directives.filter((d) => atLeast.has(d.force)).length;
  });
  FORCES.forEach((force, i) => rows.push({ kind: 'value', dimension: 'minForce', value: force, label: force, count: ranked[i]!, active: criteria.minForce === force }));
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
