import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/corpus/store.js';
import { memoryReader, type CorpusReader } from '../../src/query/reader.js';
import { storeReader } from '../../src/query/store-reader.js';
import { syntheticCorpus } from '../fixtures/synthetic.js';

const corpus = { schemaVersion: 1, ...syntheticCorpus(5000) };
let indexed: CorpusReader;
const full = memoryReader(corpus);

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'directives-store-'));
  const store = Store.open(dir, { create: true });
  store.add(Store.corpusItems(corpus));
  indexed = storeReader(store);
});
afterAll(() => indexed.close());

// realistic questions, with typos and fzf syntax, as analysts type them
const QUERIES = [
  'school enterprise',
  'moral skils',
  'food security',
  'ecological conservaton',
  'rural revitalization',
  'party leadership',
  'epidemic prevention',
  'vocational educaton',
  'clean energy',
  'corruption',
  'employment graduates',
  'supervision mechanism',
  'green developmnt yangtze',
  'tax refunds',
  'innovation driven',
  'social securty',
  'rental housing',
  'water pollution',
  'poverty alleviation',
  'digital economy',
  'public health emergency',
  'rule of law',
  "'security !food",
  'grain | energy',
  'technological self-reliance',
];

function averageOverlap(reader: CorpusReader, label: string, criteria = {}): number {
  const overlaps = QUERIES.map((query) => {
    const want = full.select({ query, criteria, sort: { limit: 10 } }).map((h) => h.directive.id);
    const got = reader.select({ query, criteria, sort: { limit: 10 } }).map((h) => h.directive.id);
    expect(want.length, query).toBeGreaterThan(0);
    return got.filter((id) => want.includes(id)).length / want.length;
  });
  const average = overlaps.reduce((a, b) => a + b, 0) / overlaps.length;
  console.log(`top-10 overlap, ${label} vs full scan, ${QUERIES.length} queries: ${(average * 100).toFixed(1)}%`);
  return average;
}

describe('indexed search on a 5,000-directive corpus', () => {
  it('returns essentially the top ten of a full fuse.js scan, from the SQLite store', () => {
    expect(averageOverlap(indexed, 'store')).toBeGreaterThanOrEqual(0.9);
  });

  it('does so from the in-memory index too, with filters', () => {
    const memory = memoryReader(corpus, { indexAbove: 0 });
    expect(averageOverlap(memory, 'memory index')).toBeGreaterThanOrEqual(0.9);
    expect(averageOverlap(memory, 'memory index, filtered', { minForce: 'should' })).toBeGreaterThanOrEqual(0.9);
  });

  it('answers list, count and facets from the store exactly as the in-memory reader', () => {
    const criteria = { forces: ['must' as const], addressee: 'local' };
    expect(indexed.count(criteria)).toBe(full.count(criteria));
    expect(indexed.list(criteria, { limit: 20 }).map((d) => d.id)).toEqual(full.list(criteria, { limit: 20 }).map((d) => d.id));
    expect(indexed.list({}, { key: 'force', reverse: true, limit: 15 }).map((d) => d.id)).toEqual(
      full.list({}, { key: 'force', reverse: true, limit: 15 }).map((d) => d.id),
    );
    for (const by of ['force', 'addressee', 'theme', 'doc'] as const) {
      expect(indexed.facets(by, { minForce: 'should' }), by).toEqual(full.facets(by, { minForce: 'should' }));
    }
    expect(indexed.count({ since: '2015', until: '2018-06' })).toBe(full.count({ since: '2015', until: '2018-06' }));
  });

  it('finds one directive and its document, with the source text', () => {
    const id = corpus.directives[1234]!.id;
    expect(indexed.directive(id)).toEqual(corpus.directives[1234]);
    const doc = indexed.document(corpus.directives[1234]!.doc)!;
    expect(doc.source.slice(corpus.directives[1234]!.start, corpus.directives[1234]!.end)).toBe(corpus.directives[1234]!.text);
    expect(indexed.closestIds(`${id}9`)).toContain(id);
  });
});

describe('Chinese on both readers', () => {
  const zh = {
    schemaVersion: 1,
    documents: [
      { id: 'zh000001', file: null, title: '国务院常务会议', date: '2024-01-22', place: null, issuer: null, event: null, participants: [], language: 'zh' as const, sha256: 'x'.repeat(64), parserVersion: 't', source: '要稳住经济大盘。推动经济稳定增长。加强生态环境综合治理。' },
    ],
    directives: [
      ['要稳住经济大盘', 0],
      ['推动经济稳定增长', 8],
      ['加强生态环境综合治理', 17],
    ].map(([text, start], i) => ({
      id: `zh000001-${i + 1}`, doc: 'zh000001', start: start as number, end: (start as number) + (text as string).length, text: text as string,
      force: 'necessary' as const, cue: null, reporting: null, issuer: null, addressee: null, actions: [], purpose: null, themes: [], paragraph: 0, sentence: i,
    })),
  };

  it('finds a Chinese query with a character missing, in memory and in the store', () => {
    const dir = mkdtempSync(join(tmpdir(), 'directives-zh-'));
    const store = Store.open(dir, { create: true });
    store.add(Store.corpusItems(zh));
    const readers = [memoryReader(zh), storeReader(store)];
    for (const reader of readers) {
      expect(reader.select({ query: '稳经济', criteria: {} }).map((h) => h.directive.id).sort(), reader.kind).toEqual(['zh000001-1', 'zh000001-2']);
      expect(reader.select({ query: '生态环境', criteria: {} }).map((h) => h.directive.id), reader.kind).toEqual(['zh000001-3']);
    }
    store.close();
  });
});

describe('a blank query on a store', () => {
  it('lists the filtered directives in document order rather than an arbitrary candidate set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'directives-blank-'));
    const store = Store.open(dir, { create: true });
    const small = { schemaVersion: 1, ...syntheticCorpus(500, 7) };
    store.add(Store.corpusItems(small));
    const reader = storeReader(store);
    const ids = reader.select({ query: '', criteria: { forces: ['must'] } }).map((h) => h.directive.id);
    expect(ids).toEqual(memoryReader(small).list({ forces: ['must'] }).map((d) => d.id));
    reader.close();
  });
});
