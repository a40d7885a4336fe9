import type { Force } from '../vocab/forces.js';
import type { Signal } from '../vocab/signals.js';
import type { StoredLink } from './links.js';

/** Bumped whenever the corpus JSON changes shape; loaders refuse other versions. */
export const SCHEMA_VERSION = 1;

export type Language = 'en' | 'zh';

/** What a document's text was extracted from (issue 13). */
/** What a document's text was read from (issue 13). */
export const DOCUMENT_FORMATS = ['txt', 'md', 'html', 'pdf', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export interface Action {
  verb: string;
  object: string;
}

export interface Participant {
  name: string;
  titles: string[];
  /** What they did at the event: "presided", "delivered a speech", "attended", … */
  role: string | null;
}

export interface DocumentRecord {
  /** Short stable id (prefix of the SHA-256), unique within a corpus. */
  id: string;
  /** File name the text came from, or null for stdin. */
  file: string | null;
  title: string | null;
  /** ISO date, or partial: "2022-03", "--09-21" (year unknown). */
  date: string | null;
  place: string | null;
  issuer: string | null;
  event: string | null;
  participants: Participant[];
  language: Language;
  sha256: string;
  /** Version of the parser that produced this document's directives. */
  parserVersion: string;
  /** The full source text; directive offsets index into it. */
  source: string;
  sourceUrl?: string | null;
  /** The input's format; `source` is the plain text extracted from it. */
  format?: DocumentFormat;
  /** SHA-256 of the original bytes (file or HTTP body), before extraction; `sha256` is the source text's. */
  originalSha256?: string;
  /** When the document was fetched from `sourceUrl` (ISO 8601). */
  fetched?: string;
  /** Metadata a person set (`directives edit`): kept as it is by `reparse`. */
  edited?: EditableField[];
}

/** Document metadata `directives edit` can set. */
export type EditableField = 'title' | 'date' | 'place';

/** A document's metadata without its source text: what lists, tables and rankings need. */
export type DocumentMeta = Omit<DocumentRecord, 'source'>;

export interface Directive {
  /** `<doc id>-<n>`, n counting from 1 in document order. */
  id: string;
  doc: string;
  start: number;
  end: number;
  text: string;
  force: Force;
  cue: string | null;
  reporting: string | null;
  issuer: string | null;
  addressee: string | null;
  actions: Action[];
  purpose: string | null;
  themes: string[];
  /** 0-based paragraph and sentence (within the document) indices. */
  paragraph: number;
  sentence: number;
  /** How sure the parser is that this is a directive, 0–1 (calibrated on the development set). */
  confidence?: number;
  /** The evidence that made it a directive (vocab/signals.ts), strongest first. */
  signals?: Signal[];
}

export interface Corpus {
  schemaVersion: number;
  documents: DocumentRecord[];
  directives: Directive[];
  /** English–Chinese directive links (issue 16): `align --save`, `add --translation-of`. */
  links?: StoredLink[];
}
