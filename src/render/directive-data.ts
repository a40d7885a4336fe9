import type { DocumentMeta } from '../model/types.js';
import type { Force } from '../vocab/forces.js';
import { DEFAULT_DIRECTIVE_COLUMNS, DEFAULT_SEARCH_COLUMNS, type OutputFormat, type SearchField } from '../vocab/fields.js';
import { renderCsv, renderTsv } from './delimited.js';
import { cellText } from './fields.js';
import { renderJson, renderNdjson } from './json.js';
import { directiveRecords, rowFieldValue, type DirectiveRow } from './records.js';
import type { Theme } from './theme.js';

/**
 * Directives as data — JSON, NDJSON, TSV, CSV — apart from the table for a
 * person (directives.ts): these need no display widths, so scripts' output
 * never loads string-width (~30 ms of Unicode tables per command).
 */

export type { DirectiveRow };

export interface DirectiveView {
  format: OutputFormat;
  /** null: the default columns, and the whole record in JSON. */
  fields: readonly SearchField[] | null;
  /** Terminal width for tables. */
  width: number;
  theme: Theme;
  /** TSV with a first line of field names (`--header`). */
  header?: boolean;
}

/** The formats rendered here; `table` is directives.ts's. */
export const isDataFormat = (format: OutputFormat): format is Exclude<OutputFormat, 'table'> => format !== 'table';

/** The columns shown when `--fields` is not given (a search adds its relevance). */
export function defaultFields(rows: readonly DirectiveRow[], plain: readonly SearchField[] = DEFAULT_DIRECTIVE_COLUMNS): readonly SearchField[] {
  return rows.some((row) => row.score !== undefined) ? DEFAULT_SEARCH_COLUMNS : plain;
}

export function renderDirectiveData(rows: readonly DirectiveRow[], docs: ReadonlyMap<string, DocumentMeta>, view: DirectiveView): string {
  if (view.format === 'json' || view.format === 'ndjson') {
    const records = directiveRecords(rows, docs, view.fields);
    return view.format === 'json' ? renderJson(records) : renderNdjson(records);
  }
  const fields = view.fields ?? defaultFields(rows);
  const text = (row: DirectiveRow): string[] => fields.map((f) => cellText(f, rowFieldValue(f, row, docs.get(row.directive.doc))));
  if (view.format === 'csv') return renderCsv(fields, rows.map(text));
  // colour only when asked for through a pipe, and never in the layout (issue 14)
  const paint = fields.map((field) => (field === 'id' ? (t: string) => view.theme.id(t) : field === 'force' ? (t: string, raw: string) => view.theme.force(raw as Force, t) : undefined));
  return renderTsv(rows.map(text), { ...(view.header ? { header: fields } : {}), ...(view.theme.color ? { paint } : {}) });
}
