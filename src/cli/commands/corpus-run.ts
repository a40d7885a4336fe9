import { readFileSync } from 'node:fs';
import { isStoreDirectory, STORE_FILE } from '../../corpus/layout.js';
import { expandPaths, readInput } from '../../corpus/ingest.js';
import { DataError, NotFoundError, UsageError } from '../../errors.js';
import { corpusItems, type AddItem, type AddResult } from '../../model/write.js';
import { parseDocument } from '../../parse/index.js';
import { isWritableCorpus, openReader, openWriter } from '../../query/open.js';
import { corpusJsonChunks, corpusNdjsonChunks } from '../../render/json.js';
import { renderAddSummary, renderProgress } from '../../render/progress.js';
import { sanitize } from '../../render/sanitize.js';
import { corpusPath } from '../context.js';
import { out, progressLine, stderrColumns, writeStream } from '../io.js';
import type { AddOptions, ExportOptions } from './corpus.js';
import { dateOption, type GlobalOptions } from './options.js';

/** The corpus folder a write goes to: --corpus, else $DIRECTIVES_CORPUS; never the built-in corpus. */
function targetFolder(globals: GlobalOptions, command: string): string {
  const fromEnv = process.env.DIRECTIVES_CORPUS;
  const dir = globals.corpus ?? (fromEnv ? fromEnv : undefined);
  if (dir === undefined) throw new UsageError(`${command} needs a corpus folder: --corpus DIR (create one with \`directives init DIR\`)`);
  if (!isWritableCorpus(dir)) throw new DataError(`${dir}: not a corpus folder (no ${STORE_FILE}); create one with \`directives init ${dir}\``);
  return dir;
}

export async function runInit(dir: string, options: { schema?: string } = {}): Promise<number> {
  const existed = isStoreDirectory(dir);
  const store = await openWriter(dir, { create: true, ...(options.schema !== undefined ? { schema: options.schema } : {}) });
  const { documents, directives } = store.totals();
  store.close();
  // a server says whether it made the schema (created), a folder whether its file was there
  const already = store.created === undefined ? existed : !store.created;
  out(already ? `${dir} is already a corpus (${documents} documents, ${directives} directives)` : `created an empty corpus in ${dir}`);
  return 0;
}

/** What one input adds: a parsed text, or every document of an exported corpus as it is. */
function* inputItems(input: string, options: AddOptions, date: string | null, stdin: () => Uint8Array): Generator<AddItem> {
  const item = readInput(input, stdin);
  if (item.kind === 'corpus') {
    yield* corpusItems(item.corpus);
    return;
  }
  yield parseDocument(item.text, {
    file: item.name,
    title: options.title ?? item.meta.title ?? null,
    date: date ?? item.meta.date ?? null,
    place: options.place ?? item.meta.place ?? null,
    language: options.lang ?? item.meta.lang ?? null,
    sourceUrl: options.sourceUrl ?? item.meta.sourceUrl ?? null,
  });
}

export async function runAdd(inputs: string[], options: AddOptions, globals: GlobalOptions): Promise<number> {
  const dir = targetFolder(globals, 'add');
  const date = dateOption(options.date);
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  const files = expandPaths(inputs);
  if (files.length > 1 && options.title !== undefined) throw new UsageError('--title names one text; give it when adding a single file (or use front matter)');
  const stdin = (): Uint8Array => readFileSync(0);
  const store = await openWriter(dir);
  const started = performance.now();
  let lastDraw = 0;
  let result: AddResult;
  // files count as they are read: an exported corpus counts as one input however many documents it holds
  let filesDone = 0;
  try {
    result = store.add(
      (function* () {
        for (const file of files) {
          yield* inputItems(file, options, date, stdin);
          filesDone++;
        }
      })(),
      (partial) => {
        const now = performance.now();
        if (now - lastDraw < 100) return;
        lastDraw = now;
        progressLine(renderProgress({ files: filesDone, totalFiles: files.length, directives: partial.directives, elapsedMs: now - started }, stderrColumns()));
      },
    );
  } finally {
    progressLine(null);
    store.close();
  }
  out(
    renderAddSummary({
      added: result.added.length,
      skipped: result.skipped.length,
      directives: result.directives,
      elapsedMs: performance.now() - started,
      corpus: sanitize(dir),
    }),
  );
  return 0;
}

export async function runRemove(queries: string[], globals: GlobalOptions): Promise<number> {
  const dir = targetFolder(globals, 'remove');
  const store = await openWriter(dir);
  try {
    const ids: string[] = [];
    for (const query of queries) {
      const found = store.findDocuments(query);
      if (found.length === 0) throw new NotFoundError(`no document ${sanitize(query)} in ${sanitize(dir)} (see \`directives docs --corpus ${sanitize(dir)}\`)`);
      if (found.length > 1) throw new UsageError(`${sanitize(query)} names ${found.length} documents (${found.slice(0, 5).map((d) => sanitize(d.id)).join(', ')}…); give more of the id`);
      ids.push(found[0]!.id);
    }
    const removed = store.remove(ids);
    out(`removed ${removed.length} document${removed.length === 1 ? '' : 's'}: ${removed.map((id) => sanitize(id)).join(', ')}`);
  } finally {
    store.close();
  }
  return 0;
}

export async function runReparse(globals: GlobalOptions): Promise<number> {
  const dir = targetFolder(globals, 'reparse');
  const store = await openWriter(dir);
  const started = performance.now();
  try {
    const { documents, before, after } = store.reparse(
      // what a person supplied (title, date, place, source URL) is kept; the rest is read again
      (source, doc) =>
        parseDocument(source, { file: doc.file, title: doc.title, date: doc.date, place: doc.place, language: doc.language, sourceUrl: doc.sourceUrl ?? null }),
      (done, total) => progressLine(`reparsed ${done}/${total} documents`),
    );
    progressLine(null);
    out(`reparsed ${documents} documents in ${((performance.now() - started) / 1000).toFixed(1)}s: ${before} → ${after} directives`);
  } finally {
    store.close();
  }
  return 0;
}

export async function runExport(options: ExportOptions, globals: GlobalOptions): Promise<number> {
  const path = corpusPath(globals);
  const format = options.ndjson ? corpusNdjsonChunks : corpusJsonChunks;
  // one snapshot: a write landing while a slow reader drains the export cannot tear it (issue 17)
  const reader = await openReader(path);
  try {
    await reader.snapshot((documents, directives) => writeStream(format(documents, directives)));
  } finally {
    reader.close();
  }
  return 0;
}
