import type Database from 'better-sqlite3';
import { DataError } from '../../errors.js';
import type { DirectiveLink, StoredLink } from '../../model/links.js';
import type { Force } from '../../vocab/forces.js';
import { hasTable } from './schema.js';

/**
 * The links table (schema.ts): English–Chinese directive pairs that last
 * (issue 16, item 2). Writes run inside the caller's transaction.
 */

interface LinkRow {
  pair: number;
  en_doc: string;
  zh_doc: string;
  en: string | null;
  zh: string | null;
  confidence: number;
  en_force: string | null;
  zh_force: string | null;
}

/** The directive ids of one document, to check a link against. */
function directiveIdsOf(db: Database.Database, docId: string): Set<string> {
  return new Set(db.prepare('SELECT d.id FROM directives d JOIN documents doc ON doc.ord = d.doc_ord WHERE doc.id = ?').pluck().all(docId) as string[]);
}

function languageOf(db: Database.Database, docId: string): string | undefined {
  return db.prepare('SELECT language FROM documents WHERE id = ?').pluck().get(docId) as string | undefined;
}

/** Why these pairs cannot link these two documents, or null when they can. */
export function linkProblem(db: Database.Database, enDoc: string, zhDoc: string, pairs: readonly DirectiveLink[]): string | null {
  for (const [docId, language] of [
    [enDoc, 'en'],
    [zhDoc, 'zh'],
  ] as const) {
    const found = languageOf(db, docId);
    if (found === undefined) return `no document ${docId} in the corpus`;
    if (found !== language) return `document ${docId} is not in ${language === 'en' ? 'English' : 'Chinese'}`;
  }
  const ids = { en: directiveIdsOf(db, enDoc), zh: directiveIdsOf(db, zhDoc) };
  for (const pair of pairs) {
    for (const side of ['en', 'zh'] as const) {
      const unknown = pair[side].find((id) => !ids[side].has(id));
      if (unknown !== undefined) return `${unknown} is not a directive of document ${side === 'en' ? enDoc : zhDoc}`;
    }
  }
  return null;
}

/**
 * Replace the links of two documents with `pairs`. An English document is
 * linked to one Chinese document at a time (and the other way round), so
 * each directive stays in one link at most: a new alignment of either
 * document replaces what it had. Returns how many pairs were stored.
 */
export function writeLinks(db: Database.Database, enDoc: string, zhDoc: string, pairs: readonly DirectiveLink[]): number {
  const problem = linkProblem(db, enDoc, zhDoc, pairs);
  if (problem !== null) throw new DataError(`cannot link ${enDoc} and ${zhDoc}: ${problem}`);
  db.prepare('DELETE FROM links WHERE en_doc IN (?, ?) OR zh_doc IN (?, ?)').run(enDoc, zhDoc, enDoc, zhDoc);
  const insert = db.prepare('INSERT INTO links (pair, en_doc, zh_doc, en, zh, confidence, en_force, zh_force) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  let next = ((db.prepare('SELECT max(pair) FROM links').pluck().get() as number | null) ?? 0) + 1;
  let stored = 0;
  for (const pair of pairs) {
    if (pair.en.length === 0 && pair.zh.length === 0) continue;
    const pairId = next++;
    const ens: (string | null)[] = pair.en.length > 0 ? pair.en : [null];
    const zhs: (string | null)[] = pair.zh.length > 0 ? pair.zh : [null];
    for (const en of ens) for (const zh of zhs) insert.run(pairId, enDoc, zhDoc, en, zh, pair.confidence, pair.force[0], pair.force[1]);
    stored++;
  }
  return stored;
}

/** A removed document takes its links with it. */
export function deleteLinksOf(db: Database.Database, docId: string): void {
  db.prepare('DELETE FROM links WHERE en_doc = ? OR zh_doc = ?').run(docId, docId);
}

/** After a reparse: a pair one of whose directives is gone (or renumbered away) no longer says anything true. */
export function deleteStaleLinks(db: Database.Database): void {
  db.exec(`DELETE FROM links WHERE pair IN (SELECT pair FROM links l WHERE (l.en IS NOT NULL AND NOT EXISTS (SELECT 1 FROM directives WHERE id = l.en))
    OR (l.zh IS NOT NULL AND NOT EXISTS (SELECT 1 FROM directives WHERE id = l.zh)))`);
}

/** Every stored link, one per pair, its directive ids in the order they were saved. */
export function* readLinks(db: Database.Database): Generator<StoredLink> {
  // a schema-1 corpus read as it is has no links table
  if (!hasTable(db, 'links')) return;
  let current: StoredLink | null = null;
  let currentPair = -1;
  for (const row of db.prepare('SELECT * FROM links ORDER BY pair, rowid').iterate() as IterableIterator<LinkRow>) {
    if (row.pair !== currentPair) {
      if (current !== null) yield current;
      currentPair = row.pair;
      current = { en: [], zh: [], force: [row.en_force as Force | null, row.zh_force as Force | null], confidence: row.confidence, enDoc: row.en_doc, zhDoc: row.zh_doc };
    }
    if (row.en !== null && !current!.en.includes(row.en)) current!.en.push(row.en);
    if (row.zh !== null && !current!.zh.includes(row.zh)) current!.zh.push(row.zh);
  }
  if (current !== null) yield current;
}

/** The directive ids linked to this one, in the order they were saved. */
export function counterpartIdsOf(db: Database.Database, directiveId: string): string[] {
  if (!hasTable(db, 'links')) return [];
  return db
    .prepare('SELECT id FROM (SELECT zh AS id, rowid AS r FROM links WHERE en = ? AND zh IS NOT NULL UNION SELECT en, rowid FROM links WHERE zh = ? AND en IS NOT NULL) GROUP BY id ORDER BY min(r)')
    .pluck()
    .all(directiveId, directiveId) as string[];
}
