import type { DocumentMeta } from '../model/types.js';
import type { Force } from '../vocab/forces.js';
import { DEFAULT_LIST_TABLE_COLUMNS, type SearchField } from '../vocab/fields.js';
import { defaultFields, isDataFormat, renderDirectiveData, type DirectiveRow, type DirectiveView } from './directive-data.js';
import { cellText } from './fields.js';
import { rowFieldValue } from './records.js';
import { renderTable, type Cell, type Column } from './table.js';
import type { Theme } from './theme.js';

export type { DirectiveRow, DirectiveView };

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

/** Directives in any format: the table for a person here, data formats by directive-data.ts (which scripts' commands load alone). */
export function renderDirectives(rows: readonly DirectiveRow[], docs: ReadonlyMap<string, DocumentMeta>, view: DirectiveView): string {
  if (isDataFormat(view.format)) return renderDirectiveData(rows, docs, view);
  const fields: readonly SearchField[] = view.fields ?? defaultFields(rows, DEFAULT_LIST_TABLE_COLUMNS);
  const columns: Column[] = fields.map((field) => ({ header: field.toUpperCase(), ...COLUMN_STYLE[field]?.(view.theme) }));
  const cells: Cell[][] = rows.map((row) =>
    fields.map((field) => {
      const raw = cellText(field, rowFieldValue(field, row, docs.get(row.directive.doc)));
      const ranges = HIGHLIGHTED.has(field) ? row.matches?.find((m) => m.field === field)?.ranges : undefined;
      return ranges ? { raw, ranges } : { raw };
    }),
  );
  return renderTable(columns, cells, view.width, view.theme);
}
