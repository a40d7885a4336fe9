import type { Action, Directive, DocumentFormat, DocumentRecord, EditableField, Language, Participant } from '../../model/types.js';
import type { Force } from '../../vocab/forces.js';
import type { Signal } from '../../vocab/signals.js';

/** A stored document's metadata and how many directives it has. */
export interface DocumentSummary extends Omit<DocumentRecord, 'source'> {
  directiveCount: number;
}

export interface DirectiveRow {
  rid: number;
  id: string;
  doc: string;
  start: number;
  end: number;
  text: string;
  force: string;
  cue: string | null;
  reporting: string | null;
  issuer: string | null;
  addressee: string | null;
  actions: string;
  purpose: string | null;
  themes: string;
  paragraph: number;
  sentence: number;
  confidence: number | null;
  signals: string | null;
}

export interface DocumentRow {
  ord: number;
  id: string;
  sha256: string;
  file: string | null;
  title: string | null;
  date: string | null;
  place: string | null;
  issuer: string | null;
  event: string | null;
  participants: string;
  language: string;
  parser_version: string;
  source_url: string | null;
  directive_count: number;
  /** Absent from a schema-1 corpus read as it is. */
  format?: string | null;
  original_sha256?: string | null;
  fetched?: string | null;
  edited?: string | null;
}

/** The columns that make a Directive, over `directives d`; `withConfidence` false for a schema-1 corpus read as it is. */
export function directiveColumns(withConfidence: boolean): string {
  return `d.rid, d.id, (SELECT id FROM documents WHERE ord = d.doc_ord) AS doc, d.start, d."end", d.text, d.force, d.cue, d.reporting, d.issuer, d.addressee, d.actions, d.purpose, d.themes, d.paragraph, d.sentence, ${withConfidence ? 'd.confidence, d.signals' : 'NULL AS confidence, NULL AS signals'}`;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isAction = (value: unknown): value is Action => typeof value === 'object' && value !== null && isString((value as Action).verb) && isString((value as Action).object);

/**
 * A JSON list column, its items checked: a damaged or hand-edited row must
 * fail here, as a damaged corpus (SyntaxError, see Store's translate), not
 * crash a renderer later (issue 17).
 */
function list<T>(text: string, column: string, isItem: (value: unknown) => value is T): T[] {
  const value = JSON.parse(text) as unknown;
  if (!Array.isArray(value) || !value.every(isItem)) throw new SyntaxError(`${column} is not a list of the expected values`);
  return value;
}

/** A text column as the schema promises it (a flipped type byte can make it a number or a blob). */
function str(value: unknown, column: string): string {
  if (typeof value !== 'string') throw new SyntaxError(`${column} is not text`);
  return value;
}

function optional(value: unknown, column: string): string | null {
  return value === null ? null : str(value, column);
}

function num(value: unknown, column: string): number {
  if (typeof value !== 'number') throw new SyntaxError(`${column} is not a number`);
  return value;
}

function int(value: unknown, column: string): number {
  if (!Number.isInteger(value)) throw new SyntaxError(`${column} is not a whole number`);
  return value as number;
}

export function toDirective(row: DirectiveRow): Directive {
  return {
    id: str(row.id, 'id'),
    doc: str(row.doc, 'doc'),
    start: int(row.start, 'start'),
    end: int(row.end, 'end'),
    text: str(row.text, 'text'),
    force: str(row.force, 'force') as Force,
    cue: optional(row.cue, 'cue'),
    reporting: optional(row.reporting, 'reporting'),
    issuer: optional(row.issuer, 'issuer'),
    addressee: optional(row.addressee, 'addressee'),
    actions: list(row.actions, 'actions', isAction),
    purpose: optional(row.purpose, 'purpose'),
    themes: list(row.themes, 'themes', isString),
    paragraph: int(row.paragraph, 'paragraph'),
    sentence: int(row.sentence, 'sentence'),
    ...(row.confidence !== null ? { confidence: num(row.confidence, 'confidence') } : {}),
    ...(row.signals !== null ? { signals: list(row.signals, 'signals', isString) as Signal[] } : {}),
  };
}

export function toDocument(row: DocumentRow): DocumentSummary {
  return {
    id: str(row.id, 'id'),
    file: optional(row.file, 'file'),
    title: optional(row.title, 'title'),
    date: optional(row.date, 'date'),
    place: optional(row.place, 'place'),
    issuer: optional(row.issuer, 'issuer'),
    event: optional(row.event, 'event'),
    participants: list(row.participants, 'participants', (p): p is Participant => typeof p === 'object' && p !== null && isString((p as Participant).name)),
    language: str(row.language, 'language') as Language,
    sha256: str(row.sha256, 'sha256'),
    parserVersion: str(row.parser_version, 'parser_version'),
    ...(row.source_url ? { sourceUrl: row.source_url } : {}),
    ...(row.format ? { format: row.format as DocumentFormat } : {}),
    ...(row.original_sha256 ? { originalSha256: row.original_sha256 } : {}),
    ...(row.fetched ? { fetched: row.fetched } : {}),
    ...(row.edited ? { edited: JSON.parse(row.edited) as EditableField[] } : {}),
    directiveCount: row.directive_count,
  };
}

export function withoutCount({ directiveCount: _count, ...meta }: DocumentSummary): Omit<DocumentRecord, 'source'> {
  return meta;
}
