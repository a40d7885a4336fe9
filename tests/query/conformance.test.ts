import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/corpus/store.js';
import type { Criteria, SortOptions } from '../../src/model/query.js';
import type { Corpus } from '../../src/model/types.js';
import { corpusItems } from '../../src/model/write.js';
import type { Backend } from '../../src/query/backend.js';
import { memoryBackend } from '../../src/query/engines/memory.js';
import { sqliteBackend } from '../../src/query/engines/sqlite.js';
import { createReader, type CorpusReader, type ReaderOptions } from '../../src/query/reader.js';
import { FACET_DIMENSIONS, SORT_KEYS } from '../../src/vocab/dimensions.js';
import { syntheticCorpus } from '../fixtures/synthetic.js';
import { PgStore } from '../../src/corpus/pg/store.js';
import { postgresBackend } from '../../src/query/engines/postgres.js';
import { SyncPg } from '../../src/corpus/pg/client.js';
import { PG_URL, pgUrl, scratchSchema } from '../helpers/pg.js';

/**
 * One suite, every engine (issue 11): the same filters, orders, facets,
 * searches and exports must give the same answers from a corpus JSON held in
 * memory and from a SQLite corpus folder.
 */

const corpus: Corpus = { schemaVersion: 1, ...syntheticCorpus(5000) };
// The synthetic corpus is uniform in what it does not test; vary every dimension
// so each filter, order and facet has something to tell apart.
corpus.directives.forEach((d, i) => {
  d.confidence = [0.95, 0.8, 0.6, 0.3][i % 4]!;
  d.signals = i % 4 === 0 ? ['explicit-cue'] : ['bare-imperative'];
  if (i % 3 === 1) Object.assign(d, { reporting: 'stress', issuer: 'the State Council' });
  if (i % 7 === 0) Object.assign(d, { reporting: null, issuer: null, addressee: null });
});
corpus.documents.forEach((doc, i) => {
  if (i % 5 === 0) doc.language = 'zh';
  if (i % 11 === 0) doc.date = '--09-21';
  if (i % 13 === 0) doc.date = null;
  if (i % 17 === 0) doc.date = doc.date?.slice(0, 4) ?? null;
});
// Translation links (issue 16): each Chinese document (every fifth) with the English one after it,
// directive by directive, the last of each side left without counterpart, one pair one-to-two.
corpus.links = [];
for (let i = 0; i + 1 < corpus.documents.length; i += 5) {
  const zhDoc = corpus.documents[i]!.id;
  const enDoc = corpus.documents[i + 1]!.id;
  const zh = corpus.directives.filter((d) => d.doc === zhDoc);
  const en = corpus.directives.filter((d) => d.doc === enDoc);
  const n = Math.min(zh.length, en.length) - 1;
  for (let k = 0; k < n; k++) {
    const two = k === 0 && zh.length > en.length;
    corpus.links.push({ en: [en[k]!.id], zh: two ? [zh[k]!.id, zh[zh.length - 1]!.id] : [zh[k]!.id], force: [en[k]!.force, zh[k]!.force], confidence: 0.9, enDoc, zhDoc });
  }
  const linked = new Set(corpus.links.flatMap((l) => [...l.en, ...l.zh]));
  for (const d of en.filter((x) => !linked.has(x.id))) corpus.links.push({ en: [d.id], zh: [], force: [d.force, null], confidence: 0, enDoc, zhDoc });
  for (const d of zh.filter((x) => !linked.has(x.id))) corpus.links.push({ en: [], zh: [d.id], force: [null, d.force], confidence: 0, enDoc, zhDoc });
}

const engines: Record<string, () => Backend> = {};
let store: Store;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'directives-conformance-'));
  store = Store.open(dir, { create: true });
  store.add(corpusItems(corpus));
});
afterAll(() => store.close());

engines.memory = () => memoryBackend(corpus);
engines.sqlite = () => sqliteBackend(store);

