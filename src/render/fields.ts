import { UsageError } from '../errors.js';
import type { Directive, DocumentMeta, Participant } from '../model/types.js';
import type { DirectiveField, DocumentField } from '../vocab/fields.js';

/**
 * `--fields a,b,c` → the fields, in the order given. An unknown name is a usage
 * error listing the valid ones.
 */
export function parseFields<F extends string>(input: string | undefined, valid: readonly F[], defaults: readonly F[]): F[] {
  if (input === undefined) return [...defaults];
  const names = input
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.length === 0) throw new UsageError(`--fields: no field named (valid: ${valid.join(', ')})`);
  const unknown = names.filter((name) => !(valid as readonly string[]).includes(name));
  if (unknown.length) {
    throw new UsageError(`--fields: unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (valid: ${valid.join(', ')})`);
  }
  return names as F[];
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type FieldRecord = Record<string, JsonValue>;

/** Every field a directive can show, its document's read off `doc`. */
export function directiveFieldValue(field: DirectiveField, d: Directive, doc: DocumentMeta | undefined): JsonValue {
  switch (field) {
    case 'date':
      return doc?.date ?? null;
    case 'title':
      return doc?.title ?? null;
    case 'lang':
      return doc?.language ?? null;
    case 'actions':
      return d.actions.map((a) => ({ verb: a.verb, object: a.object }));
    case 'themes':
      return [...d.themes];
    case 'confidence':
      return d.confidence ?? null;
    case 'signals':
      return d.signals ? [...d.signals] : [];
    case 'counterpart':
      // read off the corpus's links, not the directive: see rowFieldValue
      return [];
    default:
      return d[field];
  }
}

/** `forces` holds a document's directives per force (see forceCounts). */
export function documentFieldValue(field: DocumentField, doc: DocumentMeta, forces: Readonly<Record<string, number>>): JsonValue {
  switch (field) {
    case 'participants':
      return doc.participants.map((p) => ({ name: p.name, titles: [...p.titles], role: p.role }));
    case 'directives':
      return Object.values(forces).reduce((sum, n) => sum + n, 0);
    case 'forces':
      return { ...forces };
    default:
      return doc[field] ?? null;
  }
}

export function pick<F extends string>(fields: readonly F[], value: (field: F) => JsonValue): FieldRecord {
  const record: FieldRecord = {};
  for (const field of fields) record[field] = value(field);
  return record;
}

const participantText = (p: Participant): string => (p.role ? `${p.name} (${p.role})` : p.name);

/**
 * One field as text for a table, TSV or CSV cell. Not yet sanitized: the
 * renderer does that, after locating highlights in the raw value.
 */
export function cellText(field: string, value: JsonValue): string {
  if (value === null) return '';
  if (field === 'relevance' && typeof value === 'number') return value.toFixed(3);
  if (field === 'actions' && Array.isArray(value)) {
    return value.map((a) => (isRecord(a) ? `${String(a.verb ?? '')} ${String(a.object ?? '')}`.trim() : String(a))).join('; ');
  }
  if (field === 'participants' && Array.isArray(value)) {
    return value
      .map((p) => (isRecord(p) ? participantText({ name: String(p.name ?? ''), titles: [], role: typeof p.role === 'string' ? p.role : null }) : String(p)))
      .join(', ');
  }
  if (field === 'matches' && Array.isArray(value)) {
    return value
      .map((m) => (isRecord(m) && Array.isArray(m.ranges) ? `${String(m.field)}${typeof m.index === 'number' ? `[${m.index}]` : ''}:${m.ranges.map((r) => (Array.isArray(r) ? `${String(r[0])}-${String(r[1])}` : '')).join(',')}` : ''))
      .join(' ');
  }
  if (Array.isArray(value)) return value.map((v) => cellText(field, v)).join(', ');
  if (typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k} ${cellText(field, v)}`).join(', ');
  return String(value);
}

function isRecord(value: JsonValue): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
