import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The file that makes a folder a corpus you own (SQLite); see corpus/store.ts. */
export const STORE_FILE = 'corpus.sqlite';

export function isStoreDirectory(path: string): boolean {
  return existsSync(join(path, STORE_FILE));
}