// PostgreSQL joins when a server is there (tests/helpers/pg.ts): one schema for this run, dropped after
if (PG_URL !== '') {
  const schema = scratchSchema('conformance');
  let pg: PgStore;
  beforeAll(() => {
    pg = PgStore.open(pgUrl({ schema }), { create: true });
    pg.add(corpusItems(corpus));
  }, 120_000);
  afterAll(() => {
    pg.close();
    const admin = new SyncPg({ connectionString: PG_URL });
    admin.query(`DROP SCHEMA ${schema} CASCADE`);
    admin.close();
  });
  engines.postgres = () => postgresBackend(pg);
}

const readers = (options: ReaderOptions = {}): [string, CorpusReader][] =>
  Object.entries(engines).map(([name, make]) => [name, createReader({ ...make(), close: () => undefined }, options)]);

/** Every engine's answer to the same question, compared with the first engine's. */
function agree<T>(question: (reader: CorpusReader) => T, options: ReaderOptions = {}): T {
  const [head, ...rest] = readers(options);
  const want = question(head![1]);
  for (const [name, reader] of rest) expect(question(reader), name).toEqual(want);
  return want;
}

const CRITERIA: Criteria[] = [
  {},
  { forces: ['must'] },
  { forces: ['must', 'should'], addressee: 'local' },
  { minForce: 'should' },
  { minForce: 'will', forces: ['must-not', 'will', 'may'] },
  { reporting: 'emphasi' },
  { issuer: 'council' },
  { theme: 'educ' },
  { doc: corpus.documents[3]!.id.slice(0, 5) },
  { doc: (corpus.documents[7]!.title ?? 'x').slice(0, 12) },
  { since: '2015', until: '2018-06' },
  { since: '2020-03' },
  { lang: 'en' },
  { lang: 'zh' },
  { minConfidence: 0.7 },
  { minConfidence: 0.7, minForce: 'should', theme: 'e' },
  { aligned: true },
  { aligned: false },
  { aligned: true, minForce: 'should', lang: 'zh' },
  // repeated filters: any of the values (issue 14)
  { doc: [corpus.documents[3]!.id.slice(0, 5), corpus.documents[9]!.id] },
  { theme: ['educ', 'energ'], lang: ['en', 'zh'], addressee: ['local', 'provinc'] },
  { issuer: ['council', 'meeting'], reporting: ['stress'] },
];

const ids = (list: readonly { id: string }[]): string[] => list.map((d) => d.id);

