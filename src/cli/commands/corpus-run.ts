import { parsedItems, readBatch, type Batch } from '../../corpus/input/batch.js';
import { checkNewCorpusFolder, isStoreDirectory, STORE_FILE } from '../../corpus/layout.js';
import { Store, type AddResult } from '../../corpus/store.js';
import { DataError, EXIT, NotFoundError, UsageError } from '../../errors.js';
import type { Directive, DocumentRecord } from '../../model/types.js';
import { SCHEMA_VERSION } from '../../model/types.js';
import { parseDocument } from '../../parse/index.js';
import { openReader } from '../../query/open.js';
import { renderAddSummary, renderProgress } from '../../render/progress.js';
import { sanitize } from '../../render/sanitize.js';
import { corpusPath } from '../context.js';
import { err, out, progressLine, readStdin, stderrColumns, writeStream } from '../io.js';
import type { AddOptions, ExportOptions } from './corpus.js';
import { dateOption, type GlobalOptions } from './options.js';

/** The corpus folder a write goes to: --corpus, else $DIRECTIVES_CORPUS; never the built-in corpus. */
function targetFolder(globals: GlobalOptions, command: string): string {
  const fromEnv = process.env.DIRECTIVES_CORPUS;
  const dir = globals.corpus ?? (fromEnv ? fromEnv : undefined);
  if (dir === undefined) throw new UsageError(`${command} needs a corpus folder: --corpus DIR (create one with \`directives init DIR\`)`);
  if (!isStoreDirectory(dir)) throw new DataError(`${dir}: not a corpus folder (no ${STORE_FILE}); create one with \`directives init ${dir}\``);
  return dir;
}

export async function runInit(dir: string): Promise<number> {
  const existed = isStoreDirectory(dir);
  if (!existed) checkNewCorpusFolder(dir);
  const store = Store.open(dir, { create: true });
  const { documents, directives } = store.totals();
  store.close();
  out(existed ? `${dir} is already a corpus (${documents} documents, ${directives} directives)` : `created an empty corpus in ${dir}`);
  return 0;
}

export async function runAdd(inputs: string[], options: AddOptions, globals: GlobalOptions): Promise<number> {
  const dir = targetFolder(globals, 'add');
  const flags = { title: options.title, date: dateOption(options.date), place: options.place, sourceUrl: options.sourceUrl, lang: options.lang, year: options.year };
  const started = performance.now();
  let batch: Batch;
  try {
    batch = await readBatch(
      inputs,
      flags,
      { encoding: options.encoding, strict: options.strict, stdin: readStdin },
      {
        onSkip: (skip) => {
          progressLine(null);
          err(`skipped ${sanitize(skip.message)}`);
        },
        onNotice: (message) => err(`warning: ${message}`),
        onRead: (done, total) => progressLine(`reading ${done}/${total} files`),
      },
    );
  } finally {
    progressLine(null);
  }
  const store = Store.open(dir);
  let lastDraw = 0;
  let result: AddResult;
  // files count as they are parsed: an exported corpus counts as one input however many documents it holds
  let filesDone = 0;
  try {
    result = store.add(
      parsedItems(batch, flags, (done) => (filesDone = done)),
      (partial) => {
        const now = performance.now();
        if (now - lastDraw < 100) return;
        lastDraw = now;
        progressLine(renderProgress({ files: filesDone, totalFiles: batch.read.length, directives: partial.directives, elapsedMs: now - started }, stderrColumns()));
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
      unreadable: batch.skipped.length,
      directives: result.directives,
      elapsedMs: performance.now() - started,
      corpus: sanitize(dir),
    }),
  );
  return batch.skipped.length > 0 ? EXIT.partial : 0;
}

export async function runRemove(queries: string[], globals: GlobalOptions): Promise<number> {
  const dir = targetFolder(globals, 'remove');
  const store = Store.open(dir);
  try {
    const ids: string[] = [];
    for (const query of queries) {
      const found = store.findDocuments(query);
      if (found.length === 0) throw new NotFoundError(`no document ${sanitize(query)} in ${sanitize(dir)} (see \`directives docs --corpus ${sanitize(dir)}\`)`);
      if (found.length > 1) throw new UsageError(`${sanitize(query)} names ${found.length} documents (${found.slice(0, 5).map((d) => sanitize(d.id)).join(', ')}…); give more of the id`);
      ids.push(found[0]!.id);
    }
    store.remove(ids);
    out(`removed ${ids.length} document${ids.length === 1 ? '' : 's'}: ${ids.map((id) => sanitize(id)).join(', ')}`);
  } finally {
    store.close();
  }
  return 0;
}

export async function runReparse(globals: GlobalOptions): Promise<number> {
  const dir = targetFolder(globals, 'reparse');
  const store = Store.open(dir);
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

function* exportJson(documents: Iterable<DocumentRecord>, directives: Iterable<Directive>): Generator<string> {
  yield `{"schemaVersion":${SCHEMA_VERSION},"documents":[`;
  let first = true;
  for (const doc of documents) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(doc)}`;
    first = false;
  }
  yield '\n],"directives":[';
  first = true;
  for (const d of directives) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(d)}`;
    first = false;
  }
  yield '\n]}\n';
}

function* exportNdjson(documents: Iterable<DocumentRecord>, directives: Iterable<Directive>): Generator<string> {
  for (const doc of documents) yield `${JSON.stringify({ type: 'document', ...doc })}\n`;
  for (const d of directives) yield `${JSON.stringify({ type: 'directive', ...d })}\n`;
}

export async function runExport(options: ExportOptions, globals: GlobalOptions): Promise<number> {
  const path = corpusPath(globals);
  const format = options.ndjson ? exportNdjson : exportJson;
  if (isStoreDirectory(path)) {
    const store = Store.open(path, { readonly: true });
    try {
      await writeStream(format(store.exportDocuments(), store.exportDirectives()));
    } finally {
      store.close();
    }
    return 0;
  }
  // a JSON corpus (the built-in one, or --corpus FILE.json) exports as it is
  const reader = await openReader(path);
  const documents = reader.documents().map((meta) => reader.document(meta.id)!);
  await writeStream(format(documents, reader.list({})));
  return 0;
}
