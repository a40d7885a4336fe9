import { DataError } from '../../errors.js';
import { normalizeDate } from '../../model/date.js';
import type { SuppliedMetadata } from './types.js';

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