describe('every engine answers alike', () => {
  it.each(CRITERIA.map((c) => [JSON.stringify(c), c] as const))('count and list %s', (_, criteria) => {
    const count = agree((r) => r.count(criteria));
    expect(count).toBe(agree((r) => r.list(criteria).length));
    agree((r) => ids(r.list(criteria, { limit: 25 })));
  });

  it('a filter narrows (the cases are not vacuous)', () => {
    const all = agree((r) => r.count({}));
    const narrowed = CRITERIA.slice(1).map((c) => agree((r) => r.count(c)));
    // most cases keep some directives and drop others
    expect(narrowed.filter((n) => n > 0 && n < all).length).toBeGreaterThanOrEqual(CRITERIA.length - 3);
  });

  const ORDERS: SortOptions[] = SORT_KEYS.filter((key) => key !== 'score').flatMap((key) => [{ key, limit: 30 }, { key, reverse: true, limit: 30 }]);
  it.each(ORDERS.map((o) => [JSON.stringify(o), o] as const))('sorted %s', (_, order) => {
    agree((r) => ids(r.list({ minForce: 'will' }, order)));
  });

  it.each(FACET_DIMENSIONS.map((by) => [by] as const))('facets by %s', (by) => {
    const counts = agree((r) => r.facets(by, {}));
    expect(counts.length).toBeGreaterThan(0);
    agree((r) => r.facets(by, { minForce: 'should', since: '2016' }, 5));
    // whole documents only: a server answers from its per-document counts (corpus/pg/counts.ts)
    agree((r) => r.facets(by, { lang: 'zh', since: '2015' }));
    agree((r) => r.facets(by, { doc: [corpus.documents[3]!.id.slice(0, 5), corpus.documents[9]!.id] }));
  });

  const QUERIES = ['school enterprise', 'moral skils', 'food security', 'ecological conservaton', "'security !food", 'grain | energy', '^rural', 'corruption$', 'green developmnt yangtze'];
  it.each(QUERIES.map((q) => [q] as const))('search %s: the same top ten, scored alike', (query) => {
    const top = (r: CorpusReader): [string, number][] => r.select({ query, criteria: {}, sort: { limit: 10 } }).map((h) => [h.directive.id, Number(h.score.toFixed(6))]);
    expect(agree(top).length).toBeGreaterThan(0);
    agree((r) => ids(r.select({ query, criteria: { minForce: 'should' }, sort: { limit: 10 } }).map((h) => h.directive)));
  });

  it('search through the index (no full scan): the same candidates, so the same results', () => {
    const options = { fullScanLimit: 0, candidates: 100_000 };
    for (const query of ['moral skils', 'food security', 'grain | energy', 'tax refunds']) {
      expect(agree((r) => ids(r.select({ query, criteria: {} }).map((h) => h.directive)), options).length, query).toBeGreaterThan(0);
    }
  });

  it('trend counts per date, with and without a query, through the index too', () => {
    const byDate = (rows: { date: string | null; force: string | null; count: number }[]) =>
      [...rows].sort((x, y) => `${x.date}|${x.force}`.localeCompare(`${y.date}|${y.force}`));
    for (const options of [{}, { fullScanLimit: 0 }]) {
      const all = agree((r) => byDate(r.dateCounts({})), options);
      expect(all.reduce((n, row) => n + row.count, 0)).toBe(corpus.directives.length);
      agree((r) => byDate(r.dateCounts({ minForce: 'should' }, { byForce: true })), options);
      expect(agree((r) => byDate(r.dateCounts({}, { query: 'food security' })), options).length).toBeGreaterThan(0);
    }
  });

  it('exact search and blank queries', () => {
    agree((r) => ids(r.select({ query: 'security', criteria: {}, search: { exact: true } }).map((h) => h.directive)));
    agree((r) => ids(r.select({ query: '', criteria: { forces: ['must'] } }).map((h) => h.directive)));
  });

  it('one directive, its document, closest ids', () => {
    const target = corpus.directives[1234]!;
    expect(agree((r) => r.directive(target.id))).toEqual(target);
    const doc = agree((r) => r.document(target.doc))!;
    expect(doc.source.slice(target.start, target.end)).toBe(target.text);
    expect(agree((r) => r.closestIds(`${target.id}9`))).toContain(target.id);
    agree((r) => r.forceCountsByDocument());
  });

  it('export: the same snapshot, links included', async () => {
    const snapshots = await Promise.all(
      readers().map(([, r]) => r.snapshot(async (documents, directives, links) => ({ documents: [...documents], directives: [...directives], links: [...links] }))),
    );
    expect(snapshots[1]).toEqual(snapshots[0]);
    expect(snapshots[0]!.directives).toEqual(corpus.directives);
    expect(snapshots[0]!.links).toEqual(corpus.links);
  });

  it('counterparts, both ways, and the force pairs of linked pairs (issue 16)', () => {
    const paired = corpus.links!.filter((l) => l.en.length > 0 && l.zh.length > 0);
    const twoWay = paired.find((l) => l.zh.length === 2)!;
    expect(agree((r) => ids(r.counterparts(twoWay.en[0]!)))).toEqual(twoWay.zh);
    expect(agree((r) => ids(r.counterparts(twoWay.zh[1]!)))).toEqual(twoWay.en);
    expect(agree((r) => ids(r.counterparts(corpus.links!.find((l) => l.zh.length === 0)!.en[0]!)))).toEqual([]);
    const pairs = agree((r) => r.facets('force-pair', {}));
    expect(pairs.reduce((n, c) => n + c.count, 0)).toBe(paired.length);
    expect(pairs.map((c) => c.value)).toContain(`${paired[0]!.force[0]} ↔ ${paired[0]!.force[1]}`);
    const aligned = agree((r) => r.count({ aligned: true }));
    expect(aligned).toBe(paired.reduce((n, l) => n + l.en.length + l.zh.length, 0));
    expect(agree((r) => r.count({ aligned: false }))).toBe(corpus.links!.length - paired.length);
  });
});

