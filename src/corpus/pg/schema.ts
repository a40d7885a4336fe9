import { DataError } from '../../errors.js';
import type { SyncPg } from './client.js';
import { PgError } from './client.js';
import { FILL_FORCE_COUNTS, NO_FORCES, recountSql } from './counts.js';

/**
 * The corpus on a PostgreSQL server: the same tables as a corpus folder
 * (corpus/sqlite/schema.ts), in a schema of their own (default `directives`).
 * Text that is filtered or sorted on uses the "C" collation, so it orders
 * byte by byte as SQLite does; the search index is a tsvector of the very
 * tokens the other engines index (model/tokens.ts), not PostgreSQL's parser's,
 * with a GIN index; a pg_trgm index on the lowercased text serves substring
 * (exact) search when the extension is available. Themes carry their
 * document's ord, so every table that grows with the corpus can be
 * distributed by it with Citus (docs/postgres-citus.sql), and the keys that
 * must be unique across the whole corpus live in `document_keys`.
 */
const C = 'COLLATE "C"';

/** Each entry takes a corpus from version i to i + 1; run in one transaction, under an advisory lock (exported for the tests that rebuild an older corpus). */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);
   CREATE TABLE documents (
     ord bigserial PRIMARY KEY,
     id text ${C} NOT NULL UNIQUE,
     sha256 text NOT NULL UNIQUE,
     file text ${C}, title text ${C}, date text ${C}, place text, issuer text, event text,
     participants text NOT NULL,
     language text ${C} NOT NULL,
     parser_version text NOT NULL,
     source_url text,
     directive_count integer NOT NULL DEFAULT 0,
     added_at text NOT NULL,
     format text, original_sha256 text, fetched text,
     edited text
   );
   CREATE TABLE sources (doc_ord bigint PRIMARY KEY REFERENCES documents (ord) ON DELETE CASCADE, source text NOT NULL);
   CREATE TABLE directives (
     rid bigserial PRIMARY KEY,
     id text ${C} NOT NULL UNIQUE,
     doc_ord bigint NOT NULL REFERENCES documents (ord) ON DELETE CASCADE,
     start integer NOT NULL, "end" integer NOT NULL,
     text text ${C} NOT NULL,
     force text NOT NULL, force_rank smallint NOT NULL,
     cue text, reporting text ${C}, issuer text ${C}, addressee text ${C},
     actions text NOT NULL, purpose text, themes text NOT NULL,
     paragraph integer NOT NULL, sentence integer NOT NULL,
     confidence double precision, signals text,
     tsv tsvector NOT NULL
   );
   CREATE INDEX directives_position ON directives (doc_ord, start);
   CREATE INDEX directives_force ON directives (force_rank, doc_ord, start);
   CREATE INDEX directives_reporting ON directives (reporting);
   CREATE INDEX directives_issuer ON directives (issuer);
   CREATE INDEX directives_addressee ON directives (addressee);
   CREATE INDEX directives_tsv ON directives USING gin (tsv);
   CREATE TABLE themes (doc_ord bigint NOT NULL, rid bigint NOT NULL REFERENCES directives (rid) ON DELETE CASCADE, theme text ${C} NOT NULL);
   CREATE INDEX themes_theme ON themes (theme);
   CREATE INDEX themes_rid ON themes (rid);
   CREATE TABLE vocab (term text ${C} PRIMARY KEY, docs integer NOT NULL);
   CREATE TABLE vocab_deletes (key text ${C} NOT NULL, term text ${C} NOT NULL, PRIMARY KEY (key, term));
   CREATE TABLE links (
     seq bigserial PRIMARY KEY,
     pair bigint NOT NULL,
     en_doc text ${C} NOT NULL, zh_doc text ${C} NOT NULL,
     en text ${C}, zh text ${C},
     confidence double precision NOT NULL,
     en_force text, zh_force text
   );
   CREATE INDEX links_en ON links (en);
   CREATE INDEX links_zh ON links (zh);
   CREATE INDEX links_docs ON links (en_doc, zh_doc);`,
  // 2: per-document counts (corpus/pg/counts.ts), filled from the directives already there
  `CREATE TABLE doc_counts (doc_ord bigint NOT NULL REFERENCES documents (ord) ON DELETE CASCADE, dim text ${C} NOT NULL, value text ${C}, n integer NOT NULL);
   CREATE INDEX doc_counts_dim ON doc_counts (dim, doc_ord) INCLUDE (value, n);
   CREATE INDEX doc_counts_doc ON doc_counts (doc_ord);
   ${recountSql('TRUE')};
   ALTER TABLE documents ADD COLUMN force_counts integer[];
   ${FILL_FORCE_COUNTS};
   ALTER TABLE documents ALTER COLUMN force_counts SET NOT NULL, ALTER COLUMN force_counts SET DEFAULT '${NO_FORCES}';`,
  // 3: the global keys of a document (its text's hash, its short id) in a table
  // of their own, which `add` claims before it writes the document: on Citus
  // (docs/postgres-citus.sql) `documents` is spread over shards, where no
  // unique constraint can span them, and this small table is replicated whole.
  `CREATE TABLE document_keys (sha256 text PRIMARY KEY, id text ${C} NOT NULL UNIQUE, ord bigint NOT NULL UNIQUE);
   INSERT INTO document_keys (sha256, id, ord) SELECT sha256, id, ord FROM documents;`,
];

/** The first schema version with per-document counts (doc_counts). */
export const COUNTS_SCHEMA = 2;

/** The schema version this code writes and reads. */
export const PG_SCHEMA = MIGRATIONS.length;

/** The stored schema version, or null when the schema holds no corpus. */
export function storedVersion(db: SyncPg, schema: string): number | null {
  const hasMeta = db.value<boolean>('SELECT to_regclass(?) IS NOT NULL', `"${schema}".meta`);
  if (!hasMeta) return null;
  const value = db.value<string>(`SELECT value FROM "${schema}".meta WHERE key = 'schema'`);
  return value === undefined ? null : Number(value);
}

/**
 * The trigram index needs pg_trgm (a trusted extension: a database owner may
 * create it). It is an optimisation only: without it exact search scans.
 */
function ensureTrigramIndex(db: SyncPg, schema: string): void {
  try {
    db.query('SAVEPOINT trgm');
    if (db.value<boolean>("SELECT count(*) = 0 FROM pg_extension WHERE extname = 'pg_trgm'")) db.query('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public');
    db.query(`CREATE INDEX IF NOT EXISTS directives_text_trgm ON "${schema}".directives USING gin (lower(text) public.gin_trgm_ops)`);
    db.query('RELEASE SAVEPOINT trgm');
  } catch (error) {
    if (!(error instanceof PgError)) throw error;
    db.query('ROLLBACK TO SAVEPOINT trgm');
  }
}

/**
 * Create or bring up to date the corpus in `schema` (call inside a
 * transaction); `to` stops at an older version (tests of the upgrade). Two `init`s at once take turns on an advisory lock, so the
 * second finds the first one's tables.
 */
export function migrate(db: SyncPg, schema: string, to = PG_SCHEMA): { created: boolean } {
  db.query('SELECT pg_advisory_xact_lock(hashtext(?))', `directives schema ${schema}`);
  db.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  const from = storedVersion(db, schema) ?? 0;
  if (from > PG_SCHEMA) throw newerSchema(schema, from);
  db.query(`SET LOCAL search_path TO "${schema}", public`);
  for (let version = from; version < to; version++) db.query(MIGRATIONS[version]!);
  ensureTrigramIndex(db, schema);
  db.query("INSERT INTO meta (key, value) VALUES ('schema', ?) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", String(Math.max(from, to)));
  return { created: from === 0 };
}

export function newerSchema(schema: string, version: number): DataError {
  return new DataError(`the corpus in schema ${schema} was made by a newer directives (schema ${version}; this one reads up to ${PG_SCHEMA}); upgrade directives`);
}
