import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { parseRead } from '../../../src/corpus/input/batch.js';
import { Store } from '../../../src/corpus/store.js';
import { validateCorpus } from '../../../src/model/validate.js';
import type { ReadDocument } from '../../../src/corpus/input/types.js';

const read = (text: string): ReadDocument => ({
  kind: 'document',
  input: 'https://example.org/notice.html',
  file: 'https://example.org/notice.html',
  text,
  meta: { format: 'html', originalSha256: 'ab'.repeat(32), fetched: '2026-11-29T10:00:00.000Z', sourceUrl: 'https://example.org/notice.html' },
});

describe('a document keeps its format, original SHA-256 and fetch time', () => {
  it('in the store, through export, and in corpus JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'directives-input-store-'));
    const store = Store.open(dir, { create: true });
    const parsed = parseRead(read('The ministry must report by June.'), {});
    store.add([parsed]);
    const [exported] = [...store.reads.exportDocuments()];
    store.close();
    expect(exported).toMatchObject({ format: 'html', originalSha256: 'ab'.repeat(32), fetched: '2026-11-29T10:00:00.000Z', sourceUrl: 'https://example.org/notice.html' });
    const corpus = validateCorpus(JSON.parse(JSON.stringify({ schemaVersion: 1, documents: [exported], directives: parsed.directives })), 'x.json');
    expect(corpus.documents[0]).toMatchObject({ format: 'html', originalSha256: 'ab'.repeat(32) });
  });

  it('a corpus made before these columns is read as it is and gains them on the first write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'directives-input-old-'));
    Store.open(dir, { create: true }).close();
    const db = new Database(join(dir, 'corpus.sqlite'));
    // what schema 1 wrote: none of the columns schema 2 added
    for (const column of ['format', 'original_sha256', 'fetched', 'edited']) db.exec(`ALTER TABLE documents DROP COLUMN ${column}`);
    for (const column of ['confidence', 'signals']) db.exec(`ALTER TABLE directives DROP COLUMN ${column}`);
    db.exec("UPDATE meta SET value = '1' WHERE key = 'schema'");
    db.close();
    const readonly = Store.open(dir, { readonly: true });
    expect(readonly.reads.documents()).toEqual([]);
    readonly.close();
    const store = Store.open(dir);
    store.add([parseRead(read('Local governments should act.'), {})]);
    expect(store.reads.documents()[0]).toMatchObject({ format: 'html' });
    store.close();
  });

  it('refuses a corpus JSON whose format is not one of the formats', () => {
    const doc = { id: 'a', file: null, title: null, date: null, place: null, issuer: null, event: null, participants: [], language: 'en', sha256: createHash('sha256').update('x').digest('hex'), parserVersion: 't', source: 'x' };
    expect(() => validateCorpus({ schemaVersion: 1, documents: [{ ...doc, format: 3 }], directives: [] }, 'bad.json')).toThrow(/documents\[0\]\.format/);
    expect(() => validateCorpus({ schemaVersion: 1, documents: [{ ...doc, format: 'pdf' }], directives: [] }, 'good.json')).not.toThrow();
  });
});
