import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SyncPg } from '../../src/corpus/pg/client.js';
import { PgStore } from '../../src/corpus/pg/store.js';
import { ROOT } from '../helpers/paths.js';
import { describePg, PG_URL, pgUrl, scratchSchema } from '../helpers/pg.js';
import { run } from '../helpers/run.js';

const statements = (sql: string): string[] =>
  sql
    .split('\n')
    .filter((line) => !line.startsWith('--'))
    .join('\n')
    .split(';')
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter((s) => s !== '');

it("the README's roles are the statements of docs/postgres-roles.sql, all of them", () => {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const block = /`docs\/postgres-roles\.sql`, which the tests run as written:\n\n```sql\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(block).toBeDefined();
  expect(statements(block!)).toEqual(statements(readFileSync(`${ROOT}docs/postgres-roles.sql`, 'utf8')));
});

/** The README's roles are the SQL in docs/postgres-roles.sql, run here as written (names changed for isolation). */
describePg('docs/postgres-roles.sql', () => {
  const schema = scratchSchema('roles');
  const analyst = `${schema}_analyst`;
  const editor = `${schema}_editor`;
  let admin: SyncPg;

  beforeAll(() => {
    admin = new SyncPg({ connectionString: PG_URL });
    PgStore.open(pgUrl({ schema }), { create: true }).close();
    const sql = readFileSync(`${ROOT}docs/postgres-roles.sql`, 'utf8')
      .replace(/SCHEMA directives/g, `SCHEMA ${schema}`)
      .replace(/\banalyst\b/g, analyst)
      .replace(/\beditor\b/g, editor);
    admin.query(sql);
  });
  afterAll(() => {
    admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    for (const role of [analyst, editor]) {
      admin.query(`DROP OWNED BY ${role}`);
      admin.query(`DROP ROLE ${role}`);
    }
    admin.close();
  });

  const as = (role: string): string => {
    const url = new URL(pgUrl({ schema }));
    url.username = role;
    url.password = 'change me';
    return url.toString();
  };

  it('the editor adds; the analyst browses and cannot add', () => {
    const added = run(['add', '--corpus', as(editor), `${ROOT}data/guangdong-vocational-education-conference.txt`]);
    expect(added.code, added.stderr).toBe(0);
    for (const args of [['list', '--json'], ['search', 'vocational', '--json'], ['facets', '--by', 'theme', '--json'], ['export', '--json']]) {
      const result = run([...args, '--corpus', as(analyst)]);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
    }
    const refused = run(['add', '--corpus', as(analyst), `${ROOT}eval/corpus/zh`]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/permission denied/);
    expect(admin.value(`SELECT count(*) FROM ${schema}.documents`)).toBe(1);
  });

  it('a corpus from an older directives: the analyst still browses it, the editor is told the owner must upgrade it, the owner does', () => {
    // back to schema 1, as an older directives left it
    admin.query(`DROP TABLE ${schema}.doc_counts, ${schema}.document_keys`);
    admin.query(`ALTER TABLE ${schema}.documents DROP COLUMN force_counts`);
    admin.query(`UPDATE ${schema}.meta SET value = '1' WHERE key = 'schema'`);
    const facets = run(['facets', '--by', 'force', '--json', '--corpus', as(analyst)]);
    expect(facets.code, facets.stderr).toBe(0);
    expect(JSON.parse(facets.stdout).length).toBeGreaterThan(0);
    const refused = run(['add', '--corpus', as(editor), `${ROOT}eval/corpus/zh`]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/is at schema 1 .* its owner must upgrade it once \(`directives init /);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    const upgraded = run(['init', pgUrl({ schema })]);
    expect(upgraded.code, upgraded.stderr).toBe(0);
    expect(admin.value(`SELECT value FROM ${schema}.meta WHERE key = 'schema'`)).not.toBe('1');
    // tables made by the upgrade are the editor's to write too (the default privileges in the roles file)
    const added = run(['add', '--corpus', as(editor), `${ROOT}eval/corpus/zh`]);
    expect(added.code, added.stderr).toBe(0);
  });
});
