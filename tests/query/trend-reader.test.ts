import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/corpus/store.js';
import type { Corpus } from '../../src/model/types.js';
import { corpusItems } from '../../src/model/write.js';
import { sqliteBackend } from '../../src/query/engines/sqlite.js';
import { memoryReader } from '../../src/query/open.js';
import { createReader, type CorpusReader } from '../../src/query/reader.js';
import { trendOf, type DateCount } from '../../src/query/trend.js';
import { syntheticCorpus } from '../fixtures/synthetic.js';

// some documents dated only by year, some without a year, one undated: all must be counted alike by both readers
const base = syntheticCorpus(1500);
const corpus: Corpus = {
  schemaVersion: 1,
  directives: base.directives,
  documents: base.documents.map((doc, i) => ({ ...doc, date: i % 7 === 1 ? doc.date!.slice(0, 4) : i % 7 === 2 ? `--${doc.date!.slice(5)}` : i === 3 ? null : doc.date })),
};
const full = memoryReader(corpus);
let indexed: CorpusReader;

beforeAll(() => {
  const store = Store.open(mkdtempSync(join(tmpdir(), 'directives-trend-')), { create: true });
  store.add(corpusItems(corpus));
  indexed = createReader(sqliteBackend(store));
});
afterAll(() => indexed.close());

const sorted = (rows: DateCount[]): DateCount[] => [...rows].sort((x, y) => `${x.date}${x.force}`.localeCompare(`${y.date}${y.force}`));
const merged = (rows: DateCount[]): DateCount[] => {
  const m = new Map<string, DateCount>();
  for (const r of rows) {
    const key = `${r.date}|${r.force}`;
    const got = m.get(key);
    if (got) got.count += r.count;
    else m.set(key, { ...r });
  }
  return sorted([...m.values()]);
};

describe('counts by date: the store agrees with the memory reader', () => {
  it('dateCounts, with and without criteria', () => {
    for (const criteria of [{}, { minForce: 'should' as const }, { theme: 'ecolog' }]) {
      expect(merged(indexed.dateCounts(criteria))).toEqual(merged(full.dateCounts(criteria)));
    }
    const total = full.dateCounts({}).reduce((n, r) => n + r.count, 0);
    expect(total).toBe(corpus.directives.length);
    expect(trendOf(indexed.dateCounts({}), 'month').total).toBe(corpus.directives.length);
  });

  it('per force on request, the same totals', () => {
    for (const criteria of [{}, { theme: 'ecolog' }]) {
      const forces = indexed.dateCounts(criteria, { byForce: true });
      expect(merged(forces)).toEqual(merged(full.dateCounts(criteria, { byForce: true })));
      expect(forces.every((r) => r.force !== null)).toBe(true);
      expect(forces.reduce((n, r) => n + r.count, 0)).toBe(full.count(criteria));
    }
  });

  it('of a search: the store counts what its word index finds, in SQL', () => {
    const count = (rows: DateCount[]): number => rows.reduce((n, r) => n + r.count, 0);
    const inStore = count(indexed.dateCounts({}, { query: 'school enterprise' }));
    const inMemory = count(full.dateCounts({}, { query: 'school enterprise' }));
    expect(inStore).toBeGreaterThan(0);
    expect(inMemory).toBeGreaterThan(0);
    expect(inStore).toBeLessThan(corpus.directives.length);
    // every directive holding both words is found by both
    const both = corpus.directives.filter((d) => /school/i.test(d.text) && /enterprise/i.test(d.text)).length;
    expect(inStore).toBeGreaterThanOrEqual(both);
    expect(inMemory).toBeGreaterThanOrEqual(both);
    // a query the index cannot narrow (a negation alone) is ranked from a scan, still counted
    expect(count(indexed.dateCounts({}, { query: '!zzzz' }))).toBeGreaterThan(0);
  });

  it('facets by year and month', () => {
    for (const by of ['year', 'month'] as const) {
      expect(indexed.facets(by, {}), by).toEqual(full.facets(by, {}));
    }
    const years = full.facets('year', {});
    expect(years.find((c) => c.value === null)!.count).toBeGreaterThan(0);
    expect(years.every((c) => c.value === null || /^\d{4}$/.test(c.value))).toBe(true);
    expect(full.facets('month', {}).every((c) => c.value === null || /^\d{4}-\d{2}$/.test(c.value))).toBe(true);
  });
});
