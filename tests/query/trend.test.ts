import { describe, expect, it } from 'vitest';
import { periodOf, tallyDates, trendOf } from '../../src/query/trend.js';
import { resolveDocument } from '../../src/query/resolve-document.js';
import type { Directive, DocumentMeta } from '../../src/model/types.js';

describe('periodOf', () => {
  it.each([
    ['2022-03-15', 'year', '2022'],
    ['2022-03-15', 'quarter', '2022-Q1'],
    ['2022-11', 'quarter', '2022-Q4'],
    ['2022-03-15', 'month', '2022-03'],
    ['2022', 'month', 'coarse'],
    ['--09-21', 'year', 'undated'],
    [null, 'year', 'undated'],
  ] as const)('%s by %s → %s', (date, by, period) => {
    expect(periodOf(date, by)).toBe(period);
  });
});

describe('trendOf', () => {
  it('fills empty periods between the first and the last', () => {
    const t = trendOf([{ date: '2020-05', force: 'must', count: 2 }, { date: '2022-01-01', force: 'should', count: 3 }], 'year');
    expect(t.buckets.map((b) => [b.period, b.count])).toEqual([['2020', 2], ['2021', 0], ['2022', 3]]);
    expect(t.total).toBe(5);
  });

  it('rolls quarters and months over a year end', () => {
    const q = trendOf([{ date: '2021-11', force: 'must', count: 1 }, { date: '2022-02', force: 'must', count: 1 }], 'quarter');
    expect(q.buckets.map((b) => b.period)).toEqual(['2021-Q4', '2022-Q1']);
    const m = trendOf([{ date: '2021-11', force: 'must', count: 1 }, { date: '2022-02', force: 'must', count: 1 }], 'month');
    expect(m.buckets.map((b) => b.period)).toEqual(['2021-11', '2021-12', '2022-01', '2022-02']);
  });

  it('counts undated, year-less and year-only directives apart, never dropping them', () => {
    const t = trendOf(
      [
        { date: '--09-21', force: 'must', count: 4 },
        { date: null, force: 'will', count: 1 },
        { date: '2022', force: 'should', count: 2 },
        { date: '2022-05-01', force: 'should', count: 3 },
      ],
      'month',
    );
    expect(t.undated).toEqual({ count: 5, yearless: 4, forces: { must: 4, will: 1 } });
    expect(t.coarse).toEqual({ count: 2, forces: { should: 2 } });
    expect(t.buckets).toEqual([{ period: '2022-05', count: 3, forces: { should: 3 } }]);
    expect(t.total).toBe(10);
  });

  it('tallies directives by their document month and force (no period needs the day)', () => {
    const docs = new Map([
      ['x', { id: 'x', date: '2023-01-02' } as DocumentMeta],
      ['y', { id: 'y', date: '2023-01-30' } as DocumentMeta],
      ['z', { id: 'z', date: '--01-30' } as DocumentMeta],
      ['w', { id: 'w', date: '2023' } as DocumentMeta],
    ]);
    const d = (force: Directive['force'], doc = 'x'): Directive => ({ doc, force }) as Directive;
    expect(tallyDates([d('must'), d('must', 'y'), d('may'), d('may', 'z'), d('will', 'w')], docs)).toEqual([
      { date: '2023-01', force: 'must', count: 2 },
      { date: '2023-01', force: 'may', count: 1 },
      { date: '--01-30', force: 'may', count: 1 },
      { date: '2023', force: 'will', count: 1 },
    ]);
  });
});

describe('resolveDocument', () => {
  const doc = (id: string, title: string, file: string | null = null) => ({ id, title, file } as DocumentMeta);
  const docs = [doc('aa11bb22', 'Water conservancy meeting', 'water.txt'), doc('aa99cc00', 'Flood control meeting'), doc('ff00ee11', 'Terminal notice')];
  it('prefers an exact id or file, then a unique prefix, then a unique title match', () => {
    expect(resolveDocument('water.txt', docs)).toMatchObject({ kind: 'found', doc: { id: 'aa11bb22' } });
    expect(resolveDocument('ff', docs)).toMatchObject({ kind: 'found', doc: { id: 'ff00ee11' } });
    expect(resolveDocument('flood', docs)).toMatchObject({ kind: 'found', doc: { id: 'aa99cc00' } });
  });
  it('lists candidates when ambiguous, and finds none for nonsense', () => {
    const r = resolveDocument('aa', docs);
    expect(r.kind === 'ambiguous' && r.candidates.map((d) => d.id)).toEqual(['aa11bb22', 'aa99cc00']);
    expect(resolveDocument('meeting', docs).kind).toBe('ambiguous');
    expect(resolveDocument('zzz', docs).kind).toBe('none');
  });
});
