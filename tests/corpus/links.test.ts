import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { STORE_FILE } from '../../src/corpus/layout.js';
import { repairStore } from '../../src/corpus/sqlite/repair.js';
import { Store } from '../../src/corpus/store.js';
import { DataError } from '../../src/errors.js';
import type { StoredLink } from '../../src/model/links.js';
import { validateCorpus } from '../../src/model/validate.js';
import { corpusItems } from '../../src/model/write.js';
import { memoryBackend } from '../../src/query/engines/memory.js';
import { sqliteBackend, sqliteWriter } from '../../src/query/engines/sqlite.js';
import { corpusJsonChunks, corpusNdjsonChunks } from '../../src/render/json.js';
import { linkedCorpus } from '../fixtures/linked.js';

const fresh = (name: string): string => join(mkdtempSync(join(tmpdir(), `directives-${name}-`)), 'corpus');

/** A folder holding the two documents, without their links. */
function unlinkedStore(name: string): { store: Store; corpus: ReturnType<typeof linkedCorpus> } {
  const corpus = linkedCorpus();
  const store = Store.open(fresh(name), { create: true });
  store.add(corpusItems({ ...corpus, links: [] }));
  return { store, corpus };
}

const pairsOf = (links: readonly StoredLink[]) => links.map(({ en, zh, force, confidence }) => ({ en, zh, force, confidence }));

async function snapshotLinks(read: { snapshot: ReturnType<typeof sqliteBackend>['snapshot'] }): Promise<StoredLink[]> {
  return read.snapshot(async (documents, directives, links) => {
    // read in the order the snapshot streams them
    for (const _ of documents);
    for (const _ of directives);
    return [...links];
  });
}

