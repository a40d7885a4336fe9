import { describe, expect, it } from 'vitest';
import type { Directive } from '../../src/model/types.js';
import { forcePairCounts } from '../../src/query/align/forces.js';
import type { AlignedPair, Alignment } from '../../src/query/align/index.js';
import { forceContrast, renderAlignJson, renderAlignNdjson, renderAlignReport, renderAlignTsv, renderForcePairs, type AlignedDocuments } from '../../src/render/align.js';
import { PLAIN_THEME } from '../../src/render/theme.js';
import type { Force } from '../../src/vocab/forces.js';

const directive = (id: string, text: string, force: Force, cue: string | null = null): Directive => ({
  id,
  doc: id.split('-')[0]!,
  start: 0,
  end: text.length,
  text,
  force,
  cue,
  reporting: null,
  issuer: null,
  addressee: null,
  actions: [],
  purpose: null,
  themes: [],
  paragraph: 0,
  sentence: 0,
});

const pair = (en: Directive[], zh: Directive[], confidence: number): AlignedPair => ({ en, zh, force: [en[0]?.force ?? null, zh[0]?.force ?? null], confidence });

const PAIRS: AlignedPair[] = [
  pair([directive('e-1', 'All localities should ease the burden on small businesses', 'should', 'should')], [directive('z-1', '各地要减轻小微企业负担', 'necessary', '要')], 0.93),
  pair([directive('e-2', 'We must create jobs', 'must', 'must')], [directive('z-2', '必须创造就业', 'must', '必须')], 0.9),
  pair([directive('e-3', 'We will cut taxes\u001b[31m', 'will', 'we will')], [], 0),
  pair([], [directive('z-3', '要保护生态', 'necessary', '要')], 0),
];
const alignment = (verdict: Alignment['verdict']): Alignment => ({ pairs: PAIRS, verdict, excerpt: false, relatedness: { agreement: verdict === 'translation' ? 0.8 : 0.1, chance: 0.05, related: verdict === 'translation' }, segments: { en: 3, zh: 3, beads: 3 } });
const DOCS: AlignedDocuments = { en: { id: 'e', name: 'report-en.txt', directives: 3 }, zh: { id: 'z', name: 'report-zh.txt', directives: 3 } };

describe('align renderers', () => {
  it('draws English | Chinese side by side, marking forces that differ and directives without counterpart', () => {
    expect(renderAlignReport(alignment('translation'), PAIRS, DOCS, 80, PLAIN_THEME)).toMatchInlineSnapshot(`
      "English e report-en.txt (3 directives)
      Chinese z report-zh.txt (3 directives)
      2 pairs · forces differ in 1 · 1 English and 1 Chinese directives without counterpart

      should All localities should ease the  │ necessary 各地要减轻小微企业负担
             burden on small businesses      │
        ≠ should ↔ 要 (necessary)  confidence 0.93

      must We must create jobs               │ must 必须创造就业

      will We will cut taxes\\x1b[31m         │ —
        ∅ no Chinese counterpart

      —                                      │ necessary 要保护生态
        ∅ no English counterpart"
    `);
  });

  it('says when the documents look unrelated', () => {
    expect(renderAlignReport(alignment('unrelated'), [], DOCS, 80, PLAIN_THEME)).toMatch(/These documents look unrelated: .* share 10% .* chance gives \(5%\)/);
  });

  it('reads a force contrast as the issue writes it: should ↔ 要 (necessary)', () => {
    expect(forceContrast(PAIRS[0]!)).toBe('should ↔ 要 (necessary)');
  });

  it('prints JSON pairs with ids only, one pair a line, and NDJSON the same records', () => {
    const json = renderAlignJson(alignment('translation'), PAIRS, DOCS);
    const parsed = JSON.parse(json) as { verdict: string; pairs: unknown[] };
    expect(parsed.verdict).toBe('translation');
    expect(parsed.pairs[0]).toEqual({ en: ['e-1'], zh: ['z-1'], force: ['should', 'necessary'], confidence: 0.93 });
    expect(parsed.pairs[3]).toEqual({ en: [], zh: ['z-3'], force: [null, 'necessary'], confidence: 0 });
    expect(renderAlignNdjson(PAIRS).split('\n').map((l) => JSON.parse(l) as unknown)).toEqual(parsed.pairs);
    // JSON stays exact: the escape in the text is not there (ids only), nothing sanitized away
    expect(json).not.toMatch(/\\u001b/);
  });

  it('prints TSV with escapes made visible', () => {
    const tsv = renderAlignTsv(PAIRS).split('\n');
    expect(tsv[2]).toBe('e-3\t\twill\t\t0\tWe will cut taxes\\x1b[31m\t');
    expect(tsv.every((line) => line.split('\t').length === 7)).toBe(true);
  });

  it('tabulates force pairs, English down and Chinese across', () => {
    const counts = forcePairCounts(PAIRS);
    expect(counts).toEqual([
      { en: 'must', zh: 'must', count: 1 },
      { en: 'should', zh: 'necessary', count: 1 },
    ]);
    expect(renderForcePairs(counts, 'table', PLAIN_THEME)).toMatchInlineSnapshot(`
      "en \\ zh            must  necessary
      must                  1          0
      should                0          1"
    `);
    expect(renderForcePairs(counts, 'tsv', PLAIN_THEME)).toBe('must\tmust\t1\nshould\tnecessary\t1');
  });
});
