-- When one PostgreSQL server is outgrown: the corpus on Citus (README, "A corpus
-- for a team"). Not run by the tests here (they use a single server); written
-- against Citus 12 and the schema `directives init` creates (schema version 1,
-- src/corpus/pg/schema.ts). Run on the coordinator, as the corpus's owner,
-- after `directives init postgres://coordinator/db` and before the first add
-- (distributing an empty schema is instant; a filled one is copied to shards).
--
-- The layout: every table that grows with the directives — directives, themes,
-- sources — is distributed by the document's key (doc_ord) and co-located, so
-- a document's directives, their themes and its text live on one shard, and
-- every query `directives` sends (filters on directives joined to their
-- document, GROUP BY for facets, the tsvector search) runs shard by shard in
-- parallel. `documents` itself is distributed by the same key (ord) and
-- co-located too; its two global unique keys (sha256, which makes `add` of a
-- text already there a no-op, and the short id) cannot be enforced across
-- shards by Citus, so they move to a small reference table (replicated to
-- every node) that `add` writes first — see the last section.

CREATE EXTENSION IF NOT EXISTS citus;
SET search_path TO directives, public;

-- 1. Citus wants every primary key and unique constraint to contain the
--    distribution column, and foreign keys between distributed tables to
--    include it too.
ALTER TABLE themes DROP CONSTRAINT themes_rid_fkey;
ALTER TABLE sources DROP CONSTRAINT sources_doc_ord_fkey;
ALTER TABLE directives DROP CONSTRAINT directives_doc_ord_fkey;
ALTER TABLE directives DROP CONSTRAINT directives_pkey, ADD PRIMARY KEY (doc_ord, rid);
ALTER TABLE directives DROP CONSTRAINT directives_id_key, ADD UNIQUE (doc_ord, id);
ALTER TABLE documents DROP CONSTRAINT documents_id_key, DROP CONSTRAINT documents_sha256_key;

-- 2. The global keys: one row per document, on every node.
CREATE TABLE document_keys (sha256 text PRIMARY KEY, id text COLLATE "C" NOT NULL UNIQUE, ord bigint NOT NULL);
SELECT create_reference_table('document_keys');

-- 3. Distribute by the document, co-located (the same shard count and hash ranges).
SELECT create_distributed_table('documents', 'ord');
SELECT create_distributed_table('directives', 'doc_ord', colocate_with => 'documents');
SELECT create_distributed_table('themes', 'doc_ord', colocate_with => 'documents');
SELECT create_distributed_table('sources', 'doc_ord', colocate_with => 'documents');
-- the typo vocabulary is small and read by every search: a copy on every node
SELECT create_reference_table('vocab');
SELECT create_reference_table('vocab_deletes');
SELECT create_reference_table('meta');

-- 4. The co-located foreign keys again (a shard's rows point into the same shard).
ALTER TABLE directives ADD FOREIGN KEY (doc_ord) REFERENCES documents (ord) ON DELETE CASCADE;
ALTER TABLE sources ADD FOREIGN KEY (doc_ord) REFERENCES documents (ord) ON DELETE CASCADE;
ALTER TABLE themes ADD FOREIGN KEY (doc_ord, rid) REFERENCES directives (doc_ord, rid) ON DELETE CASCADE;

-- 5. What `add` must do differently on Citus (not yet in src/corpus/pg/writes.ts):
--    claim the text in document_keys first —
--      INSERT INTO document_keys (sha256, id, ord) VALUES ($1, $2, nextval('documents_ord_seq'))
--        ON CONFLICT DO NOTHING RETURNING ord;
--    no row back means the text (or its id) is already there, exactly as the
--    single-server ON CONFLICT on documents does now; then insert the document
--    with that ord. `remove` deletes the document_keys row with the document.
--    Until then, run `add` against a single server and move the corpus with
--    `directives migrate`, or keep one writer at a time.

-- Housekeeping is per shard, run from the coordinator as usual:
--   VACUUM (ANALYZE) directives.directives;
