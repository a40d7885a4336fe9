import type { PgStore } from '../../corpus/pg/store.js';
import type { Backend, CorpusWriter } from '../backend.js';
import { sqlBackend, sqlWriter } from './sql.js';

/** A corpus on a PostgreSQL server: every question answered in SQL on the server (corpus/pg/reads.ts), synchronously through a worker. */
export function postgresBackend(store: PgStore): Backend {
  return sqlBackend(store);
}

/** The same corpus, written: each call one transaction on the server (corpus/pg/store.ts). */
export function postgresWriter(store: PgStore): CorpusWriter {
  return sqlWriter(store);
}
