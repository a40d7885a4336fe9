import type { Store } from '../../corpus/store.js';
import type { Backend, CorpusWriter } from '../backend.js';
import { sqlBackend, sqlWriter } from './sql.js';

/** A SQLite corpus folder: every question answered in SQL over its indexes (corpus/sqlite/reads.ts). */
export function sqliteBackend(store: Store): Backend {
  return sqlBackend(store);
}

/** The same folder, written: each call one IMMEDIATE transaction (corpus/store.ts). */
export function sqliteWriter(store: Store): CorpusWriter {
  return sqlWriter(store);
}
