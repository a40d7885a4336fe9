import type Database from 'better-sqlite3';
import { DataError } from '../../errors.js';
import type { DirectiveLink, StoredLink } from '../../model/links.js';
import type { Force } from '../../vocab/forces.js';
import { hasTable } from './schema.js';

/**
 * The links table (schema.ts; corpus/pg/schema.ts on a server): English–Chinese
 * directive pairs that last (issue 16, item 2). Written once for both SQL
 * engines over the little each must provide; writes run inside the caller's
 * transaction.
 */
export interface LinkDb {
  rows<T>(sql: string, ...params: unknown[]): T[];
  run(sql: string, ...params: unknown[]): void;
  /** The column that keeps a pair's rows in the order they were saved (SQLite's rowid, a serial on a server). */
  readonly order: string;
  /** Whether the table is there (a schema-1 corpus read as it is has none). */
  readonly hasLinks: boolean;
}

/** A corpus folder's database as a LinkDb. */
export function sqliteLinks(db: Database.Database): LinkDb {
  return {
    rows: <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[],
    run: (sql, ...params) => void db.prepare(sql).run(...params),
    order: 'rowid',
    get hasLinks() {
      return hasTable(db, 'links');
    },
  };
}

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
function directiveIdsOf(db: LinkDb, docId: string): Set<string> {
  return new Set(db.rows<{ id: string }>('SELECT d.id FROM directives d JOIN documents doc ON doc.ord = d.doc_ord WHERE doc.id = ?', docId).map((r) => r.id));
}

function languageOf(db: LinkDb, docId: string): string | undefined {
  return db.rows<{ language: string }>('SELECT language FROM documents WHERE id = ?', docId)[0]?.language;
}

/** Why these pairs cannot link these two documents, or null when they can. */
export function linkProblem(db: LinkDb, enDoc: string, zhDoc: string, pairs: readonly DirectiveLink[]): string | null {
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
export function writeLinks(db: LinkDb, enDoc: string, zhDoc: string, pairs: readonly DirectiveLink[]): number {
  const problem = linkProblem(db, enDoc, zhDoc, pairs);
  if (problem !== null) throw new DataError(`cannot link ${enDoc} and ${zhDoc}: ${problem}`);
  db.run('DELETE FROM links WHERE en_doc IN (?, ?) OR zh_doc IN (?, ?)', enDoc, zhDoc, enDoc, zhDoc);
  const insert = (...values: unknown[]): void => db.run('INSERT INTO links (pair, en_doc, zh_doc, en, zh, confidence, en_force, zh_force) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', ...values);
  let next = Number(db.rows<{ top: number | null }>('SELECT max(pair) AS top FROM links')[0]?.top ?? 0) + 1;
  let stored = 0;
  for (const pair of pairs) {
    if (pair.en.length === 0 && pair.zh.length === 0) continue;
    const pairId = next++;
    const ens: (string | null)[] = pair.en.length > 0 ? pair.en : [null];
    const zhs: (string | null)[] = pair.zh.length > 0 ? pair.zh : [null];
    for (const en of ens) for (const zh of zhs) insert(pairId, enDoc, zhDoc, en, zh, pair.confidence, pair.force[0], pair.force[1]);
    stored++;
  }
  return stored;
}

/** A removed document takes its links with it. */
export function deleteLinksOf(db: LinkDb, docId: string): void {
  db.run('DELETE FROM links WHERE en_doc = ? OR zh_doc = ?', docId, docId);
}

/** How many values one `IN (…)` list carries: far below either engine's limit on parameters. */
const CHUNK = 500;

const inList = (n: number): string => `(${Array.from({ length: n }, () => '?').join(', ')})`;

/**
 * After a reparse: a pair one of whose directives is gone (or renumbered away)
 * no longer says anything true. Found first, then deleted by pair, in
 * statements that each touch one table: Citus refuses to modify a reference
 * table (links there) in a statement that reads a distributed one (directives).
 */
export function deleteStaleLinks(db: LinkDb): void {
  const links = db.rows<{ pair: number; en: string | null; zh: string | null }>('SELECT pair, en, zh FROM links');
  const ids = [...new Set(links.flatMap((l) => [l.en, l.zh]).filter((id): id is string => id !== null))];
  const present = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    for (const row of db.rows<{ id: string }>(`SELECT id FROM directives WHERE id IN ${inList(chunk.length)}`, ...chunk)) present.add(row.id);
  }
  const gone = (id: string | null): boolean => id !== null && !present.has(id);
  const stale = [...new Set(links.filter((l) => gone(l.en) || gone(l.zh)).map((l) => l.pair))];
  for (let i = 0; i < stale.length; i += CHUNK) {
    const chunk = stale.slice(i, i + CHUNK);
    db.run(`DELETE FROM links WHERE pair IN ${inList(chunk.length)}`, ...chunk);
  }
}

