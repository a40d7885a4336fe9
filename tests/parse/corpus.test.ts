import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { EVAL } from '../helpers/paths.js';

const files = ['en', 'zh'].flatMap((lang) =>
  readdirSync(`${EVAL}corpus/${lang}`)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => `${lang}/${f}`),
);

describe('every document of shared/corpus', () => {
  it('is there to test', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s parses with exact offsets and unique ids', (file) => {
    const source = readFileSync(`${EVAL}corpus/${file}`, 'utf8');
    const { document, directives } = parseDocument(source, { file });
    expect(document.language).toBe(file.slice(0, 2));
    expect(directives.length).toBeGreaterThan(0);
    let previousStart = -1;
    for (const d of directives) {
      expect(source.slice(d.start, d.end)).toBe(d.text);
      expect(d.text.trim()).toBe(d.text);
      expect(d.start).toBeGreaterThanOrEqual(previousStart);
      previousStart = d.start;
    }
    expect(new Set(directives.map((d) => d.id)).size).toBe(directives.length);
    expect(parseDocument(source, { file }).directives).toEqual(directives);
  });
});
