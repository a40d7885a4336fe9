import { afterAll, beforeAll, expect, it } from 'vitest';
import { SyncPg } from '../../src/corpus/pg/client.js';
import { PgStore } from '../../src/corpus/pg/store.js';
import { tsvectorOf } from '../../src/corpus/pg/writes.js';
import { monthOf, monthOfSql, type FacetCount } from '../../src/model/query.js';
import type { Directive, DocumentRecord } from '../../src/model/types.js';
import type { FacetDimension } from '../../src/vocab/dimensions.js';
import { postgresBackend, postgresWriter } from '../../src/query/engines/postgres.js';
import { createReader } from '../../src/query/reader.js';
import { describePg, PG_URL, pgUrl, scratchSchema } from '../helpers/pg.js';

function item(sha256: string, text: string, themes: string[] = []): { document: DocumentRecord; directives: Directive[] } {
  const id = sha256.slice(0, 8);
  return {
    document: { id, file: `${id}.txt`, title: 'Notice', date: '2024-01-22', place: null, issuer: null, event: null, participants: [], language: 'en', sha256, parserVersion: 't', source: text },
    directives: [
      { id: `${id}-1`, doc: id, start: 0, end: text.length, text, force: 'must', cue: 'must', reporting: null, issuer: null, addressee: 'all localities', actions: [], purpose: null, themes, paragraph: 0, sentence: 0 },
    ],
  };
}

it('a tsvector literal: verbatim lexemes with positions, quotes doubled, overlong words left out', () => {
  expect(tsvectorOf(['grain', "o'neil", 'grain', '稳住'])).toBe("'grain':1,3 'o''neil':2 '稳住':4");
  expect(tsvectorOf(['x'.repeat(3000), 'ok'])).toBe("'ok':2");
});