/** Every stored link, one per pair, its directive ids in the order they were saved. */
export function* readLinks(db: LinkDb): Generator<StoredLink> {
  // a schema-1 corpus read as it is has no links table
  if (!db.hasLinks) return;
  let current: StoredLink | null = null;
  let currentPair = -1;
  for (const row of db.rows<LinkRow>(`SELECT * FROM links ORDER BY pair, ${db.order}`)) {
    // a server hands a bigint over as a string
    const pair = Number(row.pair);
    if (pair !== currentPair) {
      if (current !== null) yield current;
      currentPair = pair;
      current = { en: [], zh: [], force: [row.en_force as Force | null, row.zh_force as Force | null], confidence: row.confidence, enDoc: row.en_doc, zhDoc: row.zh_doc };
    }
    if (row.en !== null && !current!.en.includes(row.en)) current!.en.push(row.en);
    if (row.zh !== null && !current!.zh.includes(row.zh)) current!.zh.push(row.zh);
  }
  if (current !== null) yield current;
}

/** The directive ids linked to this one, in the order they were saved. */
export function counterpartIdsOf(db: LinkDb, directiveId: string): string[] {
  if (!db.hasLinks) return [];
  return db
    .rows<{ id: string }>(
      `SELECT id FROM (SELECT zh AS id, ${db.order} AS r FROM links WHERE en = ? AND zh IS NOT NULL UNION SELECT en, ${db.order} FROM links WHERE zh = ? AND en IS NOT NULL) AS linked GROUP BY id ORDER BY min(r)`,
      directiveId,
      directiveId,
    )
    .map((r) => r.id);
}

/**
 * An exported corpus's links, under the ids its documents got here (a
 * lengthened id differs); a link whose directives are not all here (another
 * parse) is left out.
 */
export function addLinks(db: LinkDb, links: readonly StoredLink[], storedIds: ReadonlyMap<string, string>): void {
  const byPair = new Map<string, { enDoc: string; zhDoc: string; pairs: DirectiveLink[] }>();
  for (const link of links) {
    const enDoc = storedIds.get(link.enDoc);
    const zhDoc = storedIds.get(link.zhDoc);
    if (enDoc === undefined || zhDoc === undefined) continue;
    const rename = (ids: readonly string[], from: string, to: string): string[] => ids.map((id) => `${to}${id.slice(from.length)}`);
    const key = `${enDoc}\t${zhDoc}`;
    const group = byPair.get(key) ?? { enDoc, zhDoc, pairs: [] };
    group.pairs.push({ en: rename(link.en, link.enDoc, enDoc), zh: rename(link.zh, link.zhDoc, zhDoc), force: link.force, confidence: link.confidence });
    byPair.set(key, group);
  }
  for (const { enDoc, zhDoc, pairs } of byPair.values()) {
    if (linkProblem(db, enDoc, zhDoc, pairs) === null) writeLinks(db, enDoc, zhDoc, pairs);
  }
}