describe('links between a translation and its original (issue 16)', () => {
  it('saveLinks stores the pairs; counterparts answer both ways; a snapshot carries them', async () => {
    const { store, corpus } = unlinkedStore('save');
    const [en, zh] = corpus.documents;
    const writer = sqliteWriter(store);
    expect(writer.saveLinks(en!.id, zh!.id, pairsOf(corpus.links))).toBe(4);
    const backend = sqliteBackend(store);
    expect(backend.counterparts(`${en!.id}-1`).map((d) => d.id)).toEqual([`${zh!.id}-1`]);
    expect(backend.counterparts(`${zh!.id}-2`).map((d) => d.text)).toEqual(['Localities must report on grain reserves.']);
    // no counterpart, and never linked, both read as none
    expect(backend.counterparts(`${en!.id}-3`)).toEqual([]);
    expect(backend.counterparts('nosuch-1')).toEqual([]);
    expect(await snapshotLinks(backend)).toEqual(corpus.links);
    store.close();
  });

  it('a one-to-many pair keeps both Chinese directives, in order', () => {
    const { store, corpus } = unlinkedStore('many');
    const [en, zh] = corpus.documents;
    store.saveLinks(en!.id, zh!.id, [{ en: [`${en!.id}-1`], zh: [`${zh!.id}-2`, `${zh!.id}-1`], force: ['should', 'must'], confidence: 0.7 }]);
    expect(store.reads.counterparts(`${en!.id}-1`).map((d) => d.id)).toEqual([`${zh!.id}-2`, `${zh!.id}-1`]);
    expect(store.reads.counterparts(`${zh!.id}-1`).map((d) => d.id)).toEqual([`${en!.id}-1`]);
    store.close();
  });

  it('saving again replaces the two documents\' links; a bad pair changes nothing', async () => {
    const { store, corpus } = unlinkedStore('replace');
    const [en, zh] = corpus.documents;
    store.saveLinks(en!.id, zh!.id, pairsOf(corpus.links));
    store.saveLinks(en!.id, zh!.id, [{ en: [`${en!.id}-3`], zh: [`${zh!.id}-3`], force: ['will', 'encourage'], confidence: 0.5 }]);
    expect(store.reads.counterparts(`${en!.id}-1`)).toEqual([]);
    expect(store.reads.counterparts(`${en!.id}-3`).map((d) => d.id)).toEqual([`${zh!.id}-3`]);
    const before = await snapshotLinks(sqliteBackend(store));
    expect(() => store.saveLinks(en!.id, zh!.id, [{ en: [`${zh!.id}-1`], zh: [], force: [null, null], confidence: 0 }])).toThrow(DataError);
    expect(() => store.saveLinks(zh!.id, en!.id, [])).toThrow(/not in English/);
    expect(() => store.saveLinks('nosuchdoc', zh!.id, [])).toThrow(/no document nosuchdoc/);
    expect(await snapshotLinks(sqliteBackend(store))).toEqual(before);
    store.close();
  });

  it('removing either document removes its links', async () => {
    const { store, corpus } = unlinkedStore('remove');
    const [en, zh] = corpus.documents;
    store.saveLinks(en!.id, zh!.id, pairsOf(corpus.links));
    expect(await snapshotLinks(sqliteBackend(store))).toHaveLength(4);
    store.remove([zh!.id]);
    expect(store.reads.counterparts(`${en!.id}-1`)).toEqual([]);
    expect(await snapshotLinks(sqliteBackend(store))).toEqual([]);
    store.close();
  });

  it('export writes the links, and add of the export reads them back', async () => {
    const { store, corpus } = unlinkedStore('export');
    const [en, zh] = corpus.documents;
    store.saveLinks(en!.id, zh!.id, pairsOf(corpus.links));
    const json = await sqliteBackend(store).snapshot(async (documents, directives, links) => [...corpusJsonChunks(documents, directives, links)].join(''));
    store.close();
    const exported = validateCorpus(JSON.parse(json), 'export.json');
    expect(exported.links).toEqual(corpus.links);
    const copy = Store.open(fresh('import'), { create: true });
    copy.add(corpusItems(exported));
    expect(copy.reads.counterparts(`${zh!.id}-1`).map((d) => d.id)).toEqual([`${en!.id}-1`]);
    expect(await snapshotLinks(sqliteBackend(copy))).toEqual(corpus.links);
    copy.close();
    // the memory engine reads the same file alike
    expect(memoryBackend(exported).counterparts(`${zh!.id}-1`).map((d) => d.id)).toEqual([`${en!.id}-1`]);
  });

  it('a corpus without links exports as before; NDJSON tags each link', () => {
    const corpus = linkedCorpus();
    const plain = [...corpusJsonChunks(corpus.documents, corpus.directives)].join('');
    expect(plain.endsWith('\n]}\n')).toBe(true);
    expect(JSON.parse(plain).links).toBeUndefined();
    const lines = [...corpusNdjsonChunks(corpus.documents, corpus.directives, corpus.links)].map((line) => JSON.parse(line) as { type: string });
    expect(lines.filter((l) => l.type === 'link')).toHaveLength(4);
  });

  it('validation: both ids must be directives of the link\'s documents, each in one link', () => {
    const corpus = linkedCorpus();
    const enId = corpus.documents[0]!.id;
    const zhId = corpus.documents[1]!.id;
    const bad = (links: StoredLink[]): unknown => JSON.parse(JSON.stringify({ ...corpus, links }));
    expect(() => validateCorpus(bad([{ ...corpus.links[0]!, zh: [`${zhId}-9`] }]), 'c.json')).toThrow(`c.json: links[0]: "${zhId}-9" is not a directive of document ${zhId}`);
    expect(() => validateCorpus(bad([{ ...corpus.links[0]!, enDoc: 'gone' }]), 'c.json')).toThrow(/links\[0\]: unknown document "gone"/);
    expect(() => validateCorpus(bad([{ ...corpus.links[0]!, en: [`${zhId}-1`], enDoc: zhId }]), 'c.json')).toThrow(/not in English/);
    expect(() => validateCorpus(bad([corpus.links[0]!, { ...corpus.links[1]!, en: [`${enId}-1`] }]), 'c.json')).toThrow(/links\[1\]: directive .* is in two links/);
    expect(() => validateCorpus(bad([{ ...corpus.links[0]!, force: ['should', 'maybe' as never] }]), 'c.json')).toThrow(/links\[0\]\.force/);
    expect(validateCorpus(bad(corpus.links), 'c.json').links).toHaveLength(4);
  });

  it('reparse drops the pairs whose directives are gone; a repair keeps the links whose directives it saves', async () => {
    const { store, corpus } = unlinkedStore('reparse');
    const [en, zh] = corpus.documents;
    store.saveLinks(en!.id, zh!.id, pairsOf(corpus.links));
    // a parser that no longer finds the third English directive
    store.reparse((source, meta) => {
      const directives = corpus.directives.filter((d) => d.doc === meta.id && d.id !== `${en!.id}-3`);
      return { document: { ...meta, source }, directives };
    });
    expect((await snapshotLinks(sqliteBackend(store))).map((l) => l.en)).toEqual([[`${en!.id}-1`], [`${en!.id}-2`], []]);
    const dir = store.path;
    store.close();
    const db = new Database(join(dir, STORE_FILE));
    db.exec(`UPDATE directives SET actions = '{not json' WHERE id = '${zh!.id}-2'`);
    db.close();
    expect(repairStore(dir).after).toMatchObject({ problemCount: 0 });
    const repaired = Store.open(dir, { readonly: true });
    expect((await snapshotLinks(sqliteBackend(repaired))).map((l) => [l.en, l.zh])).toEqual([
      [[`${en!.id}-1`], [`${zh!.id}-1`]],
      [[], [`${zh!.id}-3`]],
    ]);
  });
});
