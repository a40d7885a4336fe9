import { describe, expect, it } from 'vitest';
// the scorer's gold reader, shared with `npm run eval:align`
// @ts-expect-error a plain .mjs script without type declarations
import { documentOf, rates, readTmx, reflowedDocumentOf, scorePairs } from '../../../scripts/align-gold.mjs';
import { parseDocument } from '../../../src/parse/index.js';
import { alignDocuments } from '../../../src/query/align/index.js';
import { EVAL } from '../../helpers/paths.js';

interface Built {
  text: string;
  starts: number[];
}
type Unit = { en: string; zh: string };
const gold = (year: number): Unit[] => readTmx(`${EVAL}parallel/gwr/GR${year}.tmx`) as Unit[];

function score(en: Built, zh: Built): { precision: number; recall: number } {
  const e = parseDocument(en.text, { language: 'en' });
  const z = parseDocument(zh.text, { language: 'zh' });
  const pairs = alignDocuments(e, z).pairs.map((p) => ({ en: p.en.map((d) => d.id), zh: p.zh.map((d) => d.id) }));
  return rates(scorePairs(pairs, e.directives, z.directives, en.starts, zh.starts)) as { precision: number; recall: number };
}

// A smaller `npm run eval:align`: two years, with bounds a little under the goal (P ≥ 0.95, R ≥ 0.90)
describe('alignment against the parallel work reports', () => {
  it.each([2015, 2020])('GR%i: directive pairs agree with the translation units', (year) => {
    const units = gold(year);
    const { precision, recall } = score(documentOf(units, 'en') as Built, documentOf(units, 'zh') as Built);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.88);
  });

  it('layout does not matter: the English re-flowed into paragraphs, the Chinese one segment a line', () => {
    const units = gold(2015);
    const reflowed = reflowedDocumentOf(units, 'en') as Built;
    expect(reflowed.text.split('\n').length).toBeLessThan(units.length / 3);
    const { precision, recall } = score(reflowed, documentOf(units, 'zh') as Built);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.88);
  });

  it('an English excerpt finds its place in the whole Chinese report', () => {
    const units = gold(2015);
    const from = Math.floor(units.length * 0.45);
    const excerpt = units.map((u, k) => (k >= from && k < from + 60 ? u : { ...u, en: '' }));
    const { precision, recall } = score(documentOf(excerpt, 'en') as Built, documentOf(units, 'zh') as Built);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });

  it('two years that are not translations of each other are called unrelated', () => {
    const en = parseDocument((documentOf(gold(2015), 'en') as Built).text, { language: 'en' });
    const zh = parseDocument((documentOf(gold(2020), 'zh') as Built).text, { language: 'zh' });
    const alignment = alignDocuments(en, zh);
    expect(alignment.verdict).toBe('unrelated');
    expect(alignment.pairs.filter((p) => p.en.length && p.zh.length)).toEqual([]);
  });

  it('aligns two full reports (~750 segments a side) as translations', () => {
    // how fast is bench/align.mjs's to say (medians), not a timed test's
    const units = gold(2018);
    const en = parseDocument((documentOf(units, 'en') as Built).text, { language: 'en' });
    const zh = parseDocument((documentOf(units, 'zh') as Built).text, { language: 'zh' });
    const alignment = alignDocuments(en, zh);
    expect(alignment.verdict).not.toBe('unrelated');
    expect(alignment.pairs.filter((p) => p.en.length && p.zh.length).length).toBeGreaterThan(200);
  });
});
