import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DataError } from '../errors.js';
import { normalizeDate } from '../model/date.js';
import type { Corpus, Language } from '../model/types.js';
import { loadCorpus } from './load.js';
import { decodeText, readTextFile } from './read-text.js';

/** Metadata a text may carry at its top, or the command line may give (the flags win). */
export interface SuppliedMetadata {
  title?: string;
  date?: string;
  place?: string;
  sourceUrl?: string;
  lang?: Language;
}

export interface TextInput {
  kind: 'text';
  /** File name shown and stored, or null for standard input. */
  name: string | null;
  /** The text without its front matter: what offsets index into and what is hashed. */
  text: string;
  meta: SuppliedMetadata;
}

export interface CorpusInput {
  kind: 'corpus';
  name: string;
  corpus: Corpus;
}

export type Input = TextInput | CorpusInput;

const TEXT_EXTENSIONS = /\.(?:txt|text|md|markdown)$/i;
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const KEYS: Record<string, keyof SuppliedMetadata> = {
  title: 'title',
  date: 'date',
  place: 'place',
  'source-url': 'sourceUrl',
  source_url: 'sourceUrl',
  sourceurl: 'sourceUrl',
  url: 'sourceUrl',
  source: 'sourceUrl',
  lang: 'lang',
  language: 'lang',
};

/**
 * A small front-matter header (issue 5):
 *
 *     ---
 *     title: State Council executive meeting
 *     date: 2024-01-22
 *     place: Beijing
 *     source-url: https://…
 *     ---
 *
 * Unknown keys are refused, so a typo does not silently drop metadata.
 */
export function splitFrontMatter(text: string, name: string): { text: string; meta: SuppliedMetadata } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { text, meta: {} };
  const meta: SuppliedMetadata = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const kv = /^\s*([A-Za-z_-]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv) throw new DataError(`${name}: front matter line is not "key: value": ${JSON.stringify(line)}`);
    const key = KEYS[kv[1]!.toLowerCase()];
    if (!key) throw new DataError(`${name}: unknown front matter key "${kv[1]}" (known: title, date, place, source-url, lang)`);
    const value = kv[2]!.replace(/^(["'])(.*)\1$/, '$2');
    if (key === 'lang') {
      if (value !== 'en' && value !== 'zh') throw new DataError(`${name}: front matter lang must be en or zh, not ${JSON.stringify(value)}`);
      meta.lang = value;
    } else if (key === 'date') {
      const date = normalizeDate(value);
      if (date === null) throw new DataError(`${name}: front matter date is not a date: ${JSON.stringify(value)}`);
      meta.date = date;
    } else {
      meta[key] = value;
    }
  }
  const body = text.slice(m[0].length);
  if (body.trim() === '') throw new DataError(`${name}: no text after the front matter`);
  return { text: body, meta };
}

/** Text files in a folder, recursively, in a stable (sorted) order; hidden entries skipped. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (path: string): void => {
    let entries;
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch (error) {
      throw new DataError(`${path}: cannot read folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue;
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && (TEXT_EXTENSIONS.test(entry.name) || entry.name.endsWith('.json'))) out.push(full);
    }
  };
  walk(dir);
  return out;
}

/** Expand the command line's paths into the files to read, in order. */
export function expandPaths(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (path === '-') {
      files.push(path);
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      // readTextFile reports a missing file with its own message
    }
    if (isDir) {
      const found = filesUnder(path);
      if (found.length === 0) throw new DataError(`${path}: no .txt, .md or .json files in this folder`);
      for (const file of found) files.push(file);
    } else files.push(path);
  }
  return files;
}

/** Read one input: a corpus JSON (exported or printed by `parse --json`) or a text file. */
export function readInput(path: string, stdin: () => Uint8Array): Input {
  if (path !== '-' && /\.json$/i.test(path)) return { kind: 'corpus', name: path, corpus: loadCorpus(path) };
  const name = path === '-' ? 'standard input' : path;
  const raw = path === '-' ? decodeText(stdin(), name) : readTextFile(path);
  const { text, meta } = splitFrontMatter(raw, name);
  return { kind: 'text', name: path === '-' ? null : basename(path), text, meta };
}
