import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { STORE_FILE } from '../../src/corpus/layout.js';
import { Store } from '../../src/corpus/store.js';
import { hanBigrams } from '../../src/model/tokens.js';
import type { Corpus } from '../../src/model/types.js';
import { corpusItems } from '../../src/model/write.js';
import { sqliteBackend } from '../../src/query/engines/sqlite.js';
import { createReader } from '../../src/query/reader.js';

/** Issue 14, item 1: a corpus folder indexed before single Han characters were is brought up to date on its first write. */

const zh: Corpus = {
  schemaVersion: 1,
  documents: [{ id: 'zh000001', file: null, title: '国务院常务会议', date: '2024-01-22', place: null, issuer: null, event: null, participants: [], language: 'zh', sha256: 'y'.repeat(64), parserVersion: 't', source: '要稳住经济大盘。' }],
  directives: [{ id: 'zh000001-1', doc: 'zh000001', start: 0, end: 7, text: '要稳住经济大盘', force: 'necessary', cue: '要', reporting: null, issuer: null, addressee: null, actions: [], purpose: null, themes: [], paragraph: 0, sentence: 0 }],
};

/** The index as schema 2 wrote it: Han bigrams only. */
const bigramsOnly = (text: string): string => text.replace(/[\u3400-\u9fff]+/g, (run) => ` ${hanBigrams(run).join(' ')} `).trim();

describe('schema 2 → 3: single Han characters in the word index', () => {
  it('an old index misses 要; after the migration the index path finds it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'directives-han-'));
    const store = Store.open(dir, { create: true });
    store.add(corpusItems(zh));
    store.close();
    const db = new Database(join(dir, STORE_FILE));
    db.exec('DELETE FROM fts');
    db.prepare('INSERT INTO fts (rowid, body) SELECT rid, ? FROM directives').run(bigramsOnly('要稳住经济大盘 国务院常务会议'));
    db.exec("UPDATE meta SET value = '2' WHERE key = 'schema'");
    db.close();

    const search = (s: Store): string[] => createReader(sqliteBackend(s), { fullScanLimit: 0 }).select({ query: '要', criteria: {} }).map((h) => h.directive.id);
    const old = Store.open(dir, { readonly: true });
    expect(search(old)).toEqual([]);
    old.close();
    const migrated = Store.open(dir);
    expect(search(migrated)).toEqual(['zh000001-1']);
    expect(createReader(sqliteBackend(migrated), { fullScanLimit: 0 }).select({ query: '经济', criteria: {} })).toHaveLength(1);
    migrated.close();
  });
});
