-- A stand-in for Citus's create_distributed_table and create_reference_table,
-- for a scratch database of a plain PostgreSQL server (Citus cannot be
-- installed where the tests run). It moves no data: it records how each table
-- is distributed, and refuses what Citus refuses when a table is distributed
-- or a constraint is added to one (tests/corpus/pg-citus.test.ts):
--   - a primary key, unique or exclusion constraint of a distributed table
--     that does not contain its distribution column;
--   - a foreign key between two distributed tables that are not co-located,
--     or that does not pair their distribution columns at the same position,
--     or that sets the distribution column to NULL/DEFAULT on delete or
--     cascades updates to it;
--   - a foreign key from a reference table to a distributed table;
--   - a foreign key between a Citus table and a local one (stricter than Citus
--     on a coordinator that may add the local table to its metadata);
--   - colocate_with a table that is not hash-distributed, or whose
--     distribution column has another type or collation.
-- The rules are checked for every recorded table after each call and after
-- each ALTER TABLE or CREATE INDEX (an event trigger: hence a database of its
-- own, so other tests' schemas are left alone).

CREATE TABLE public.citus_standin_tables (
  rel oid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('distributed', 'reference')),
  dist_column smallint,
  colocation integer
);

CREATE FUNCTION public.citus_standin_check() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  t public.citus_standin_tables;
  src public.citus_standin_tables;
  dst public.citus_standin_tables;
  ix record;
  fk record;
  paired boolean;
BEGIN
  FOR t IN SELECT * FROM public.citus_standin_tables WHERE kind = 'distributed' LOOP
    FOR ix IN SELECT i.indexrelid::regclass AS name, (string_to_array(i.indkey::text, ' ')::smallint[])[1:i.indnkeyatts] AS keys
              FROM pg_index i WHERE i.indrelid = t.rel AND (i.indisunique OR i.indisexclusion) LOOP
      IF NOT t.dist_column = ANY (ix.keys) THEN
        RAISE EXCEPTION 'cannot create constraint on "%": index "%" does not include the distribution column', t.rel::regclass, ix.name
          USING ERRCODE = 'feature_not_supported', DETAIL = 'Distributed relations cannot have UNIQUE, EXCLUDE, or PRIMARY KEY constraints that do not include the partition column.';
      END IF;
    END LOOP;
  END LOOP;

  FOR fk IN SELECT c.conname, c.conrelid, c.confrelid, c.conkey, c.confkey, c.confdeltype, c.confupdtype FROM pg_constraint c
            WHERE c.contype = 'f' AND (c.conrelid IN (SELECT rel FROM public.citus_standin_tables) OR c.confrelid IN (SELECT rel FROM public.citus_standin_tables)) LOOP
    src := NULL;
    dst := NULL;
    SELECT * INTO src FROM public.citus_standin_tables WHERE rel = fk.conrelid;
    SELECT * INTO dst FROM public.citus_standin_tables WHERE rel = fk.confrelid;
    IF src.rel IS NULL OR dst.rel IS NULL THEN
      RAISE EXCEPTION 'foreign key "%" from "%" to "%" joins a Citus table and a local table', fk.conname, fk.conrelid::regclass, fk.confrelid::regclass
        USING ERRCODE = 'feature_not_supported';
    ELSIF src.kind = 'reference' AND dst.kind = 'distributed' THEN
      RAISE EXCEPTION 'foreign key "%": reference table "%" cannot reference distributed table "%"', fk.conname, fk.conrelid::regclass, fk.confrelid::regclass
        USING ERRCODE = 'feature_not_supported';
    ELSIF src.kind = 'distributed' AND dst.kind = 'distributed' THEN
      IF src.colocation <> dst.colocation THEN
        RAISE EXCEPTION 'foreign key "%": "%" and "%" are not co-located', fk.conname, fk.conrelid::regclass, fk.confrelid::regclass
          USING ERRCODE = 'feature_not_supported';
      END IF;
      paired := false;
      FOR n IN 1 .. array_length(fk.conkey, 1) LOOP
        IF fk.conkey[n] = src.dist_column AND fk.confkey[n] = dst.dist_column THEN
          paired := true;
        END IF;
      END LOOP;
      IF NOT paired THEN
        RAISE EXCEPTION 'foreign key "%" from "%" to "%" does not include the distribution column of both tables at the same position', fk.conname, fk.conrelid::regclass, fk.confrelid::regclass
          USING ERRCODE = 'feature_not_supported';
      END IF;
    END IF;
    IF src.kind = 'distributed' AND src.dist_column = ANY (fk.conkey) AND (fk.confdeltype IN ('n', 'd') OR fk.confupdtype IN ('c', 'n', 'd')) THEN
      RAISE EXCEPTION 'foreign key "%": SET NULL or SET DEFAULT on delete, and changes on update, are not supported when the distribution column is in the key', fk.conname
        USING ERRCODE = 'feature_not_supported';
    END IF;
  END LOOP;
