import { isStoreDirectory } from '../corpus/layout.js';
import { loadCorpus } from '../corpus/load.js';
import type { Corpus } from '../model/types.js';
import { memoryBackend } from './engines/memory.js';
import type { CorpusWriter } from './backend.js';
import { createReader, type CorpusReader, type ReaderOptions } from './reader.js';

/**
 * Open whatever `path` names: a corpus folder (SQLite, loaded only then so the
 * JSON path never pays for the native module), or a corpus JSON file (or a
 * folder holding corpus.json), read into memory.
 */
export async function openReader(path: string, options: ReaderOptions = {}): Promise<CorpusReader> {
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

/** Open a corpus folder for writing (`create`: make it first, as `init` does). */
export async function openWriter(dir: string, options: { create?: boolean } = {}): Promise<CorpusWriter> {
  const [{ Store }, { sqliteWriter }] = await Promise.all([import('../corpus/store.js'), import('./engines/sqlite.js')]);
  return sqliteWriter(Store.open(dir, options));
}
