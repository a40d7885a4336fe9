import { afterAll, beforeAll, expect, it } from 'vitest';
import { SyncPg } from '../../src/corpus/pg/client.js';
import { PgStore } from '../../src/corpus/pg/store.js';
import { tsvectorOf } from '../../src/corpus/pg/writes.js';
import type { Directive, DocumentRecord } from '../../src/model/types.js';
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