END
$$;

CREATE FUNCTION public.create_reference_table(table_name regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM public.citus_standin_tables WHERE rel = table_name) THEN
    RAISE EXCEPTION 'table "%" is already distributed', table_name USING ERRCODE = 'invalid_table_definition';
  END IF;
  INSERT INTO public.citus_standin_tables (rel, kind) VALUES (table_name, 'reference');
  PERFORM public.citus_standin_check();
END
$$;

CREATE FUNCTION public.create_distributed_table(table_name regclass, distribution_column text, distribution_type text DEFAULT 'hash',
                                                colocate_with text DEFAULT 'default', shard_count integer DEFAULT NULL) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  col record;
  target public.citus_standin_tables;
  target_col record;
  grp integer;
BEGIN
  IF distribution_type <> 'hash' THEN
    RAISE EXCEPTION 'the stand-in knows hash distribution only' USING ERRCODE = 'feature_not_supported';
  END IF;
  IF EXISTS (SELECT 1 FROM public.citus_standin_tables WHERE rel = table_name) THEN
    RAISE EXCEPTION 'table "%" is already distributed', table_name USING ERRCODE = 'invalid_table_definition';
  END IF;
  SELECT attnum, atttypid, attcollation INTO col FROM pg_attribute WHERE attrelid = table_name AND attname = distribution_column AND attnum > 0 AND NOT attisdropped;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'column "%" of relation "%" does not exist', distribution_column, table_name USING ERRCODE = 'undefined_column';
  END IF;
  IF colocate_with = 'none' THEN
    grp := NULL;
  ELSIF colocate_with = 'default' THEN
    -- Citus co-locates implicitly with tables whose distribution column has the same type
    SELECT t.colocation INTO grp FROM public.citus_standin_tables t JOIN pg_attribute a ON a.attrelid = t.rel AND a.attnum = t.dist_column
      WHERE t.kind = 'distributed' AND a.atttypid = col.atttypid AND a.attcollation = col.attcollation ORDER BY t.colocation LIMIT 1;
  ELSE
    SELECT * INTO target FROM public.citus_standin_tables WHERE rel = colocate_with::regclass;
    IF target.rel IS NULL OR target.kind <> 'distributed' THEN
      RAISE EXCEPTION 'cannot colocate tables "%" and "%": "%" is not a hash-distributed table', table_name, colocate_with, colocate_with
        USING ERRCODE = 'invalid_table_definition';
    END IF;
    SELECT atttypid, attcollation INTO target_col FROM pg_attribute WHERE attrelid = target.rel AND attnum = target.dist_column;
    IF target_col.atttypid <> col.atttypid OR target_col.attcollation <> col.attcollation THEN
      RAISE EXCEPTION 'cannot colocate tables "%" and "%": distribution column types (or collations) do not match', table_name, colocate_with
        USING ERRCODE = 'datatype_mismatch';
    END IF;
    grp := target.colocation;
  END IF;
  IF grp IS NULL THEN
    grp := coalesce((SELECT max(colocation) FROM public.citus_standin_tables), 0) + 1;
  END IF;
  INSERT INTO public.citus_standin_tables (rel, kind, dist_column, colocation) VALUES (table_name, 'distributed', col.attnum, grp);
  PERFORM public.citus_standin_check();
END
$$;

CREATE FUNCTION public.citus_standin_after_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public.citus_standin_check();
END
$$;

CREATE EVENT TRIGGER citus_standin_after_ddl ON ddl_command_end WHEN TAG IN ('ALTER TABLE', 'CREATE INDEX', 'CREATE TABLE')
  EXECUTE FUNCTION public.citus_standin_after_ddl();
