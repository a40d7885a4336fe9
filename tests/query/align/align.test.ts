import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, type ParsedDocument } from '../../../src/parse/index.js';
import { anchorsOf } from '../../../src/query/align/anchors.js';
import { alignSegments, type SegmentFeatures } from '../../../src/query/align/dp.js';
import { forcePairCounts, isMismatched } from '../../../src/query/align/forces.js';
import { alignDocuments, type Alignment } from '../../../src/query/align/index.js';
import { segmentDocument } from '../../../src/query/align/segments.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/align/${name}`, import.meta.url), 'utf8');
const EN = fixture('report-en.txt');
const ZH = fixture('report-zh.txt');

/** Pairs as "en texts | zh texts", independent of ids (which change with the layout). */
function pairTexts(alignment: Alignment): string[] {
  return alignment.pairs.filter((p) => p.en.length && p.zh.length).map((p) => `${p.en.map((d) => d.text).join(' + ')} | ${p.zh.map((d) => d.text).join(' + ')}`);
}

const align = (en: string, zh: string): { alignment: Alignment; en: ParsedDocument; zh: ParsedDocument } => {
  const e = parseDocument(en, { language: 'en' });
  const z = parseDocument(zh, { language: 'zh' });
  return { alignment: alignDocuments(e, z), en: e, zh: z };
};

describe('anchors', () => {
  it.each([
    ['1.5 trillion yuan', '1.5万亿元', '1500000000000'],
    ['over 10 million graduates', '1000多万毕业生', '10000000'],
    ['around 6.5 percent', '6.5%左右', '6.5%'],
    ['21 million units', '2100万套', '21000000'],
  ])('reads "%s" and "%s" as the same number', (en, zh, token) => {
    expect(anchorsOf(en, 'en').strong).toContain(token);
    expect(anchorsOf(zh, 'zh').strong).toContain(token);
  });

  it('reads a date in both languages as its month, day and year', () => {
    expect(anchorsOf('on March 5, 2015', 'en').strong.sort()).toEqual(['2015', '3', '5']);
    expect(anchorsOf('2015年3月5日', 'zh').strong.sort()).toEqual(['2015', '3', '5']);
  });

  it('reads list and section markers', () => {
    expect(anchorsOf('First, we will cut taxes.', 'en').strong).toEqual(['#1']);
    expect(anchorsOf('一是减税降费。', 'zh').strong).toEqual(['#1']);
    expect(anchorsOf('II. Tasks for This Year', 'en').strong).toEqual(['§2']);
    expect(anchorsOf('二、今年的任务', 'zh').strong).toEqual(['§2']);
  });

  it('finds concepts of the bilingual table on both sides, and not 进一步 as a count', () => {
    const en = anchorsOf('We will deepen reform of state-owned enterprises.', 'en');
    const zh = anchorsOf('进一步深化国有企业改革。', 'zh');
    expect(en.terms.length).toBeGreaterThan(1);
    expect(zh.terms.sort()).toEqual(en.terms.sort());
    expect(zh.weak).toEqual([]);
  });
});

describe('segment alignment', () => {
  const features = (text: string, language: 'en' | 'zh'): SegmentFeatures[] =>
    segmentDocument(text, language).map((s) => ({ length: s.length, heading: s.heading, anchors: anchorsOf(text.slice(s.start, s.end), language) }));

  it('splits sentences inside lines and keeps headings apart', () => {
    const segments = segmentDocument('I. Tasks\nWe will act. The U.S. side agreed. Done!\n', 'en');
    expect(segments.map((s) => s.heading)).toEqual([true, false, false, false]);
    expect(segmentDocument('一、任务\n要行动。要落实！\n', 'zh').length).toBe(3);
  });

  it('joins two English sentences that translate one Chinese sentence (a 2:1 bead)', () => {
    const en = 'Growth was 7 percent. We will cut taxes by 500 billion yuan. This will help firms grow faster. Prices rose 2 percent.';
    const zh = '经济增长7%。减税5000亿元，帮助企业更快发展。物价上涨2%。';
    const beads = alignSegments(features(en, 'en'), features(zh, 'zh'), { ratio: 3.5, variance: 20 });
    expect(beads.map((b) => [b.en, b.zh])).toEqual([
      [[0, 1], [0, 1]],
      [[1, 3], [1, 2]],
      [[3, 4], [2, 3]],
    ]);
  });
});