describe('the index agrees with a full scan', () => {
  it('top ten of indexed search ≈ a full fuse.js scan, on every engine', () => {
    const queries = ['school enterprise', 'moral skils', 'food security', 'rural revitalization', 'vocational educaton', 'clean energy', 'tax refunds', 'rule of law'];
    const full = readers()[0]![1];
    for (const [name, reader] of readers({ fullScanLimit: 0 })) {
      const overlaps = queries.map((query) => {
        const want = ids(full.select({ query, criteria: {}, sort: { limit: 10 } }).map((h) => h.directive));
        const got = ids(reader.select({ query, criteria: {}, sort: { limit: 10 } }).map((h) => h.directive));
        return got.filter((id) => want.includes(id)).length / Math.max(1, want.length);
      });
      expect(overlaps.reduce((a, b) => a + b, 0) / overlaps.length, name).toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe('Chinese on every engine', () => {
  const zh: Corpus = {
    schemaVersion: 1,
    documents: [
      { id: 'zh000001', file: null, title: '国务院常务会议', date: '2024-01-22', place: null, issuer: null, event: null, participants: [], language: 'zh', sha256: 'x'.repeat(64), parserVersion: 't', source: '要稳住经济大盘。推动经济稳定增长。加强生态环境综合治理。' },
    ],
    directives: (
      [
        ['要稳住经济大盘', 0],
        ['推动经济稳定增长', 8],
        ['加强生态环境综合治理', 17],
      ] as const
    ).map(([text, start], i) => ({
      id: `zh000001-${i + 1}`, doc: 'zh000001', start, end: start + text.length, text,
      force: 'necessary' as const, cue: null, reporting: null, issuer: null, addressee: null, actions: [], purpose: null, themes: [], paragraph: 0, sentence: i,
    })),
  };

  it('finds a query with a character missing, through the index too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'directives-zh-'));
    const zhStore = Store.open(dir, { create: true });
    zhStore.add(corpusItems(zh));
    const backends = [memoryBackend(zh), sqliteBackend(zhStore)];
    const zhSchema = scratchSchema('zh');
    const zhPg = PG_URL === '' ? null : PgStore.open(pgUrl({ schema: zhSchema }), { create: true });
    if (zhPg !== null) {
      zhPg.add(corpusItems(zh));
      backends.push(postgresBackend(zhPg));
    }
    for (const options of [{}, { fullScanLimit: 0 }]) {
      for (const reader of backends.map((backend) => createReader(backend, options))) {
        expect(reader.select({ query: '稳经济', criteria: {} }).map((h) => h.directive.id).sort()).toEqual(['zh000001-1', 'zh000001-2']);
        expect(reader.select({ query: '生态环境', criteria: {} }).map((h) => h.directive.id)).toEqual(['zh000001-3']);
      }
    }
    zhStore.close();
    if (zhPg !== null) {
      zhPg.close();
      const admin = new SyncPg({ connectionString: PG_URL });
      admin.query(`DROP SCHEMA ${zhSchema} CASCADE`);
      admin.close();
    }
  });

  it('a single character finds the same through the index as in a full scan, at every position in a run (issue 14)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'directives-zh1-'));
    const zhStore = Store.open(dir, { create: true });
    zhStore.add(corpusItems(zh));
    const cases: [string, string[]][] = [
      ['要', ['zh000001-1']],
      ['济', ['zh000001-1', 'zh000001-2']],
      ['理', ['zh000001-3']],
      ['推动', ['zh000001-2']],
    ];
    for (const [query, want] of cases) {
      for (const options of [{}, { fullScanLimit: 0 }]) {
        for (const reader of [createReader(memoryBackend(zh), options), createReader(sqliteBackend(zhStore), options)]) {
          expect(reader.select({ query, criteria: {} }).map((h) => h.directive.id).sort(), `${query} ${JSON.stringify(options)}`).toEqual(want);
        }
      }
    }
    zhStore.close();
  });
});
