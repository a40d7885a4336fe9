import type { FacetCount } from '../query/facets.js';
import { sanitize } from './sanitize.js';
import { renderCsv } from './delimited.js';
import { displayWidth, padEnd, truncate } from './text.js';
import type { Theme } from './theme.js';

export const EMPTY_VALUE_LABEL = '(none)';
const MAX_BAR = 40;
const MAX_LABEL = 40;

/** How a value reads to a person, e.g. a document id with its title (`--by doc`); the value itself by default. */
export type FacetLabel = (value: string) => string | null;

/** For people: label, a bar scaled to the largest count, the count. */
export function renderBarChart(counts: readonly FacetCount[], width: number, theme: Theme, labelOf?: FacetLabel): string {
  if (counts.length === 0) return '';
  const text = (value: string): string => {
    const label = labelOf?.(value);
    return label ? `${value}  ${label}` : value;
  };
  const labels = counts.map((c) => truncate(sanitize(c.value === null ? EMPTY_VALUE_LABEL : text(c.value)), labelOf ? Math.max(MAX_LABEL, Math.floor(width / 2)) : MAX_LABEL));
  // reduce, not Math.max(...): --by addressee on a big corpus has more values than the call stack has room for
  const labelWidth = labels.reduce((widest, label) => Math.max(widest, displayWidth(label)), 0);
  const max = counts.reduce((most, c) => Math.max(most, c.count), 0);
  const countWidth = String(max).length;
  const room = Math.max(4, Math.min(MAX_BAR, width - labelWidth - countWidth - 4));
  return counts
    .map((c, i) => {
      // Any non-zero count gets at least one block, so small values stay visible.
      const length = Math.max(1, Math.round((c.count / max) * room));
      const label = c.value === null ? theme.dim(padEnd(labels[i]!, labelWidth)) : padEnd(labels[i]!, labelWidth);
      return `${label}  ${theme.bar('█'.repeat(length))} ${String(c.count).padStart(countWidth)}`;
    })
    .join('\n');
}

/** For scripts: `count<TAB>value`, as `sort | uniq -c` would, with the empty value as an empty field; a label (a title) as a third field. */
export function renderCountLines(counts: readonly FacetCount[], labelOf?: FacetLabel): string {
  return counts.map((c) => [String(c.count), c.value ?? '', ...(labelOf ? [c.value === null ? '' : (labelOf(c.value) ?? '')] : [])].map((v) => sanitize(v)).join('\t')).join('\n');
}

/** CSV with a header: count, value (and label); cells defused as every CSV is (render/table.ts). */
export function renderFacetCsv(counts: readonly FacetCount[], labelOf?: FacetLabel, labelName = 'label'): string {
  const header = ['count', 'value', ...(labelOf ? [labelName] : [])];
  return renderCsv(header, counts.map((c) => [String(c.count), c.value ?? '', ...(labelOf ? [c.value === null ? '' : (labelOf(c.value) ?? '')] : [])]));
}
