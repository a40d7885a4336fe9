import { mkdtempSync, openSync, readdirSync, closeSync, writeSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { STORE_FILE } from '../../src/corpus/layout.js';
import { checkStore } from '../../src/corpus/sqlite/check.js';
import { repairStore } from '../../src/corpus/sqlite/repair.js';
import { Store } from '../../src/corpus/store.js';
import { sqliteBackend } from '../../src/query/engines/sqlite.js';
import { createReader } from '../../src/query/reader.js';
import { syntheticItem } from '../helpers/items.js';

/** Issue 17, item 7: `check` finds damage; `check --repair` keeps every usable row and rebuilds the rest. */

function corpus(documents = 12, sentences = 4): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'directives-check-')), 'corpus');
  const store = Store.open(dir, { create: true });
  store.add(Array.from({ length: documents }, (_, i) => syntheticItem(`chk${i}`, sentences)));
  store.close();
  return dir;
}

function edit(dir: string, sql: string): void {
  const db = new Database(join(dir, STORE_FILE));
  db.exec(sql);
  db.close();
}

function search(dir: string, query: string): number {
  const reader = createReader(sqliteBackend(Store.open(dir, { readonly: true })), { fullScanLimit: 0 });
  try {
    return reader.select({ query, criteria: {} }).length;
  } finally {
    reader.close();
  }
}

describe('directives check (issue 17)', () => {
  it('finds nothing wrong with a sound corpus, and a repair then changes nothing', () => {
    const dir = corpus();
    const report = checkStore(dir);
    expect(report).toMatchObject({ documents: 12, directives: 48, problemCount: 0, damaged: false });
    expect(repairStore(dir)).toMatchObject({ after: null, backup: null });
  });

  it('reports malformed JSON in a column, and a repair drops only that directive', () => {
    const dir = corpus();
    edit(dir, "UPDATE directives SET actions = '{not json' WHERE rid = 5");
    const report = checkStore(dir);
    expect(report.problems.join('\n')).toMatch(/directive \w+-\d: actions is not valid JSON/);
    expect(report).toMatchObject({ directives: 47, lostDirectives: 1, damaged: false });
    const repaired = repairStore(dir);
    expect(repaired.after).toMatchObject({ problemCount: 0, documents: 12, directives: 47 });
    expect(readdirSync(dir).some((name) => name.startsWith(`${STORE_FILE}.damaged-`))).toBe(true);
  });

  it('reports a text that is not its source slice, an unknown force, and a wrong type in actions', () => {
    const dir = corpus();
    edit(dir, `UPDATE directives SET text = 'something else' WHERE rid = 1;
               UPDATE directives SET force = 'ought' WHERE rid = 2;
               UPDATE directives SET actions = '[{"verb": 1, "object": "x"}]' WHERE rid = 3;`);
    const problems = checkStore(dir).problems.join('\n');
    expect(problems).toMatch(/text differs from the document source/);
    expect(problems).toMatch(/unknown force "ought"/);
    expect(problems).toMatch(/actions is not a list of \{verb, object\} strings/);
  });

  it('reports a dropped full-text index, and a repair rebuilds it so search works again', () => {
    const dir = corpus();
    expect(search(dir, 'supervision')).toBeGreaterThan(0);
    edit(dir, 'DROP TABLE fts; DELETE FROM vocab;');
    const report = checkStore(dir);
    expect(report.problems).toContain('table fts is missing');
    expect(report.problems.join('\n')).toMatch(/typo vocabulary lacks/);
    const repaired = repairStore(dir);
    expect(repaired.after).toMatchObject({ problemCount: 0, directives: 48 });
    expect(search(dir, 'supervision')).toBeGreaterThan(0);
    expect(search(dir, 'supervison')).toBeGreaterThan(0);
  });

  it('reports an index out of step with the directives (entries removed behind its back)', () => {
    const dir = corpus();
    edit(dir, 'DELETE FROM fts WHERE rowid IN (1, 2); DELETE FROM themes WHERE rid = 3;');
    const problems = checkStore(dir).problems.join('\n');
    expect(problems).toMatch(/full-text index lacks 2 directives/);
    expect(problems).toMatch(/themes table holds 47 rows; the directives name 48/);
  });

  it('a zeroed page: the file is damaged, and a repair keeps every row SQLite can still read', () => {
    const dir = corpus(60, 6);
    const file = join(dir, STORE_FILE);
    const pageSize = 4096;
    const pages = statSync(file).size / pageSize;
    // a page in the middle of the file: part of some table's rows
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(pageSize), 0, pageSize, Math.floor(pages / 2) * pageSize);
    closeSync(fd);
    const report = checkStore(dir);
    expect(report.problemCount).toBeGreaterThan(0);
    const repaired = repairStore(dir);
    expect(repaired.after?.problemCount).toBe(0);
    expect(repaired.after!.directives).toBe(report.directives);
    expect(repaired.after!.documents).toBe(report.documents);
  });

  it('a file that is not a database at all is reported, not thrown', () => {
    const dir = corpus();
    const fd = openSync(join(dir, STORE_FILE), 'r+');
    writeSync(fd, Buffer.alloc(4096), 0, 4096, 0);
    closeSync(fd);
    const report = checkStore(dir);
    expect(report).toMatchObject({ damaged: true, documents: 0 });
    const repaired = repairStore(dir);
    expect(repaired.after).toMatchObject({ problemCount: 0, documents: 0 });
    expect(repaired.backup).toMatch(/\.damaged-/);
  });
});
