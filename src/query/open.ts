import { isStoreDirectory } from '../corpus/layout.js';
import { loadCorpus } from '../corpus/load.js';
import { memoryReader, type CorpusReader } from './reader.js';

/**
 * Open whatever `path` names: a corpus folder (SQLite, loaded only then so the
 * JSON path never pays for the native module), or a corpus JSON file (or a
 * folder holding corpus.json), read into memory.
 */
export async function openReader(path: string): Promise<CorpusReader> {
  if (isStoreDirectory(path)) {
    const [{ Store }, { storeReader }] = await Promise.all([import('../corpus/store.js'), import('./store-reader.js')]);
    return storeReader(Store.open(path, { readonly: true }));
  }
  return memoryReader(loadCorpus(path));
}
