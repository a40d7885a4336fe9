import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CliError, DataError, EXIT } from '../errors.js';
import { STORE_FILE } from './layout.js';
import { StoreReads } from './sqlite/reads.js';
import { migrate, SCHEMA, STORE_SCHEMA, storedVersion } from './sqlite/schema.js';
import type { AddItem, AddResult, Reparse } from '../model/write.js';
import { StoreWrites } from './sqlite/writes.js';

export type { AddItem, AddResult } from '../model/write.js';
export type { DocumentSummary } from './sqlite/rows.js';

/**
 * A corpus you own: one SQLite database in a folder (issue 5). SQLite gives
 * what a pile of JSON files cannot: every write is one transaction (a crash or
 * Ctrl-C leaves the corpus as before or after, never half), one writer at a
 * time with the others waiting or told "busy", filters and facets answered by
 * indexes without loading the corpus, and an FTS5 index whose vocabulary makes
 * typo-tolerant candidate retrieval cheap. Reads are in sqlite/reads.ts,
 * writes in sqlite/writes.ts; this file opens, guards and runs transactions.
 */

/** How long a second writer waits for the first before "corpus is busy". */
const BUSY_TIMEOUT_MS = 5000;

export class BusyError extends CliError {
  constructor(path: string) {
    super(`${path}: corpus is busy (another directives process is writing to it); try again`, EXIT.io);
  }
}

/** SQLite's failures as one-line errors naming the corpus. */
function translate(path: string, error: unknown): Error {
  if (error instanceof CliError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new BusyError(path);
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_IOERR_WRITE' || code.startsWith('SQLITE_READONLY')) {
    return new CliError(`${path}: cannot write to the corpus (read-only or no permission)`, EXIT.io);
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return new DataError(`${path}: the corpus database is damaged (${code})`);
  if (error instanceof Error) return error;
  return new Error(String(error));
}

export class Store {
  readonly reads: StoreReads;
  private readonly writes: StoreWrites;

  private constructor(
    readonly path: string,
    private readonly db: Database.Database,
  ) {
    this.reads = new StoreReads(db);
    this.writes = new StoreWrites(db, this.reads);
  }

  /** Open an existing corpus folder (or create one with `create`). */
  static open(dir: string, options: { create?: boolean; readonly?: boolean } = {}): Store {
    const file = join(dir, STORE_FILE);
    if (!existsSync(file)) {
      if (!options.create) throw new DataError(`${dir}: not a corpus folder (no ${STORE_FILE}; run \`directives init ${dir}\`)`);
      try {
        mkdirSync(dir, { recursive: true });
      } catch (error) {
        throw new DataError(`${dir}: cannot create the corpus folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      }
    } else if (!statSync(file).isFile()) {
      throw new DataError(`${file}: not a file`);
    }
    let db: Database.Database;
    try {
      db = new Database(file, { readonly: options.readonly === true, timeout: BUSY_TIMEOUT_MS, fileMustExist: !options.create });
    } catch (error) {
      throw new DataError(`${file}: cannot open the corpus (${(error as Error).message})`);
    }
    try {
      if (!options.readonly) {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
      }
      Store.prepareSchema(dir, db, options);
    } catch (error) {
      db.close();
      throw translate(dir, error);
    }
    return new Store(dir, db);
  }

  /** Check the schema version; a writer creates a new schema or migrates an old one in one transaction. */
  private static prepareSchema(dir: string, db: Database.Database, options: { create?: boolean; readonly?: boolean }): void {
    const version = storedVersion(db);
    if (version !== null && version > STORE_SCHEMA) {
      throw new DataError(`${dir}: corpus schema ${version} is newer than this version reads (${STORE_SCHEMA}); upgrade directives`);
    }
    if (version === STORE_SCHEMA) return;
    if (options.readonly) {
      if (version === null) throw new DataError(`${dir}: not a directives corpus`);
      return; // an older schema reads as it is
    }
    db.transaction(() => {
      if (version === null) {
        db.exec(SCHEMA);
        db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)").run(String(STORE_SCHEMA));
      } else {
        migrate(db, version);
      }
    }).immediate();
  }

  close(): void {
    this.db.close();
  }

  /**
   * Run `work` as one IMMEDIATE transaction: the write lock is taken up front,
   * so a second writer waits (busy timeout) instead of failing half-way.
   */
  private write<T>(work: (writes: StoreWrites) => T): T {
    try {
      return this.db
        .transaction(() => {
          const value = work(this.writes);
          this.writes.flushVocabulary();
          return value;
        })
        .immediate();
    } catch (error) {
      this.writes.discardPending();
      throw translate(this.path, error);
    }
  }

  /** Add parsed documents in one transaction (see StoreWrites.add); memory holds one document at a time. */
  add(items: Iterable<AddItem>, onItem?: (result: AddResult) => void): AddResult {
    return this.write((writes) => writes.add(items, onItem));
  }

  /** Remove documents by exact id, all in one transaction; returns the ids removed. */
  remove(docIds: readonly string[]): string[] {
    return this.write((writes) => writes.remove(docIds));
  }

  /** Re-parse every stored source in one transaction; directives before and after. */
  reparse(parse: Reparse, onDocument?: (done: number, total: number) => void): { documents: number; before: number; after: number } {
    return this.write((writes) => writes.reparse(parse, onDocument));
  }

  /** Any read error as a one-line error naming the corpus. */
  translate(error: unknown): Error {
    return translate(this.path, error);
  }
}
