import { isStoreDirectory } from '../corpus/layout.js';
import { isPostgresUrl } from '../corpus/pg/address.js';

export { isServerUrl, isWritableCorpus } from './corpus-kind.js';
import { loadCorpus } from '../corpus/load.js';
import type { CheckReport, RepairReport } from '../model/check.js';
import type { Corpus } from '../model/types.js';
import { CliError, UsageError } from '../errors.js';
import { memoryBackend } from './engines/memory.js';
import type { CorpusWriter } from './backend.js';
import { createReader, type CorpusReader, type ReaderOptions } from './reader.js';

/**
 * Open whatever `path` names: a corpus folder (SQLite, loaded only then so the
 * JSON path never pays for the native module), or a corpus JSON file (or a
 * folder holding corpus.json), read into memory.
 */
export async function openReader(path: string, options: ReaderOptions = {}): Promise<CorpusReader> {
  if (isPostgresUrl(path)) {
    // the server's client (pg, in a worker thread) is loaded only for a postgres:// corpus
    const [{ PgStore }, { postgresBackend }] = await Promise.all([import('../corpus/pg/store.js'), import('./engines/postgres.js')]);
    return createReader(postgresBackend(PgStore.open(path, { readonly: true })), options);
  }
  if (isStoreDirectory(path)) {
    const [{ Store }, { sqliteBackend }] = await Promise.all([import('../corpus/store.js'), import('./engines/sqlite.js')]);
    return createReader(sqliteBackend(Store.open(path, { readonly: true })), options);
  }
  return createReader(memoryBackend(loadCorpus(path)), options);
}

/** A reader over a corpus already in memory (tests, the TUI's worker). */
export function memoryReader(corpus: Corpus, options: ReaderOptions = {}): CorpusReader {
  return createReader(memoryBackend(corpus), options);
}

/** Whether `path` names a corpus one can write to: a corpus folder, or a PostgreSQL server (checked when opened). */

/** Open a corpus folder, or a postgres:// corpus, for writing (`create`: make it first, as `init` does; `schema`: PostgreSQL's, else the URL's). */
export async function openWriter(dir: string, options: { create?: boolean; schema?: string } = {}): Promise<CorpusWriter & { created?: boolean }> {
  if (isPostgresUrl(dir)) {
    const [{ PgStore }, { postgresWriter }] = await Promise.all([import('../corpus/pg/store.js'), import('./engines/postgres.js')]);
    const store = PgStore.open(dir, options);
    return { ...postgresWriter(store), created: store.created };
  }
  const [{ Store }, { sqliteWriter }] = await Promise.all([import('../corpus/store.js'), import('./engines/sqlite.js')]);
  return sqliteWriter(Store.open(dir, options));
}

/**
 * `directives check`: a corpus folder's database, indexes and rows (corpus/sqlite/check.ts);
 * a corpus JSON is checked by loading it.
 */
export async function checkCorpus(path: string): Promise<CheckReport> {
  if (isStoreDirectory(path)) {
    const { checkStore } = await import('../corpus/sqlite/check.js');
    return checkStore(path);
  }
  try {
    const corpus = loadCorpus(path);
    return { path, documents: corpus.documents.length, directives: corpus.directives.length, problems: [], problemCount: 0, damaged: false, lostDocuments: 0, lostDirectives: 0, unreadableRows: false };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return { path, documents: 0, directives: 0, problems: [error.message], problemCount: 1, damaged: true, lostDocuments: 0, lostDirectives: 0, unreadableRows: true };
  }
}

/** `directives check --repair`: a corpus folder rebuilt from the rows it still holds (corpus/sqlite/repair.ts). */
export async function repairCorpus(path: string): Promise<RepairReport> {
  if (!isStoreDirectory(path)) throw new UsageError(`${path}: --repair works on a corpus folder (a corpus JSON is repaired by editing it)`);
  const { repairStore } = await import('../corpus/sqlite/repair.js');
  return repairStore(path);
}
