import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SyncPg } from '../../src/corpus/pg/client.js';
import { EVAL } from '../helpers/paths.js';
import { describePg, PG_URL, pgUrl, scratchSchema } from '../helpers/pg.js';
import { run } from '../helpers/run.js';

/**
 * Issue 18 through the real binary: every browse command works unchanged on a
 * postgres:// corpus, and a corpus moves between a folder and a server — by
 * export and add, or by migrate — losslessly, both ways.
 */
describePg('a corpus on PostgreSQL, end to end', () => {
  const schema = scratchSchema('e2e');
  const back = `${schema}_back`;
  const dir = mkdtempSync(join(tmpdir(), 'directives-pg-e2e-'));
  const folder = join(dir, 'folder');
  const url = pgUrl({ schema });
  let exported = '';

  beforeAll(() => {
    expect(run(['init', folder]).code).toBe(0);
    const added = run(['add', '--corpus', folder, join(EVAL, 'corpus/en'), join(EVAL, 'corpus/zh')]);
    expect(added.code, added.stderr).toBe(0);
    exported = run(['export', '--corpus', folder, '--json']).stdout;
  }, 120_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    const admin = new SyncPg({ connectionString: PG_URL });
    for (const s of [schema, back]) admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    admin.close();
  });

  it('init, then add of a folder export: the server exports the same JSON, and the browse commands agree with the folder', () => {
    const init = run(['init', url]);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toMatch(/^created an empty corpus/);
    expect(run(['init', url]).stdout).toMatch(/is already a corpus \(0 documents/);
    const file = join(dir, 'export.json');
    writeFileSync(file, exported);
    const added = run(['add', '--corpus', url, file]);
    expect(added.code, added.stderr).toBe(0);
    expect(run(['export', '--corpus', url, '--json']).stdout).toBe(exported);
    for (const args of [
      ['list', '--json', '--min-force', 'should', '--limit', '40'],
      ['list', '--json', '--sort', 'date', '--reverse', '--limit', '40'],
      ['search', 'food securty', '--json', '--limit', '10'],
      ['search', '稳经济', '--json', '--limit', '10'],
      ['facets', '--by', 'year', '--json'],
      ['facets', '--by', 'theme', '--json'],
      ['docs', '--json'],
      ['show', JSON.parse(exported).directives[42].id, '--json'],
    ]) {
      const want = run([...args, '--corpus', folder]);
      const got = run([...args, '--corpus', url]);
      expect(got.code, `${args.join(' ')}: ${got.stderr}`).toBe(want.code);
      expect(got.stdout, args.join(' ')).toBe(want.stdout);
    }
  });

  it('migrate: server → a new folder → another schema, each an identical export', () => {
    const copy = join(dir, 'copy');
    const there = run(['migrate', url, copy]);
    expect(there.code, there.stderr).toBe(0);
    expect(there.stdout).toMatch(/^added 32 documents/);
    expect(run(['export', '--corpus', copy, '--json']).stdout).toBe(exported);
    const backUrl = pgUrl({ schema: back });
    expect(run(['migrate', copy, backUrl]).code).toBe(0);
    expect(run(['export', '--corpus', backUrl, '--json']).stdout).toBe(exported);
    // again: every text is already there
    expect(run(['migrate', copy, backUrl]).stdout).toMatch(/^nothing to add: 32 texts/);
  });
});