describe('alignDocuments', () => {
  it('pairs each English directive with the Chinese one it translates: one-to-one, one-to-many, or none', () => {
    const { alignment } = align(EN, ZH);
    expect(alignment.verdict).toBe('translation');
    expect(pairTexts(alignment)).toEqual([
      'We must create over 11 million new urban jobs | 城镇新增就业要达到1100万人以上',
      'all localities should ease the burden on small businesses | 各地要减轻小微企业负担',
      'Second, we will build 5,000 kilometers of new railways | 二是新建铁路5000公里',
      'The government must not waste public money | 政府必须严禁浪费公共资金',
      'We will raise the basic pension by 5 percent + we will help 10 million rural people out of poverty | 要帮助农村1000万贫困人口脱贫',
    ]);
    const lonely = alignment.pairs.filter((p) => p.zh.length === 0).map((p) => p.en[0]!.text);
    expect(lonely).toContain('This year, we will keep GDP growth at around 6.5 percent');
    for (const p of alignment.pairs) {
      expect(p.confidence).toBeGreaterThanOrEqual(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
      if (p.en.length && p.zh.length) expect(p.confidence).toBeGreaterThan(0.5);
    }
  });

  it('keeps every directive of both sides exactly once', () => {
    const { alignment, en, zh } = align(EN, ZH);
    expect(alignment.pairs.flatMap((p) => p.en.map((d) => d.id)).sort()).toEqual(en.directives.map((d) => d.id).sort());
    expect(alignment.pairs.flatMap((p) => p.zh.map((d) => d.id)).sort()).toEqual(zh.directives.map((d) => d.id).sort());
  });

  it('gives the same pairs when one side is re-flowed into paragraphs', () => {
    const reflowed = 'I. Targets for This Year\n' + EN.split('\n').slice(1, 3).join(' ') + '\nII. Tasks for This Year\n' + EN.split('\n').slice(4).join(' ');
    expect(reflowed.split('\n').length).toBeLessThan(EN.split('\n').length);
    expect(pairTexts(align(reflowed, ZH).alignment)).toEqual(pairTexts(align(EN, ZH).alignment));
    const zhReflowed = ZH.split('\n').slice(0, 4).join('\n') + '\n' + ZH.split('\n').slice(4).join('');
    expect(zhReflowed.split('\n').length).toBeLessThan(ZH.split('\n').length);
    expect(pairTexts(align(EN, zhReflowed).alignment)).toEqual(pairTexts(align(EN, ZH).alignment));
  });

  it('says two documents that are not translations look unrelated, and pairs nothing', () => {
    const zh = '会议指出，要加强文物保护工作。\n各地要做好防汛抗旱准备。\n必须确保人民群众生命财产安全。\n要完善应急预案，加强值班值守。\n';
    const { alignment } = align(EN, zh);
    expect(alignment.verdict).toBe('unrelated');
    expect(pairTexts(alignment)).toEqual([]);
  });

  it('leaves every directive unpaired when the other side has none', () => {
    const { alignment, en } = align(EN, '一、今年的目标\n今年经济增长6.5%左右。\n');
    expect(alignment.pairs.filter((p) => p.zh.length === 0)).toHaveLength(en.directives.length);
    const empty = alignDocuments(parseDocument(EN, { language: 'en' }), { document: { id: 'x', language: 'zh', source: '' }, directives: [] });
    expect(empty.pairs.every((p) => p.zh.length === 0)).toBe(true);
    expect(empty.verdict).toBe('unrelated');
  });

  it('counts force pairs and flags what differs', () => {
    const { alignment } = align(EN, ZH);
    const counts = forcePairCounts(alignment.pairs);
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(pairTexts(alignment).length);
    expect(counts).toContainEqual({ en: 'must-not', zh: 'must', count: 1 });
    expect(alignment.pairs.filter(isMismatched).length).toBeGreaterThan(0);
    expect(alignment.pairs.filter((p) => !isMismatched(p)).every((p) => p.force[0] === p.force[1])).toBe(true);
  });
});
