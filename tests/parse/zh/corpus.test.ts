import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chineseParser } from '../../../src/parse/zh/index.js';
import { EVAL } from '../../helpers/paths.js';

const CORPUS = `${EVAL}corpus/zh/`;
const DEV = `${EVAL}dev/docs/`;

describe('the Chinese corpus', () => {
  const files = readdirSync(CORPUS).filter((file) => file.endsWith('.txt'));

  it('has documents to parse', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s parses with exact, ordered, trimmed offsets', (file) => {
    const text = readFileSync(CORPUS + file, 'utf8');
    const directives = chineseParser.directives(text);
    expect(directives.length).toBeGreaterThan(0);
    let previous = 0;
    for (const d of directives) {
      expect(d.start).toBeGreaterThanOrEqual(previous);
      expect(d.end).toBeGreaterThan(d.start);
      expect(d.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(d.start, d.end)).not.toMatch(/^[\s，。；：]|[\s，。；：]$/);
      previous = d.end;
    }
    expect(() => chineseParser.metadata(text)).not.toThrow();
  });
});

describe('a dev document', () => {
  it('zh-08 yields its twelve directives', () => {
    const text = readFileSync(DEV + 'zh-08_xwlb_20240122.txt', 'utf8');
    const directives = chineseParser.directives(text);
    expect(directives).toHaveLength(12);
    expect(directives.at(-1)).toMatchObject({ force: 'will', reporting: 'decide', cue: null });
  });
});
