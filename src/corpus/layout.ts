import { existsSync, readdirSync, statSync } from 'node:fs';
import { DataError } from '../errors.js';
import { join } from 'node:path';

/** The file that makes a folder a corpus you own (SQLite); see corpus/store.ts. */
export const STORE_FILE = 'corpus.sqlite';

export function isStoreDirectory(path: string): boolean {
  return existsSync(join(path, STORE_FILE));
}

/**
 * `init` makes a corpus only in a new or empty folder (issue 13): a folder
 * of someone's files is not turned into a corpus by a typo.
 */
export function checkNewCorpusFolder(dir: string): void {
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new DataError(`${dir}: is a file, not a folder; give a new folder to \`directives init\``);
    entries = readdirSync(dir).filter((name) => !name.startsWith('.'));
  } catch (error) {
    if (error instanceof DataError) throw error;
    return; // a folder that does not exist yet is created
  }
  if (entries.length > 0) {
    throw new DataError(`${dir}: folder is not empty and not a corpus; \`directives init\` needs a new or empty folder (e.g. \`directives init ${dir.replace(/\/+$/, '')}/corpus\`)`);
  }
}
