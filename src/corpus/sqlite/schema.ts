import type Database from 'better-sqlite3';
import { deletions, indexText, searchableText, takesTypoKeys } from '../../model/tokens.js';

/**
 * English–Chinese directive links (issue 16): one row per English × Chinese
 * directive of an aligned pair (a one-to-many pair has several rows sharing
 * its `pair` id; a directive with no counterpart has one row, NULL on the
 * other side, so `--unaligned` tells "no counterpart" from "never aligned").
 * The forces are the pair's, as the aligner gave them.
 */
export const LINKS = `CREATE TABLE IF NOT EXISTS links (
  pair INTEGER NOT NULL,
  en_doc TEXT NOT NULL, zh_doc TEXT NOT NULL,
  en TEXT, zh TEXT,
  confidence REAL NOT NULL,
  en_force TEXT, zh_force TEXT
);
CREATE INDEX IF NOT EXISTS links_en ON links (en);
CREATE INDEX IF NOT EXISTS links_zh ON links (zh);
CREATE INDEX IF NOT EXISTS links_docs ON links (en_doc, zh_doc);
`;

/**
 * The corpus folder's tables. Directives keep the force's rank (for
 * `--min-force` and sorting by index), themes in their own table (a directive
 * has several), the searchable words in a contentless FTS5 index, and the
 * index's vocabulary with its SymSpell deletion keys for typo lookup.
 */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS documents (
  ord INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL UNIQUE,
  file TEXT, title TEXT, date TEXT, place TEXT, issuer TEXT, event TEXT,
  participants TEXT NOT NULL,
  language TEXT NOT NULL,
  parser_version TEXT NOT NULL,
  source_url TEXT,
  directive_count INTEGER NOT NULL DEFAULT 0,
  added_at TEXT NOT NULL,
  format TEXT, original_sha256 TEXT, fetched TEXT,
  edited TEXT
);
CREATE TABLE IF NOT EXISTS sources (doc_ord INTEGER PRIMARY KEY, source TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS directives (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  doc_ord INTEGER NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  force TEXT NOT NULL, force_rank INTEGER NOT NULL,
  cue TEXT, reporting TEXT, issuer TEXT, addressee TEXT,
  actions TEXT NOT NULL, purpose TEXT, themes TEXT NOT NULL,
  paragraph INTEGER NOT NULL, sentence INTEGER NOT NULL,
  confidence REAL, signals TEXT
);
CREATE INDEX IF NOT EXISTS directives_position ON directives (doc_ord, start);
CREATE INDEX IF NOT EXISTS directives_force ON directives (force_rank, doc_ord, start);
CREATE INDEX IF NOT EXISTS directives_reporting ON directives (reporting);
CREATE INDEX IF NOT EXISTS directives_issuer ON directives (issuer);
CREATE INDEX IF NOT EXISTS directives_addressee ON directives (addressee);
CREATE TABLE IF NOT EXISTS themes (rid INTEGER NOT NULL, theme TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS themes_theme ON themes (theme);
CREATE INDEX IF NOT EXISTS themes_rid ON themes (rid);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5 (body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS vocab (term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS vocab_deletes (key TEXT NOT NULL, term TEXT NOT NULL, PRIMARY KEY (key, term)) WITHOUT ROWID;
${LINKS}`;

/** SQLite's application id for a corpus ("DRCT"): how a corpus is told from any other SQLite database (issue 17). */
export const APPLICATION_ID = 0x44524354;

/** The schema version this code writes; older corpora are migrated forward on the first write. */
export const STORE_SCHEMA = 3;

/**
 * Each step takes a corpus from version n to n + 1, inside the caller's
 * transaction. A reader of an older corpus needs none of them: the columns a
 * step adds read as NULL (see rows.ts).
 */
const MIGRATIONS: Record<number, string | ((db: Database.Database) => void)> = {
  // issue 10: the parser says how sure it is; issue 13: what a document was read from, and what a person set;
  // issue 14: `imperative` moved up the force scale, beside `should` (vocab/forces.ts); issue 16: directive links
  1: `ALTER TABLE directives ADD COLUMN confidence REAL; ALTER TABLE directives ADD COLUMN signals TEXT;
      ALTER TABLE documents ADD COLUMN format TEXT; ALTER TABLE documents ADD COLUMN original_sha256 TEXT;
      ALTER TABLE documents ADD COLUMN fetched TEXT; ALTER TABLE documents ADD COLUMN edited TEXT;
      UPDATE directives SET force_rank = CASE force WHEN 'must' THEN 0 WHEN 'must-not' THEN 1 WHEN 'should' THEN 2 WHEN 'necessary' THEN 3
        WHEN 'imperative' THEN 4 WHEN 'will' THEN 5 WHEN 'strive' THEN 6 WHEN 'encourage' THEN 7 ELSE 8 END;
      ${LINKS}`,
  // issue 14: the word index holds single Han characters too (model/tokens.ts), so `search 党` finds what a full scan finds
  2: reindexWords,
};

/** Rebuild the word index and its vocabulary from the stored directives, as the writer indexes them today. */
function reindexWords(db: Database.Database): void {
  db.exec('DELETE FROM fts; DELETE FROM vocab; DELETE FROM vocab_deletes;');
  // in batches: better-sqlite3 cannot write while a query is still being iterated
  const batch = db.prepare(
    `SELECT d.rid, d.text, d.actions, d.addressee, d.themes, doc.title FROM directives d JOIN documents doc ON doc.ord = d.doc_ord
     WHERE d.rid > ? ORDER BY d.rid LIMIT 5000`,
  );
  const fts = db.prepare('INSERT INTO fts (rowid, body) VALUES (?, ?)');
  const docs = new Map<string, number>();
  for (let after = 0; ; ) {
    const rows = batch.all(after) as { rid: number; text: string; actions: string; addressee: string | null; themes: string; title: string | null }[];
    if (rows.length === 0) break;
    for (const row of rows) {
      const directive = { text: row.text, actions: JSON.parse(row.actions) as { verb: string; object: string }[], addressee: row.addressee, themes: JSON.parse(row.themes) as string[] };
      const body = indexText(searchableText(directive, row.title));
      fts.run(row.rid, body);
      for (const term of new Set(body.split(' '))) if (term !== '') docs.set(term, (docs.get(term) ?? 0) + 1);
    }
    after = rows[rows.length - 1]!.rid;
  }
  const vocab = db.prepare('INSERT INTO vocab (term, docs) VALUES (?, ?)');
  const key = db.prepare('INSERT OR IGNORE INTO vocab_deletes (key, term) VALUES (?, ?)');
  for (const [term, count] of docs) {
    vocab.run(term, count);
    if (takesTypoKeys(term)) for (const k of deletions(term)) key.run(k, term);
  }
}

export function storedVersion(db: Database.Database): number | null {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (!hasMeta) return null;
  const row = db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: string } | undefined;
  return row === undefined ? null : Number(row.value);
}

export function hasTable(db: Database.Database, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

/** Whether the directives table already has a column (an old corpus opened read-only lacks the newer ones). */
export function hasColumn(db: Database.Database, table: string, column: string): boolean {
  return (db.prepare(`SELECT 1 FROM pragma_table_info(?) WHERE name = ?`).get(table, column) as unknown) !== undefined;
}

/** Bring a corpus at `from` up to STORE_SCHEMA (call inside a write transaction). */
export function migrate(db: Database.Database, from: number): void {
  for (let version = from; version < STORE_SCHEMA; version++) {
    const step = MIGRATIONS[version]!;
    if (typeof step === 'string') db.exec(step);
    else step(db);
  }
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)").run(String(STORE_SCHEMA));
}
