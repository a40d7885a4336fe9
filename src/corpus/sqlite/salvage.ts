import type Database from 'better-sqlite3';

/**
 * Reading what a damaged database still holds (issue 17). A table is read by
 * ranges of its rowid, which SQLite answers by seeking its b-tree and never
 * through an index: a range that fails (a zeroed or garbled page on its path)
 * is halved until the rows around the damage come back one by one, so every
 * row SQLite can still read on its own is read.
 */

/** Rowids read per query when nothing fails. */
const CHUNK = 2000;
/** Failed single-row reads after which the rest of a table is given up (a destroyed root page fails every probe). */
const MAX_FAILED_PROBES = 20_000;

export interface SalvageResult {
  /** Rowid ranges that could not be read (rows there, if any, are lost). */
  unreadable: Array<[number, number]>;
  /** The table could not be read at all (missing, or its root is destroyed). */
  lostTable: boolean;
}

/** The highest rowid worth probing: max(rowid) when SQLite can find it, else a bound from the file's size. */
function upperBound(db: Database.Database, table: string, key: string): number | null {
  try {
    return (db.prepare(`SELECT max(${key}) FROM ${table}`).pluck().get() as number | null) ?? 0;
  } catch {
    try {
      const pages = db.pragma('page_count', { simple: true }) as number;
      return Math.max(CHUNK, pages * 100);
    } catch {
      return null;
    }
  }
}

/**
 * Every row of `table` SQLite can still read, in rowid order, passed to
 * `onRow`; `key` is the rowid column (INTEGER PRIMARY KEY), `columns` the
 * select list (trusted SQL written in this module's callers).
 */
export function salvageTable<T>(db: Database.Database, table: string, key: string, columns: string, onRow: (row: T) => void): SalvageResult {
  const result: SalvageResult = { unreadable: [], lostTable: false };
  let statement: Database.Statement;
  let single: Database.Statement;
  try {
    statement = db.prepare(`SELECT ${columns} FROM ${table} WHERE ${key} BETWEEN ? AND ? ORDER BY ${key}`);
    // one row by equality: a range scan steps on to the next cell to see where it ends, which may be on the damaged page
    single = db.prepare(`SELECT ${columns} FROM ${table} WHERE ${key} = ?`);
  } catch {
    return { unreadable: [], lostTable: true };
  }
  const high = upperBound(db, table, key);
  if (high === null) return { unreadable: [], lostTable: true };
  let failedProbes = 0;
  const read = (low: number, top: number): void => {
    if (failedProbes >= MAX_FAILED_PROBES) {
      result.unreadable.push([low, top]);
      return;
    }
    let rows: T[];
    try {
      rows = (low === top ? single.all(low) : statement.all(low, top)) as T[];
    } catch {
      if (low === top) {
        failedProbes++;
        const last = result.unreadable.at(-1);
        if (last && last[1] === low - 1) last[1] = low;
        else result.unreadable.push([low, low]);
        return;
      }
      const middle = Math.floor((low + top) / 2);
      read(low, middle);
      read(middle + 1, top);
      return;
    }
    for (const row of rows) onRow(row);
  };
  for (let low = 0; low <= high; low += CHUNK) read(low, Math.min(high, low + CHUNK - 1));
  if (result.unreadable.length > 0 && failedProbes >= MAX_FAILED_PROBES) result.lostTable = result.unreadable.length === 1 && result.unreadable[0]![0] === 0;
  return result;
}

/** Whether a table exists and SQLite can read its definition. */
export function hasTable(db: Database.Database, name: string): boolean {
  try {
    return db.prepare("SELECT 1 FROM sqlite_master WHERE name = ?").get(name) !== undefined;
  } catch {
    return false;
  }
}