describePg('the PostgreSQL store', () => {
  const schema = scratchSchema('store');
  let store: PgStore;
  beforeAll(() => {
    store = PgStore.open(pgUrl({ schema }), { create: true });
  });
  afterAll(() => {
    store.close();
    const admin = new SyncPg({ connectionString: PG_URL });
    admin.query(`DROP SCHEMA ${schema} CASCADE`);
    admin.close();
  });

  it('skips a text already there; a second text whose hash shares 8 digits gets a longer id', () => {
    const first = item(`c79c9bde${'a'.repeat(56)}`, 'All localities must report on time.', ['reporting']);
    const second = item(`c79c9bde${'b'.repeat(56)}`, 'Every county should publish its budget.');
    expect(store.add([first]).added).toHaveLength(1);
    const again = store.add([first, second]);
    expect(again.skipped.map((d) => d.id)).toEqual(['c79c9bde']);
    expect(again.added.map((d) => d.id)).toEqual(['c79c9bdeb']);
    expect(store.reads.documents().map((d) => d.id)).toEqual(['c79c9bde', 'c79c9bdeb']);
    expect(store.reads.directive('c79c9bdeb-1')?.text).toBe('Every county should publish its budget.');
    // the search's "more than a full scan's worth?" question stops counting early
    expect([store.reads.countUpTo({}, 1), store.reads.countUpTo({}, 10), store.reads.count({})]).toEqual([1, 2, 2]);
  });

  it('edits, reparses, removes — each a transaction, the search index following', () => {
    const writer = postgresWriter(store);
    expect(writer.edit('c79c9bde', { title: 'Edited' })).toBe(true);
    expect(writer.edit('nope', { title: 'x' })).toBe(false);
    expect(store.reads.document('c79c9bde')).toMatchObject({ title: 'Edited', edited: ['title'] });
    const reparsed = writer.reparse((source, doc) => ({
      document: { ...doc, source },
      directives: [{ ...item(doc.sha256, source).directives[0]!, id: `${doc.id}-1`, doc: doc.id, text: `${source} Budget!`, themes: ['budget'] }],
    }));
    expect(reparsed).toEqual({ documents: 2, before: 2, after: 2 });
    const reader = createReader({ ...postgresBackend(store), close: () => undefined }, { fullScanLimit: 0 });
    expect(reader.select({ query: 'budget', criteria: {} }).map((h) => h.directive.id).sort()).toEqual(['c79c9bde-1', 'c79c9bdeb-1']);
    expect(reader.facets('theme', {})).toEqual([{ value: 'budget', count: 2 }]);
    expect(writer.remove(['c79c9bdeb', 'missing'])).toEqual(['c79c9bdeb']);
    expect(writer.totals()).toEqual({ documents: 1, directives: 1 });
    expect(reader.facets('theme', {})).toEqual([{ value: 'budget', count: 1 }]);
  });

  it('the counts kept per document agree with counting the directives, after add, reparse and remove', () => {
    const writer = postgresWriter(store);
    // two directives of one document share a force, an addressee and a theme
    const twice = (one: ReturnType<typeof item>, themes: string[]): ReturnType<typeof item> => ({
      ...one,
      directives: [...one.directives, { ...one.directives[0]!, id: `${one.document.id}-2`, issuer: 'the council', themes }],
    });
    writer.add([twice(item(`e0e0e0e0${'1'.repeat(56)}`, 'Schools must open.', ['education', 'schools']), ['schools']), item(`e1e1e1e1${'2'.repeat(56)}`, 'Farms should plant.', ['farming'])]);
    const reader = createReader({ ...postgresBackend(store), close: () => undefined });
    // a filter on the directives themselves (that keeps them all) makes the engine count the directives
    const counted = (by: FacetDimension): FacetCount[] => reader.facets(by, {});
    const scanned = (by: FacetDimension): FacetCount[] => reader.facets(by, { minConfidence: 0 });
    const check = (): void => {
      for (const by of ['force', 'reporting', 'issuer', 'addressee', 'theme', 'doc', 'year', 'month', 'lang'] as const) expect(counted(by), by).toEqual(scanned(by));
      expect(reader.count({ lang: 'en' })).toBe(reader.count({ lang: 'en', minConfidence: 0 }));
      expect(reader.dateCounts({}, { byForce: true })).toEqual(reader.dateCounts({ minConfidence: 0 }, { byForce: true }));
    };
    check();
    expect(counted('theme')).toContainEqual({ value: 'schools', count: 2 });
    writer.reparse((source, doc) => ({ document: { ...doc, source }, directives: [{ ...item(doc.sha256, source).directives[0]!, id: `${doc.id}-1`, doc: doc.id, force: 'should', themes: ['renewed'] }] }));
    check();
    expect(counted('force')).toEqual([{ value: 'should', count: 3 }]);
    expect(reader.count({})).toBe(3);
    writer.remove(['e0e0e0e0']);
    check();
    expect(counted('theme')).toEqual([{ value: 'renewed', count: 2 }]);
  });

  it('a corpus made before the counts were kept gets them on opening (schema 1 → 2)', () => {
    const old = scratchSchema('old');
    const made = PgStore.open(pgUrl({ schema: old }), { create: true });
    made.add([item(`f0f0f0f0${'3'.repeat(56)}`, 'Towns must plan.', ['planning'])]);
    made.close();
    const admin = new SyncPg({ connectionString: PG_URL });
    try {
      admin.query(`DROP TABLE ${old}.doc_counts, ${old}.document_keys`);
      admin.query(`ALTER TABLE ${old}.documents DROP COLUMN force_counts`);
      admin.query(`UPDATE ${old}.meta SET value = '1' WHERE key = 'schema'`);
      // a reader does not upgrade it, and counts the directives themselves
      const reading = PgStore.open(pgUrl({ schema: old }), { readonly: true });
      const before = createReader({ ...postgresBackend(reading), close: () => undefined });
      expect([before.facets('theme', {}), before.count({}), before.forceCountsByDocument()]).toEqual([[{ value: 'planning', count: 1 }], 1, new Map([['f0f0f0f0', { must: 1 }]])]);
      reading.close();
      const reopened = PgStore.open(pgUrl({ schema: old }));
      const reader = createReader({ ...postgresBackend(reopened), close: () => undefined });
      expect(reader.facets('theme', {})).toEqual([{ value: 'planning', count: 1 }]);
      expect(reader.facets('force', {})).toEqual([{ value: 'must', count: 1 }]);
      reopened.close();
    } finally {
      admin.query(`DROP SCHEMA ${old} CASCADE`);
      admin.close();
    }
  });

  it("the server cuts a date to its month as trend's counts keep it (monthOf)", () => {
    const dates = ['2024-06-12', '2024-06', '2024', '--06-12', '--06', '1999-12-31'];
    const server = new SyncPg({ connectionString: PG_URL });
    const got = server.query<{ m: string }>(`SELECT ${monthOfSql('d')} AS m FROM unnest(?::text[]) WITH ORDINALITY AS t(d, i) ORDER BY i`, dates).map((r) => r.m);
    server.close();
    expect(got).toEqual(dates.map(monthOf));
    expect(got).toEqual(['2024-06', '2024-06', '2024', '--06-12', '--06', '1999-12']);
  });

  it('a failed add leaves nothing behind', () => {
    const before = store.reads.totals();
    const broken = item(`dddddddd${'e'.repeat(56)}`, 'Fine text.');
    const items = (function* () {
      yield broken;
      throw new Error('the input broke off');
    })();
    expect(() => store.add(items)).toThrow(/broke off/);
    expect(store.reads.totals()).toEqual(before);
    expect(store.add([broken]).added).toHaveLength(1);
  });
});
