import type { DirectiveLink } from '../../model/links.js';
import { writeLinks } from '../sqlite/links.js';
import { pgLinks } from './reads.js';
import { CliError, DataError, EXIT } from '../../errors.js';
import type { EditableField } from '../../model/types.js';
import type { AddItem, AddResult, Reparse } from '../../model/write.js';
import { parsePgAddress, type PgAddress } from './address.js';
import { PgError, SyncPg } from './client.js';
import { translatePg } from './errors.js';
import { PgReads } from './reads.js';
import { COUNTS_SCHEMA, migrate, newerSchema, PG_SCHEMA, storedVersion } from './schema.js';
import { PgWrites } from './writes.js';

function upgradeByOwner(address: PgAddress, version: number): CliError {
  return new CliError(
    `${address.display}: the corpus is at schema ${version} and this directives writes schema ${PG_SCHEMA}; its owner must upgrade it once (\`directives init ${address.display}\` as the role that created it); nothing was changed`,
    EXIT.io,
  );
}

/**
 * A corpus on a PostgreSQL server (issue 18): what corpus/store.ts is for a
 * folder. Opens the connection (a worker thread, see client.ts), checks or
 * creates the schema, and runs each write as one transaction.
 */
export class PgStore {
  readonly reads: PgReads;
  private readonly writes: PgWrites;

  private constructor(
    readonly address: PgAddress,
    private readonly db: SyncPg,
    version: number,
  ) {
    this.reads = new PgReads(db, { counts: version >= COUNTS_SCHEMA });
    this.writes = new PgWrites(db);
  }

  /** Open the corpus at a postgres:// address (`create`: make its schema first, as `init` does). */
  static open(url: string, options: { create?: boolean; readonly?: boolean; schema?: string } = {}): PgStore & { created: boolean } {
    const address = parsePgAddress(url, options.schema);
    const fail = (error: unknown): Error => translatePg(address.display, address.schema, error);
    let db: SyncPg;
    try {
      db = new SyncPg(address.config);
    } catch (error) {
      throw fail(error);
    }
    let created = false;
    let version: number | null;
    try {
      version = storedVersion(db, address.schema);
      if (version !== null && version > PG_SCHEMA) throw newerSchema(address.schema, version);
      if (version === null && !options.create) {
        throw new DataError(`${address.display}: no corpus in schema ${address.schema}; create one with \`directives init ${address.display}\``);
      }
      if (version !== PG_SCHEMA && !options.readonly) {
        db.query('BEGIN');
        try {
          created = migrate(db, address.schema).created;
          db.query('COMMIT');
          version = PG_SCHEMA;
        } catch (error) {
          try {
            db.query('ROLLBACK');
          } catch {
            // a lost connection has rolled back on the server; the first error is the one to tell
          }
          // an editor may write rows but not create tables: the upgrade is the owner's, once
          if (version !== null && error instanceof PgError && error.code === '42501') throw upgradeByOwner(address, version);
          throw error;
        }
      }
      db.query("SELECT set_config('search_path', ?, false)", `"${address.schema}", public`);
    } catch (error) {
      db.close();
      throw fail(error);
    }
    // a reader of a corpus not yet upgraded (only writers upgrade it) counts the directives themselves
    return Object.assign(new PgStore(address, db, version ?? PG_SCHEMA), { created });
  }

  translate(error: unknown): Error {
    return translatePg(this.address.display, this.address.schema, error);
  }

  /** One transaction (READ COMMITTED: unique constraints and row locks keep concurrent writers apart); all of it lands, or none. */
  private write<T>(work: (writes: PgWrites) => T): T {
    try {
      this.db.query('BEGIN');
      const result = work(this.writes);
      this.writes.flushVocabulary();
      this.db.query('COMMIT');
      return result;
    } catch (error) {
      this.writes.discardPending();
      try {
        this.db.query('ROLLBACK');
      } catch {
        // a lost connection has rolled back on the server
      }
      throw this.translate(error);
    }
  }

  add(items: Iterable<AddItem>, onItem?: (result: AddResult) => void): AddResult {
    return this.write((w) => w.add(items, onItem));
  }

  remove(docIds: readonly string[]): string[] {
    return this.write((w) => w.remove(docIds));
  }

  /** Replace the links of two documents in one transaction (sqlite/links.ts writeLinks). */
  saveLinks(enDoc: string, zhDoc: string, pairs: readonly DirectiveLink[]): number {
    return this.write((w) => writeLinks(pgLinks(w.connection), enDoc, zhDoc, pairs));
  }

  edit(docId: string, changes: Partial<Record<EditableField, string | null>>): boolean {
    return this.write((w) => w.edit(docId, changes));
  }

  reparse(parse: Reparse, onDocument?: (done: number, total: number) => void): { documents: number; before: number; after: number } {
    return this.write((w) => w.reparse(parse, onDocument));
  }

  close(): void {
    this.db.close();
  }
}
