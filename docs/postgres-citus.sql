-- When one PostgreSQL server is outgrown: the corpus on Citus (README, "A corpus
-- for a team"). Run it on the coordinator, as the corpus's owner, after
-- `directives init postgres://coordinator/db` (schema `directives`) and
-- preferably before the first add: distributing empty tables is instant, filled
-- ones are copied to the shards. It is written for the schema the current
-- `directives init` creates (src/corpus/pg/schema.ts); the tests run it as
-- written (tests/corpus/pg-citus.test.ts) on a single server, against a
-- stand-in for the two Citus functions that enforces the rules Citus checks
-- when a table is distributed, then run every command on the result.
--
-- The layout: every table that grows with the corpus — documents, directives,
-- themes, sources, doc_counts — is distributed by the document's key (ord, and
-- doc_ord in the others) and co-located, so a document, its directives, their
-- themes, its text and its facet counts live on one shard, and the queries
-- `directives` sends (filters on directives joined to their document, GROUP BY
-- for facets, the tsvector search) run shard by shard in parallel. The small
-- tables that every shard reads, or whose keys must be unique across all
-- shards, become reference tables (a copy on every node).
--
-- Nothing in `directives` changes with the layout: `add` claims a document's
-- keys in `document_keys` before it writes the document, `remove` deletes the
-- keys and then the document by its ord, `edit` and `reparse` lock key rows,
-- not document rows (Citus takes FOR UPDATE on one shard or a reference table
-- only).

CREATE EXTENSION IF NOT EXISTS citus;

SET search_path TO directives, public;

-- 1. Foreign keys between tables that are about to be distributed are dropped
--    and added again once all of them are (section 5): Citus accepts a foreign
--    key between distributed tables only when both are distributed, co-located,
--    and the key includes the distribution column on both sides.
ALTER TABLE themes DROP CONSTRAINT themes_rid_fkey;
ALTER TABLE sources DROP CONSTRAINT sources_doc_ord_fkey;
ALTER TABLE directives DROP CONSTRAINT directives_doc_ord_fkey;
ALTER TABLE doc_counts DROP CONSTRAINT doc_counts_doc_ord_fkey;

-- 2. Every primary key and unique constraint of a distributed table must
--    contain its distribution column. A document's text hash and short id stay
--    unique through document_keys (section 3); a directive's id is its
--    document's id and a suffix, so unique within its document is enough.
--    Plain indexes take over the lookups the dropped constraints served.
ALTER TABLE documents DROP CONSTRAINT documents_id_key, DROP CONSTRAINT documents_sha256_key;
CREATE INDEX documents_id ON documents (id);
ALTER TABLE directives DROP CONSTRAINT directives_pkey, ADD PRIMARY KEY (doc_ord, rid);
ALTER TABLE directives DROP CONSTRAINT directives_id_key, ADD UNIQUE (doc_ord, id);
CREATE INDEX directives_id ON directives (id);

-- 3. Reference tables: one row per document (document_keys, which holds the
--    uniqueness of the text and the short id for the whole corpus), the typo
--    vocabulary that every search reads (vocab, vocab_deletes: as large as the
--    vocabulary, not the corpus), the schema version (meta), and the links
--    between translations (links: a link joins directives of two documents,
--    usually on two shards, so it cannot be co-located with both; it has one
--    row per aligned pair of directives of the linked documents). None of them
--    has a foreign key: a reference table must not point into a distributed one.
SELECT create_reference_table('document_keys');
SELECT create_reference_table('vocab');
SELECT create_reference_table('vocab_deletes');
SELECT create_reference_table('meta');
SELECT create_reference_table('links');

-- 4. Distributed by the document, co-located (the same shard count and hash
--    ranges): documents first, the others with it.
SELECT create_distributed_table('documents', 'ord');
SELECT create_distributed_table('directives', 'doc_ord', colocate_with => 'documents');
SELECT create_distributed_table('themes', 'doc_ord', colocate_with => 'documents');
SELECT create_distributed_table('sources', 'doc_ord', colocate_with => 'documents');
SELECT create_distributed_table('doc_counts', 'doc_ord', colocate_with => 'documents');

-- 5. The foreign keys again, co-located: a shard's rows point into the same
--    shard, and removing a document still takes everything of it along.
ALTER TABLE directives ADD CONSTRAINT directives_doc_ord_fkey FOREIGN KEY (doc_ord) REFERENCES documents (ord) ON DELETE CASCADE;
ALTER TABLE sources ADD CONSTRAINT sources_doc_ord_fkey FOREIGN KEY (doc_ord) REFERENCES documents (ord) ON DELETE CASCADE;
ALTER TABLE themes ADD CONSTRAINT themes_rid_fkey FOREIGN KEY (doc_ord, rid) REFERENCES directives (doc_ord, rid) ON DELETE CASCADE;
ALTER TABLE doc_counts ADD CONSTRAINT doc_counts_doc_ord_fkey FOREIGN KEY (doc_ord) REFERENCES documents (ord) ON DELETE CASCADE;

-- Housekeeping is per shard, run from the coordinator as usual:
--   VACUUM (ANALYZE) directives.directives;
-- Upgrading `directives` on a distributed corpus: a new version whose schema
-- adds a table (its migration runs on the first write) ships its own edition
-- of this file; read it before upgrading, since Citus refuses a new local
-- table's foreign key into a distributed one.
