import { DataError } from '../errors.js';
import { isForce } from '../vocab/forces.js';
import { SCHEMA_VERSION, type Corpus, type DocumentRecord } from './types.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringOrNull = (value: unknown): boolean => value === null || value === undefined || typeof value === 'string';
const isOffset = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/**
 * Check that parsed JSON is a corpus this version can browse, so the query and
 * render layers can trust every field. `name` (the file) prefixes each message.
 * Checks what later code relies on — shapes, ids, offsets, `text ===
 * source.slice(start, end)` (shared/DIRECTIVES.md, "The span") — not every field's vocabulary.
 */
export function validateCorpus(value: unknown, name: string): Corpus {
  const fail = (problem: string): never => {
    throw new DataError(`${name}: ${problem}`);
  };
  if (!isObject(value)) return fail('not a corpus (expected a JSON object with schemaVersion, documents, directives)');
  if (value.schemaVersion !== SCHEMA_VERSION) {
    return fail(`unknown schemaVersion ${JSON.stringify(value.schemaVersion) ?? 'undefined'} (this version reads ${SCHEMA_VERSION})`);
  }
  if (!Array.isArray(value.documents)) return fail('"documents" is not an array');
  if (!Array.isArray(value.directives)) return fail('"directives" is not an array');

  const documents = new Map<string, DocumentRecord>();
  value.documents.forEach((doc: unknown, index) => {
    const where = `document ${index + 1}`;
    if (!isObject(doc)) return fail(`${where} is not an object`);
    if (typeof doc.id !== 'string' || doc.id === '') return fail(`${where} has no id`);
    if (documents.has(doc.id)) return fail(`document id ${doc.id} appears twice`);
    if (typeof doc.source !== 'string') return fail(`document ${doc.id} has no source text`);
    if (doc.language !== 'en' && doc.language !== 'zh') return fail(`document ${doc.id}: unknown language ${JSON.stringify(doc.language)}`);
    if (!Array.isArray(doc.participants)) return fail(`document ${doc.id}: "participants" is not an array`);
    for (const field of ['title', 'date', 'place', 'file', 'issuer', 'event', 'sourceUrl', 'format', 'originalSha256', 'fetched'] as const) {
      if (!isStringOrNull(doc[field])) return fail(`document ${doc.id}: "${field}" is not a string`);
    }
    documents.set(doc.id, doc as unknown as DocumentRecord);
  });

  const ids = new Set<string>();
  value.directives.forEach((directive: unknown, index) => {
    if (!isObject(directive)) return fail(`directive ${index + 1} is not an object`);
    const id = typeof directive.id === 'string' && directive.id !== '' ? directive.id : fail(`directive ${index + 1} has no id`);
    const where = `directive ${id}`;
    if (ids.has(id)) return fail(`${where} appears twice`);
    ids.add(id);
    const doc = typeof directive.doc === 'string' ? documents.get(directive.doc) : undefined;
    if (!doc) return fail(`${where}: unknown document ${JSON.stringify(directive.doc)}`);
    const { start, end, text } = directive;
    if (!isOffset(start) || !isOffset(end) || start > end || end > doc.source.length) {
      return fail(`${where}: offsets ${String(start)}–${String(end)} fall outside its document (${doc.source.length} characters)`);
    }
    if (typeof text !== 'string' || text !== doc.source.slice(start, end)) {
      return fail(`${where}: text differs from the document source at ${start}–${end}`);
    }
    if (typeof directive.force !== 'string' || !isForce(directive.force)) return fail(`${where}: unknown force ${JSON.stringify(directive.force)}`);
    if (!Array.isArray(directive.actions)) return fail(`${where}: "actions" is not an array`);
    if (!Array.isArray(directive.themes) || !directive.themes.every((t) => typeof t === 'string')) return fail(`${where}: "themes" is not a list of strings`);
    for (const field of ['cue', 'reporting', 'issuer', 'addressee', 'purpose'] as const) {
      if (!isStringOrNull(directive[field])) return fail(`${where}: "${field}" is not a string`);
    }
  });
  return value as unknown as Corpus;
}
