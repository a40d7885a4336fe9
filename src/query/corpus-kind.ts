import { isStoreDirectory } from '../corpus/layout.js';
import { isPostgresUrl } from '../corpus/pg/address.js';

/** A `--corpus` naming a database server (postgres://…) rather than a folder or a file. */
export function isServerUrl(path: string): boolean {
  return isPostgresUrl(path);
}

/** A corpus one can write to: a corpus folder, or a server. */
export function isWritableCorpus(path: string): boolean {
  return isServerUrl(path) || isStoreDirectory(path);
}
