-- Roles for a team's corpus on PostgreSQL (README, "A corpus for a team").
-- Run as the corpus's owner (the role that ran `directives init`), after init.
-- tests/corpus/pg-roles.test.ts runs this file (with its own schema and role
-- names) and checks that `analyst` can browse but not add, and `editor` can add.

-- Browsing (list, search, show, docs, facets, export, browse) needs only this:
CREATE ROLE analyst LOGIN PASSWORD 'change me';
GRANT USAGE ON SCHEMA directives TO analyst;
GRANT SELECT ON ALL TABLES IN SCHEMA directives TO analyst;
-- tables a later `directives` version adds stay readable
ALTER DEFAULT PRIVILEGES IN SCHEMA directives GRANT SELECT ON TABLES TO analyst;

-- Adding, removing and reparsing documents (not `init`, which creates tables):
CREATE ROLE editor LOGIN PASSWORD 'change me';
GRANT USAGE ON SCHEMA directives TO editor;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA directives TO editor;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA directives TO editor;
ALTER DEFAULT PRIVILEGES IN SCHEMA directives GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO editor;
ALTER DEFAULT PRIVILEGES IN SCHEMA directives GRANT USAGE ON SEQUENCES TO editor;
