import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SyncPg } from '../../src/corpus/pg/client.js';
import { PgStore } from '../../src/corpus/pg/store.js';
import { EVAL } from '../helpers/paths.js';
import { describePg, PG_URL, pgUrl, scratchSchema } from '../helpers/pg.js';
import { run, start, type Run } from '../helpers/run.js';

/**
 * Issue 18: several hosts write one corpus at once. Four processes add
 * different documents while two add the same ones, and readers list and count
 * all along: every document lands exactly once, the counts agree with one
 * sequential add of the same texts, and no reader ever fails.
 */

describePg('PostgreSQL: concurrent writers and readers', () => {
  const schema = scratchSchema('concurrent');
  const sequential = `${schema}_seq`;
  const en = readdirSync(join(EVAL, 'corpus/en')).sort().map((f) => join(EVAL, 'corpus/en', f));
  const zh = join(EVAL, 'corpus/zh');
  let admin: SyncPg;

  beforeAll(() => {
    admin = new SyncPg({ connectionString: PG_URL });
    for (const s of [schema, sequential]) PgStore.open(pgUrl({ schema: s }), { create: true }).close();
  });
  afterAll(() => {
    for (const s of [schema, sequential]) admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    admin.close();
  });

  const state = (s: string): { docs: string; counts: string } => ({
    docs: String(admin.value(`SELECT string_agg(id || ':' || sha256 || ':' || directive_count, ',' ORDER BY id) FROM ${s}.documents`)),
    counts: JSON.stringify(admin.query(`SELECT (SELECT count(*) FROM ${s}.documents) AS documents, (SELECT count(*) FROM ${s}.directives) AS directives, (SELECT sum(directive_count) FROM ${s}.documents) AS claimed, (SELECT count(*) FROM ${s}.sources) AS sources`)),
  });

  it('4 writers of different documents and 2 of the same ones: each document once, counts consistent, readers never fail', async () => {
    const url = pgUrl({ schema });
    const quarters = [0, 1, 2, 3].map((q) => en.filter((_, i) => i % 4 === q));
    const writers = [...quarters.map((files) => start(['add', '--corpus', url, ...files])), start(['add', '--corpus', url, zh]), start(['add', '--corpus', url, zh])];
    let writing = true;
    const readerRuns: Run[] = [];
    const readers = (async () => {
      while (writing) {
        readerRuns.push(await start(['list', '--corpus', url, '--json', '--limit', '5']), await start(['facets', '--corpus', url, '--by', 'force', '--json']));
      }
    })();
    const results = await Promise.all(writers);
    writing = false;
    await readers;

    for (const result of results) expect(result.code, result.stderr).toBe(0);
    expect(readerRuns.length).toBeGreaterThan(0);
    // a reader may come before anything landed: an empty list is exit 1 (as search), never a failure
    for (const result of readerRuns) expect([0, 1], result.stderr).toContain(result.code);
    for (const result of readerRuns) expect(result.stderr).toBe('');
    // exactly one of the two writers of the Chinese texts added each of them
    const added = results.slice(4).map((r) => Number(/added (\d+) document/.exec(r.stdout)?.[1] ?? 0));
    const zhCount = readdirSync(zh).length;
    expect(added[0]! + added[1]!).toBe(zhCount);

    const seq = run(['add', '--corpus', pgUrl({ schema: sequential }), ...en, zh]);
    expect(seq.code, seq.stderr).toBe(0);
    const got = state(schema);
    const want = state(sequential);
    expect(got.docs).toBe(want.docs);
    expect(got.counts).toBe(want.counts);
    const counts = JSON.parse(got.counts) as [{ documents: number; directives: number; claimed: number; sources: number }];
    expect(counts[0].documents).toBe(en.length + zhCount);
    expect(counts[0].claimed).toBe(counts[0].directives);
    expect(counts[0].sources).toBe(counts[0].documents);
  }, 240_000);
});
