import type { Directive, DocumentMeta } from '../model/types.js';
import type { SearchMatch } from '../query/search.js';
import type { SearchField } from '../vocab/fields.js';
import { directiveFieldValue, pick, type FieldRecord, type JsonValue } from './fields.js';

/** A directive to print, with its search ranking when it comes from `search`. */
export interface DirectiveRow {
  directive: Directive;
  score?: number;
  matches?: SearchMatch[];
  /** The ids of its linked translation or original (issue 16), when `--fields counterpart` asks. */
  counterparts?: readonly string[];
}

/** Rows with their counterparts' ids, read only when the fields name them. */
export function withCounterparts<R extends DirectiveRow>(rows: R[], fields: readonly string[] | null, counterparts: (id: string) => readonly Directive[]): R[] {
  if (!fields?.includes('counterpart')) return rows;
  return rows.map((row) => ({ ...row, counterparts: counterparts(row.directive.id).map((d) => d.id) }));
}

export function rowFieldValue(field: SearchField, row: DirectiveRow, doc: DocumentMeta | undefined): JsonValue {
  if (field === 'counterpart') return [...(row.counterparts ?? [])];
  if (field === 'relevance') return relevance(row);
  if (field === 'matched') return row.matches === undefined ? null : [...new Set(row.matches.map((m) => m.field))];
  if (field === 'matches') {
    return (row.matches ?? []).map((m) => ({
      field: m.field,
      ...(m.index !== undefined ? { index: m.index } : {}),
      ranges: m.ranges.map(([start, end]) => [start, end]),
    }));
  }
  return directiveFieldValue(field, row.directive, doc);
}

/** Higher is better (1 = perfect), the reverse of fuse.js's score. */
function relevance(row: DirectiveRow): number | null {
  return row.score === undefined ? null : Math.round((1 - row.score) * 1e6) / 1e6;
}

/** The record JSON prints: the corpus record unchanged, plus relevance and match ranges from a search. */
function fullRecord(row: DirectiveRow): FieldRecord {
  const record = { ...row.directive } as unknown as FieldRecord;
  if (row.score !== undefined) record.relevance = relevance(row);
  if (row.matches !== undefined) record.matches = rowFieldValue('matches', row, undefined);
  return record;
}

/** Records for JSON and NDJSON: the named fields in order, or (null) the whole record. */
export function directiveRecords(
  rows: readonly DirectiveRow[],
  docs: ReadonlyMap<string, DocumentMeta>,
  fields: readonly SearchField[] | null,
): FieldRecord[] {
  return rows.map((row) => (fields ? pick(fields, (f) => rowFieldValue(f, row, docs.get(row.directive.doc))) : fullRecord(row)));
}
