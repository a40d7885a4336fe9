import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { STORE_FILE } from '../../src/corpus/layout.js';
import { APPLICATION_ID } from '../../src/corpus/sqlite/schema.js';
import { Store } from '../../src/corpus/store.js';
import { DataError } from '../../src/errors.js';
import type { Directive, DocumentRecord } from '../../src/model/types.js';
import { sqliteBackend } from '../../src/query/engines/sqlite.js';
import { ROOT } from '../helpers/paths.js';

const fresh = (name: string): string => join(mkdtempSync(join(tmpdir(), `directives-${name}-`)), 'corpus');

function item(sha256: string, text = 'All localities must report on time.'): { document: DocumentRecord; directives: Directive[] } {
  const id = sha256.slice(0, 8);
  return {
    document: { id, file: null, title: 'Notice', date: '2024-01-22', place: null, issuer: null, event: null, participants: [], language: 'en', sha256, parserVersion: 't', source: text },
    directives: [
      { id: `${id}-1`, doc: id, start: 0, end: text.length, text, force: 'must', cue: 'must', reporting: null, issuer: null, addressee: 'all localities', actions: [], purpose: null, themes: [], paragraph: 0, sentence: 0 },
    ],
  };
}

describe('the corpus folder guards what it is given (issue 17)', () => {
  it('refuses another application\'s database, for writing and reading, and changes nothing in it', () => {
    const dir = fresh('foreign');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, STORE_FILE);
    const foreign = new Database(file);
    foreign.exec('CREATE TABLE invoices (n INTEGER)');
    foreign.close();
    const before = readFileSync(file);
    for (const options of [{ create: true }, {}, { readonly: true }]) {
      expect(() => Store.open(dir, options)).toThrow(/another application, not a directives corpus/);
    }
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a database that carries another application id even when it has no tables', () => {
    const dir = fresh('appid');
    mkdirSync(dir, { recursive: true });
    const db = new Database(join(dir, STORE_FILE));
    db.pragma('application_id = 1234');
    db.close();
    expect(() => Store.open(dir, { create: true })).toThrow(DataError);
  });

  it('marks its own databases with its application id', () => {
    const dir = fresh('mine');
    Store.open(dir, { create: true }).close();
    const db = new Database(join(dir, STORE_FILE), { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });

  it('gives a second text whose hash shares the first 8 digits a longer id, and keeps the first', () => {
    const store = Store.open(fresh('collision'), { create: true });
    const first = item(`c79c9bde${'a'.repeat(56)}`, 'All localities must report on time.');
    const second = item(`c79c9bde${'b'.repeat(56)}`, 'Every county should publish its budget.');
    store.add([first]);
    const result = store.add([second]);
    expect(result.added.map((d) => d.id)).toEqual(['c79c9bdeb']);
    expect(store.reads.documents().map((d) => d.id)).toEqual(['c79c9bde', 'c79c9bdeb']);
    expect(store.reads.directive('c79c9bdeb-1')?.text).toBe('Every county should publish its budget.');
    expect(store.reads.directive('c79c9bde-1')?.text).toBe('All localities must report on time.');
    store.close();
  });

  it('reports a malformed column as a damaged corpus (exit 2), not a crash', () => {
    const dir = fresh('damaged');
    const store = Store.open(dir, { create: true });
    store.add([item(`d${'1'.repeat(63)}`)]);
    store.close();
    const db = new Database(join(dir, STORE_FILE));
    db.prepare("UPDATE directives SET actions = '{not json'").run();
    db.close();
    const backend = sqliteBackend(Store.open(dir, { readonly: true }));
    expect(() => backend.directive('d1111111-1')).toThrow(/the corpus database is damaged/);
    try {
      backend.rows({}, {});
    } catch (error) {
      expect((error as DataError).exitCode).toBe(2);
    }
    backend.close();
  });

  it('reads a schema-1 corpus as it is, and migrates it on the first write', () => {
    const dir = fresh('v1');
    const store = Store.open(dir, { create: true });
    store.add([item(`e${'2'.repeat(63)}`)]);
    store.close();
    // make it what an earlier version wrote: no confidence, no document formats, no application id
    const db = new Database(join(dir, STORE_FILE));
    for (const [table, column] of [['directives', 'confidence'], ['directives', 'signals'], ['documents', 'format'], ['documents', 'original_sha256'], ['documents', 'fetched'], ['documents', 'edited']]) {
      db.exec(`ALTER TABLE ${table} DROP COLUMN ${column}`);
    }
    db.exec("DROP TABLE links; UPDATE meta SET value = '1' WHERE key = 'schema'; PRAGMA application_id = 0;");
    db.close();
    const reader = Store.open(dir, { readonly: true });
    expect(reader.reads.directive('e2222222-1')?.force).toBe('must');
    // no links table yet: nothing is linked (issue 16)
    expect(reader.reads.counterparts('e2222222-1')).toEqual([]);
    expect(reader.reads.count({ aligned: false })).toBe(0);
    expect(reader.reads.facet('force-pair', {})).toEqual([]);
    reader.close();
    const writer = Store.open(dir);
    writer.add([item(`f${'3'.repeat(63)}`, 'Counties should act.')]);
    expect(writer.reads.totals()).toEqual({ documents: 2, directives: 2 });
    writer.close();
    const check = new Database(join(dir, STORE_FILE), { readonly: true });
    expect(check.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get()).toBe('3');
    expect(check.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('links', 'links_en', 'links_zh')").pluck().get()).toBe(3);
    check.close();
  });

  it('refuses a corpus written by a newer version', () => {
    const dir = fresh('newer');
    Store.open(dir, { create: true }).close();
    const db = new Database(join(dir, STORE_FILE));
    db.exec("UPDATE meta SET value = '99' WHERE key = 'schema'");
    db.close();
    expect(() => Store.open(dir)).toThrow(/schema 99 is newer/);
    expect(() => Store.open(dir, { readonly: true })).toThrow(/schema 99 is newer/);
  });

  // Root reads through chmod, so only an unprivileged process meets a read-only folder.
  const root = process.getuid?.() === 0;
  const NOBODY = 65534;
  const canDrop = !root || spawnSync(process.execPath, ['-e', `require(${JSON.stringify(join(ROOT, 'package.json'))})`], { uid: NOBODY, gid: NOBODY }).status === 0;

  it.skipIf(!canDrop)('reads a corpus in a folder it cannot write to', () => {
    const parent = mkdtempSync(join(tmpdir(), 'directives-ro-'));
    const dir = join(parent, 'corpus');
    const store = Store.open(dir, { create: true });
    store.add([item(`a${'4'.repeat(63)}`)]);
    store.close();
    for (const path of [parent, dir, join(dir, STORE_FILE)]) chmodSync(path, 0o755);
    chmodSync(join(dir, STORE_FILE), 0o444);
    chmodSync(dir, 0o555);
    const script = `import(${JSON.stringify(join(ROOT, 'dist/corpus/store.js'))}).then(({ Store }) => { const s = Store.open(${JSON.stringify(dir)}, { readonly: true }); console.log(JSON.stringify(s.reads.totals())); })`;
    try {
      const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', ...(root ? { uid: NOBODY, gid: NOBODY } : {}) });
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toEqual({ documents: 1, directives: 1 });
    } finally {
      chmodSync(dir, 0o755);
    }
    writeFileSync(join(parent, 'done'), '');
  });
});
