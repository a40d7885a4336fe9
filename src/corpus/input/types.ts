import type { Corpus, DocumentFormat, Language } from '../../model/types.js';

/** What a document was read from; kept on the document (`format`). */
export type InputFormat = DocumentFormat;

/** Metadata a text may carry at its top (front matter), in its page, or from the command line (the flags win). */
export interface SuppliedMetadata {
  title?: string;
  date?: string;
  place?: string;
  sourceUrl?: string;
  lang?: Language;
}

export interface InputMeta extends SuppliedMetadata {
  format: InputFormat;
  /** SHA-256 of the bytes as read (the file, or the HTTP body), before any extraction. */
  originalSha256: string;
  /** When a URL was fetched (ISO 8601). */
  fetched?: string;
  /** A date, or part of one, written in the file name or URL ("20240612", "2024-06"). */
  dateHint?: string;
}

/** A document read: its plain text (what is parsed, hashed and indexed) and what is known about it. */
export interface ReadDocument {
  kind: 'document';
  /** As given or found (path, URL, "standard input"): what messages name. */
  input: string;
  /** The name stored on the document: the file's base name, the URL, or null for standard input. */
  file: string | null;
  text: string;
  meta: InputMeta;
}

/** A corpus JSON (exported, or printed by `parse --json`): its documents are added as they are. */
export interface ReadCorpus {
  kind: 'corpus';
  input: string;
  corpus: Corpus;
}

/** An input that could not be read. */
export interface SkippedInput {
  kind: 'skip';
  input: string;
  /** One line naming the input and why: "notes/package.json: not a corpus (…)". */
  message: string;
}

export type InputResult = ReadDocument | ReadCorpus | SkippedInput;
