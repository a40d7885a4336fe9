import type { DocumentMeta } from '../model/types.js';
import { DEFAULT_DOCUMENT_COLUMNS, type DocumentField, type OutputFormat } from '../vocab/fields.js';
import { cellText, documentFieldValue, pick } from './fields.js';
import { renderJson, renderNdjson } from './json.js';
import { renderCsv, renderTsv } from './delimited.js';
import { renderTable, type Column } from './table.js';
import type { Theme } from './theme.js';

export interface DocumentView {
  format: OutputFormat;
  /** null: the default columns, and every field (not the source text) in JSON. */
  fields: readonly DocumentField[] | null;
  width: number;
  theme: Theme;
  /** TSV with a first line of field names (`--header`). */
  header?: boolean;
}

const ALL_FIELDS: readonly DocumentField[] = [
  'id', 'date', 'title', 'place', 'issuer', 'event', 'participants', 'directives', 'forces', 'file', 'language', 'sha256',
];

const COLUMN_STYLE: Partial<Record<DocumentField, (theme: Theme) => Omit<Column, 'header'>>> = {
  id: (theme) => ({ keep: true, paint: (text) => theme.id(text) }),
  title: () => ({ flex: true }),
  participants: () => ({ max: 40 }),
  directives: () => ({ align: 'right' }),
};

/** `docs`: one line (or record) per document, with how many directives it holds. */
export function renderDocuments(
  documents: readonly DocumentMeta[],
  forcesOf: (doc: DocumentMeta) => Readonly<Record<string, number>>,
  view: DocumentView,
): string {
  const jsonFields = view.fields ?? ALL_FIELDS;
  const records = documents.map((doc) => pick(jsonFields, (f) => documentFieldValue(f, doc, forcesOf(doc))));
  if (view.format === 'json') return renderJson(records);
  if (view.format === 'ndjson') return renderNdjson(records);
  const fields = view.fields ?? DEFAULT_DOCUMENT_COLUMNS;
  const rows = documents.map((doc) => fields.map((f) => cellText(f, documentFieldValue(f, doc, forcesOf(doc)))));
  if (view.format === 'tsv') return renderTsv(rows, view.header ? { header: fields } : {});
  if (view.format === 'csv') return renderCsv(fields, rows);
  const columns = fields.map((field): Column => ({ header: field.toUpperCase(), ...COLUMN_STYLE[field]?.(view.theme) }));
  return renderTable(columns, rows.map((row) => row.map((raw) => ({ raw }))), view.width, view.theme);
}
