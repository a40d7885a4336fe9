import { DataError, UsageError } from '../../errors.js';
import type { DocumentRecord, Language } from '../../model/types.js';
import { corpusItems, type AddItem } from '../../model/write.js';
import { parseDocument, type ParsedDocument } from '../../parse/index.js';
import { completeDate } from './dates.js';
import { expandInputs, readInputs, type ReadOptions } from './index.js';
import type { ReadCorpus, ReadDocument, SkippedInput } from './types.js';

/** What the command line says about every document; it wins over what the documents say. */
export interface DocumentFlags {
  title?: string;
  date?: string | null;
  place?: string;
  sourceUrl?: string;
  lang?: Language;
  /** `--year`: the year of documents whose date has none (after the file name's). */
  year?: string;
}

export interface BatchOptions extends ReadOptions {
  /** `--strict`: the first input that cannot be read stops the batch; nothing is added. */
  strict?: boolean;
}

export interface BatchCallbacks {
  /** An input could not be read (not called with `strict`: it throws instead). */
  onSkip?(skip: SkippedInput): void;
  /** After each input is read. */
  onRead?(done: number, total: number): void;
  /** Something the person should know that is not an error. */
  onNotice?(message: string): void;
}

export interface Batch {
  read: (ReadDocument | ReadCorpus)[];
  skipped: SkippedInput[];
  /** Inputs after folders were expanded. */
  total: number;
}

/**
 * Read every input before anything is parsed or stored (issue 13): reading
 * is asynchronous (PDF, .docx, URLs) while a corpus write is one synchronous
 * transaction, so an interrupted add still leaves the corpus as it was.
 * Inputs that cannot be read are reported and skipped, or with `strict` end
 * the batch; a batch where nothing could be read is an error.
 */
export async function readBatch(specs: readonly string[], flags: DocumentFlags, options: BatchOptions = {}, callbacks: BatchCallbacks = {}): Promise<Batch> {
  if (specs.filter((spec) => spec === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  if (flags.year !== undefined && !/^(?:1[89]|20)\d{2}$/.test(flags.year)) throw new UsageError(`--year ${JSON.stringify(flags.year)}: give a four-digit year, e.g. --year 2024`);
  const inputs = expandInputs(specs);
  if (inputs.length > 1 && flags.title !== undefined) throw new UsageError('--title names one text; give it when adding a single file (or use front matter)');
  const batch: Batch = { read: [], skipped: [], total: inputs.length };
  let done = 0;
  for await (const result of readInputs(inputs, options)) {
    done++;
    if (result.kind === 'skip') {
      if (options.strict) throw new DataError(`${result.message}; nothing was done (--strict)`);
      batch.skipped.push(result);
      // a lone input that cannot be read is simply the command's error (below)
      if (inputs.length > 1) callbacks.onSkip?.(result);
    } else batch.read.push(result);
    callbacks.onRead?.(done, batch.total);
  }
  if (batch.read.length === 0) {
    if (batch.skipped.length === 1) throw new DataError(batch.skipped[0]!.message);
    throw new DataError(`nothing to read: all ${batch.skipped.length} inputs were skipped`);
  }
  const texts = batch.read.filter((item) => item.kind === 'document').length;
  if (texts > 1 && flags.date) callbacks.onNotice?.(`--date ${flags.date} stamps every one of the ${texts} texts with that date`);
  return batch;
}

/** Parse one read document: the flags win, then what the document says, then the parser; a date in the name completes a partial one. */
export function parseRead(doc: ReadDocument, flags: DocumentFlags): ParsedDocument {
  const { meta } = doc;
  const parsed = parseDocument(doc.text, {
    file: doc.file,
    title: flags.title ?? meta.title ?? null,
    date: flags.date ?? meta.date ?? null,
    place: flags.place ?? meta.place ?? null,
    language: flags.lang ?? meta.lang ?? null,
    sourceUrl: flags.sourceUrl ?? meta.sourceUrl ?? null,
  });
  const date = completeDate(completeDate(parsed.document.date, meta.dateHint), flags.year);
  const document: DocumentRecord = {
    ...parsed.document,
    date,
    format: meta.format,
    originalSha256: meta.originalSha256,
    ...(meta.fetched ? { fetched: meta.fetched } : {}),
  };
  return { document, directives: parsed.directives };
}

/**
 * The batch as documents with their directives, parsed lazily one at a time
 * (so a store's transaction holds one parsed document in memory at a time);
 * `onParsed` counts inputs done.
 */
export function* parsedItems(batch: Batch, flags: DocumentFlags, onParsed?: (done: number) => void): Generator<AddItem> {
  let done = 0;
  for (const item of batch.read) {
    if (item.kind === 'corpus') yield* corpusItems(item.corpus);
    else yield parseRead(item, flags);
    onParsed?.(++done);
  }
}
