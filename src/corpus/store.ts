import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CliError, DataError, EXIT } from '../errors.js';
import { STORE_FILE } from './layout.js';
import { StoreReads } from './sqlite/reads.js';
import { APPLICATION_ID, migrate, SCHEMA, STORE_SCHEMA, storedVersion } from './sqlite/schema.js';
import type { DirectiveLink } from '../model/links.js';
import type { EditableField } from '../model/types.js';
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
  if (code === 'SQLITE_FULL') return new CliError(`${path}: cannot write to the corpus: the disk is full (nothing was changed)`, EXIT.io);
  if (code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_READONLY')) {
    return new CliError(`${path}: cannot write to the corpus (read-only or no permission)`, EXIT.io);
  }
  // a table or column of ours that is gone (dropped, or a schema page lost) is damage too, not a bug
  const missing = code === 'SQLITE_ERROR' && /no such (table|column)|malformed|vtable constructor failed/.test((error as Error).message);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' || missing || error instanceof SyntaxError) {
    return new DataError(`${path}: the corpus database is damaged (${code || 'a malformed value'}); \`directives check --corpus ${path}\` says more`);
  }
  if (code.startsWith('SQLITE_IOERR')) return new CliError(`${path}: cannot read or write the corpus (${code})`, EXIT.io);
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

  /** Set when the corpus could only be read as a copy (a read-only folder): what the reader should be told. */
  notice: string | null = null;

  /** Open an existing corpus folder (or create one with `create`). */
  static open(dir: string, options: { create?: boolean; readonly?: boolean } = {}): Store {
    const file = join(dir, STORE_FILE);
    const existed = existsSync(file);
    if (!existed) {
      if (!options.create) throw new DataError(`${dir}: not a corpus folder (no ${STORE_FILE}; run \`directives init ${dir}\`)`);
      try {
        mkdirSync(dir, { recursive: true });
      } catch (error) {
        throw new DataError(`${dir}: cannot create the corpus folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      }
    } else if (!statSync(file).isFile()) {
      throw new DataError(`${file}: not a file`);
    }
    if (options.readonly) return Store.openForReading(dir, file);
    let db: Database.Database;
    try {
      db = new Database(file, { timeout: BUSY_TIMEOUT_MS, fileMustExist: !options.create });
    } catch (error) {
      throw new DataError(`${file}: cannot open the corpus (${(error as Error).message})`);
    }
    try {
      // refuse another application's database before changing anything in it (journal mode included)
      Store.checkOwner(dir, db);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      Store.prepareSchema(dir, db);
    } catch (error) {
      db.close();
      // a failed init leaves no empty database behind to be mistaken for a corpus
      if (!existed) for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
      throw translate(dir, error);
    }
    return new Store(dir, db);
  }

  /**
   * Readers open read-only. A WAL database in a folder one cannot write to
   * cannot be opened that way (SQLite needs its -shm file beside it), so it is
   * read from a copy in memory instead — the last checkpoint, which a notice
   * says may miss the latest writes when a write-ahead log is there (issue 17).
   */
  private static openForReading(dir: string, file: string): Store {
    let db: Database.Database;
    try {
      db = new Database(file, { readonly: true, timeout: BUSY_TIMEOUT_MS, fileMustExist: true });
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (code !== 'SQLITE_CANTOPEN' && !code.startsWith('SQLITE_READONLY')) throw translate(dir, error);
      return Store.openCopy(dir, file);
    }
    try {
      Store.checkOwner(dir, db);
      Store.checkVersion(dir, db);
    } catch (error) {
      db.close();
      throw translate(dir, error);
    }
    return new Store(dir, db);
  }

  private static openCopy(dir: string, file: string): Store {
    let image: Buffer;
    try {
      image = readFileSync(file);
    } catch (error) {
      throw new DataError(`${file}: cannot read the corpus (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    // bytes 18–19 of the header say "WAL"; a copy in memory has no log, so it reads as a rollback-journal database
    if (image.length >= 20) image[18] = image[19] = 1;
    let db: Database.Database;
    try {
      db = new Database(image, { readonly: true });
      Store.checkOwner(dir, db);
      Store.checkVersion(dir, db);
    } catch (error) {
      throw translate(dir, error);
    }
    const store = new Store(dir, db);
    const wal = `${file}-wal`;
    store.notice = existsSync(wal) && statSync(wal).size > 0
      ? `${dir}: read-only folder; read from the last checkpoint, which may miss the latest additions`
      : null;
    return store;
  }

  /** A database with another application's id, or someone else's tables and none of ours, is not a corpus. */
  private static checkOwner(dir: string, db: Database.Database): void {
    const id = db.pragma('application_id', { simple: true }) as number;
    if (id === APPLICATION_ID) return;
    const foreign = () => new DataError(`${dir}: ${STORE_FILE} is a SQLite database of another application, not a directives corpus; use a new folder`);
    if (id !== 0) throw foreign();
    // before application ids (schema 1), a corpus is known by its meta table
    if (storedVersion(db) !== null) return;
    const tables = db.prepare("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").pluck().get() as number;
    if (tables > 0) throw foreign();
  }

  private static checkVersion(dir: string, db: Database.Database): void {
    const version = storedVersion(db);
    if (version === null) throw new DataError(`${dir}: not a directives corpus (run \`directives init ${dir}\`)`);
    if (version > STORE_SCHEMA) throw new DataError(`${dir}: corpus schema ${version} is newer than this version reads (${STORE_SCHEMA}); upgrade directives`);
  }

  /** A writer creates a new schema or migrates an old one, in one transaction. */
  private static prepareSchema(dir: string, db: Database.Database): void {
    const version = storedVersion(db);
    if (version === STORE_SCHEMA) return;
    if (version !== null) Store.checkVersion(dir, db);
    db.transaction(() => {
      if (version === null) {
        db.exec(SCHEMA);
        db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)").run(String(STORE_SCHEMA));
      } else {
        migrate(db, version);
      }
      db.pragma(`application_id = ${APPLICATION_ID}`);
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

  /** Replace the links of two documents in one transaction (see sqlite/links.ts writeLinks). */
  saveLinks(enDoc: string, zhDoc: string, pairs: readonly DirectiveLink[]): number {
    return this.write((writes) => writes.saveLinks(enDoc, zhDoc, pairs));
  }

  /** Remove documents by exact id, all in one transaction; returns the ids removed. */
  remove(docIds: readonly string[]): string[] {
    return this.write((writes) => writes.remove(docIds));
  }

  /** Set a document's title, date or place (see StoreWrites.edit). */
  edit(docId: string, changes: Partial<Record<EditableField, string | null>>): boolean {
    return this.write((writes) => writes.edit(docId, changes));
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
