import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DataError } from '../../errors.js';
import type { CheckReport } from '../../model/check.js';
import { indexText, searchableText } from '../../model/tokens.js';
import { STORE_FILE } from '../layout.js';
import { hasTable } from './salvage.js';
import { APPLICATION_ID, storedVersion } from './schema.js';
import { MAX_PROBLEMS, walkCorpus } from './walk.js';

/**
 * `directives check` (issue 17): SQLite's own integrity check, the FTS5
 * index's, every row checked as the query layer will trust it (walk.ts), and
 * the derived tables — full-text index, themes, typo vocabulary — compared
 * with what the directive rows make of them. Changes nothing.
 */

const CORE_TABLES = ['meta', 'documents', 'sources', 'directives'] as const;
const DERIVED_TABLES = ['themes', 'fts', 'vocab', 'vocab_deletes'] as const;

const message = (error: unknown): string => (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));

/** Open a possibly damaged corpus: read-write when allowed (FTS5's integrity check needs it), else read-only; null when SQLite cannot open it at all. */
export function openForCheck(dir: string, writable: boolean): Database.Database | null {
  const file = join(dir, STORE_FILE);
  for (const readonly of writable ? [false, true] : [true]) {
    try {
      return new Database(file, { readonly, fileMustExist: true, timeout: 5000 });
    } catch {
      // try the next way
    }
  }
  return null;
}

/** Refuse another application's database, as Store does; a header too damaged to say is checked like ours. */
function refuseForeign(dir: string, db: Database.Database): void {
  let id: number;
  try {
    id = db.pragma('application_id', { simple: true }) as number;
  } catch {
    return;
  }
  if (id !== 0 && id !== APPLICATION_ID) {
    db.close();
    throw new DataError(`${dir}: ${STORE_FILE} is a SQLite database of another application, not a directives corpus`);
  }
}

export function checkStore(dir: string): CheckReport {
  const report: CheckReport = { path: dir, documents: 0, directives: 0, problems: [], problemCount: 0, damaged: false, lostDocuments: 0, lostDirectives: 0, unreadableRows: false };
  const problem = (line: string): void => {
    report.problemCount++;
    if (report.problems.length < MAX_PROBLEMS) report.problems.push(line);
  };
  const db = openForCheck(dir, true);
  if (db === null) {
    problem(`${STORE_FILE} cannot be opened`);
    return { ...report, damaged: true, unreadableRows: true };
  }
  refuseForeign(dir, db);
  try {
    try {
      const lines = (db.pragma('integrity_check(20)') as Array<{ integrity_check: string }>).map((row) => row.integrity_check);
      if (!(lines.length === 1 && lines[0] === 'ok')) {
        report.damaged = true;
        for (const line of lines) problem(`integrity_check: ${line}`);
      }
    } catch (error) {
      report.damaged = true;
      problem(`integrity_check failed: ${message(error)}`);
    }
    for (const table of [...CORE_TABLES, ...DERIVED_TABLES]) {
      if (hasTable(db, table)) continue;
      if ((CORE_TABLES as readonly string[]).includes(table)) report.damaged = true;
      problem(`table ${table} is missing`);
    }
    try {
      if (storedVersion(db) === null && hasTable(db, 'meta')) problem('the schema version is missing');
    } catch (error) {
      problem(`the schema version cannot be read (${message(error)})`);
    }

    const rids = new Set<number>();
    let themeRows = 0;
    const terms = new Set<string>();
    const walk = walkCorpus(db, {
      document: () => undefined,
      directive: ({ rid, directive }, title) => {
        rids.add(rid);
        themeRows += new Set(directive.themes).size;
        for (const term of indexText(searchableText(directive, title)).split(' ')) if (term !== '') terms.add(term);
      },
    });
    for (const line of walk.problems) problem(line);
    report.problemCount += walk.problemCount - walk.problems.length;
    report.documents = walk.documents;
    report.directives = walk.directives;
    report.lostDocuments = walk.droppedDocuments;
    report.lostDirectives = walk.lostDirectives;
    report.unreadableRows = walk.unreadableRows;
    if (walk.unreadableRows) report.damaged = true;

    checkDerived(db, { rids, themeRows, terms }, problem);
  } finally {
    db.close();
  }
  return report;
}

/** The full-text index, themes and vocabulary against what the usable directive rows make of them. */
function checkDerived(db: Database.Database, expected: { rids: Set<number>; themeRows: number; terms: Set<string> }, problem: (line: string) => void): void {
  if (hasTable(db, 'fts')) {
    if (!db.readonly) {
      try {
        db.prepare("INSERT INTO fts (fts, rank) VALUES ('integrity-check', 0)").run();
      } catch (error) {
        problem(`the full-text index is damaged (FTS5 integrity-check: ${message(error)})`);
      }
    }
    try {
      let indexed = 0;
      let stray = 0;
      for (const rowid of db.prepare('SELECT rowid FROM fts').pluck().iterate() as IterableIterator<number>) {
        if (expected.rids.has(rowid)) indexed++;
        else stray++;
      }
      if (indexed < expected.rids.size) problem(`the full-text index lacks ${expected.rids.size - indexed} directives`);
      if (stray > 0) problem(`the full-text index holds ${stray} ${stray === 1 ? 'entry' : 'entries'} of no directive`);
    } catch (error) {
      problem(`the full-text index cannot be read (${message(error)})`);
    }
  }
  if (hasTable(db, 'themes')) {
    try {
      const rows = db.prepare('SELECT count(*) FROM themes').pluck().get() as number;
      if (rows !== expected.themeRows) problem(`the themes table holds ${rows} rows; the directives name ${expected.themeRows}`);
    } catch (error) {
      problem(`the themes table cannot be read (${message(error)})`);
    }
  }
  if (hasTable(db, 'vocab')) {
    try {
      const known = new Set(db.prepare('SELECT term FROM vocab').pluck().all() as string[]);
      let missing = 0;
      for (const term of expected.terms) if (!known.has(term)) missing++;
      if (missing > 0) problem(`the typo vocabulary lacks ${missing} indexed words`);
      if (hasTable(db, 'vocab_deletes')) db.prepare('SELECT count(*) FROM vocab_deletes').get();
    } catch (error) {
      problem(`the typo vocabulary cannot be read (${message(error)})`);
    }
  }
}
