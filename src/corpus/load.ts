import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataError } from '../errors.js';
import type { Corpus } from '../model/types.js';
import { validateCorpus } from '../model/validate.js';
import { STORE_FILE } from './layout.js';

/** The corpus shipped in the package (`files` includes `data`). */
export const BUILTIN_CORPUS = fileURLToPath(new URL('../../data/corpus.json', import.meta.url));

/** A directory may later hold a SQLite corpus (another issue); for now it means its corpus.json. */
export const CORPUS_FILE_IN_DIRECTORY = 'corpus.json';

function resolveFile(path: string): string {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DataError(`${path}: no such corpus file or folder (make a corpus folder with \`directives init\`)`);
    if (code === 'EACCES') throw new DataError(`${path}: permission denied`);
    throw new DataError(`${path}: cannot read (${code ?? 'unknown error'})`);
  }
  if (!stats.isDirectory()) return path;
  const inner = join(path, CORPUS_FILE_IN_DIRECTORY);
  try {
    statSync(inner);
  } catch {
    throw new DataError(`${path}: not a corpus: the folder holds neither ${STORE_FILE} (a corpus folder; create one with \`directives init ${path}\`) nor ${CORPUS_FILE_IN_DIRECTORY}`);
  }
  return inner;
}

/** Read and validate a corpus JSON as `directives parse --json` prints it. */
export function loadCorpus(path: string = BUILTIN_CORPUS): Corpus {
  const file = resolveFile(path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DataError(`${file}: cannot read (${code ?? 'unknown error'})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataError(`${file}: not valid JSON (${text.trim() === '' ? 'file is empty' : reason})`);
  }
  return validateCorpus(value, file);
}
