import type { DocumentMeta } from '../model/types.js';
import type { Force } from '../vocab/forces.js';
import {
  DEFAULT_DIRECTIVE_COLUMNS,
  DEFAULT_LIST_TABLE_COLUMNS,
  DEFAULT_SEARCH_COLUMNS,
  type OutputFormat,
  type SearchField,
} from '../vocab/fields.js';
import { cellText } from './fields.js';
import { renderJson, renderNdjson } from './json.js';
import { directiveRecords, rowFieldValue, type DirectiveRow } from './records.js';
import { renderCsv, renderTable, renderTsv, type Cell, type Column } from './table.js';
import type { Theme } from './theme.js';

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

const COLUMN_STYLE: Partial<Record<SearchField, (theme: Theme) => Omit<Column, 'header'>>> = {
  id: (theme) => ({ keep: true, paint: (text) => theme.id(text) }),
  force: (theme) => ({ keep: true, paint: (text, raw) => theme.force(raw as Force, text) }),
  doc: (theme) => ({ keep: true, paint: (text) => theme.dim(text) }),
  date: () => ({ keep: true }),
  relevance: () => ({ align: 'right' }),
  start: () => ({ align: 'right' }),
  end: () => ({ align: 'right' }),
  paragraph: () => ({ align: 'right' }),
  sentence: () => ({ align: 'right' }),
  text: () => ({ flex: true }),
};

/** Fields whose raw value search ranges point into. */
const HIGHLIGHTED = new Set<SearchField>(['text', 'addressee', 'title']);

export function renderDirectives(rows: readonly DirectiveRow[], docs: ReadonlyMap<string, DocumentMeta>, view: DirectiveView): string {
  const searched = rows.some((row) => row.score !== undefined);
  const docOf = (row: DirectiveRow): DocumentMeta | undefined => docs.get(row.directive.doc);
  if (view.format === 'json' || view.format === 'ndjson') {
    const records = directiveRecords(rows, docs, view.fields);
    return view.format === 'json' ? renderJson(records) : renderNdjson(records);
  }
  const plain = view.format === 'table' ? DEFAULT_LIST_TABLE_COLUMNS : DEFAULT_DIRECTIVE_COLUMNS;
  const fields: readonly SearchField[] = view.fields ?? (searched ? DEFAULT_SEARCH_COLUMNS : plain);
  const text = (row: DirectiveRow): string[] => fields.map((f) => cellText(f, rowFieldValue(f, row, docOf(row))));
  if (view.format === 'tsv') {
    const paint = fields.map((field) => (field === 'id' || field === 'force' ? COLUMN_STYLE[field]?.(view.theme).paint : undefined));
    return renderTsv(rows.map(text), { ...(view.header ? { header: fields } : {}), ...(view.theme.color ? { paint } : {}) });
  }
  if (view.format === 'csv') return renderCsv(fields, rows.map(text));
  const columns: Column[] = fields.map((field) => ({ header: field.toUpperCase(), ...COLUMN_STYLE[field]?.(view.theme) }));
  const cells: Cell[][] = rows.map((row) =>
    fields.map((field) => {
      const raw = cellText(field, rowFieldValue(field, row, docOf(row)));
      const ranges = HIGHLIGHTED.has(field) ? row.matches?.find((m) => m.field === field)?.ranges : undefined;
      return ranges ? { raw, ranges } : { raw };
    }),
  );
  return renderTable(columns, cells, view.width, view.theme);
}
