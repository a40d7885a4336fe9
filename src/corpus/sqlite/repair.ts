import { copyFileSync, existsSync, linkSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CliError, EXIT } from '../../errors.js';
import type { RepairReport } from '../../model/check.js';
import { forceRank } from '../../vocab/forces.js';
import { STORE_FILE } from '../layout.js';
import { checkStore, openForCheck } from './check.js';
import { deleteStaleLinks, sqliteLinks } from './links.js';
import { APPLICATION_ID, hasTable, SCHEMA, STORE_SCHEMA } from './schema.js';
import { walkCorpus } from './walk.js';
import { indexer, writeVocabulary } from './writes.js';

/**
 * `directives check --repair` (issue 17): every row that can still be read
 * and passes the checks is copied into a fresh database beside the corpus,
 * the full-text index, themes and typo vocabulary are rebuilt from the
 * directive rows, and the new file replaces the old in one rename. The old
 * file (and its write-ahead log) is kept beside it: a repair never destroys
 * what it could not read. Run it while nothing else writes to the corpus.
 */
export function repairStore(dir: string): RepairReport {
  const before = checkStore(dir);
  if (before.problemCount === 0) return { before, after: null, backup: null };
  const file = join(dir, STORE_FILE);
  const temp = `${file}.repair-${process.pid}`;
  for (const suffix of ['', '-journal']) rmSync(temp + suffix, { force: true });
  const source = openForCheck(dir, false);
  let target: Database.Database | null = null;
  try {
    target = new Database(temp);
    copyRows(source, target);
    target.close();
    target = null;
  } catch (error) {
    target?.close();
    for (const suffix of ['', '-journal']) rmSync(temp + suffix, { force: true });
    throw new CliError(`${dir}: cannot write the repaired corpus beside it (${(error as { code?: string }).code ?? (error as Error).message}); nothing was changed`, EXIT.io);
  } finally {
    source?.close();
  }
  const backup = swapIn(file, temp);
  return { before, after: checkStore(dir), backup };
}

/** Copy the usable rows of `source` (null: nothing could be opened) into an empty corpus `target`, and rebuild what derives from them. */
function copyRows(source: Database.Database | null, target: Database.Database): void {
  target.exec(SCHEMA);
  target.pragma(`application_id = ${APPLICATION_ID}`);
  target.prepare("INSERT INTO meta (key, value) VALUES ('schema', ?)").run(String(STORE_SCHEMA));
  if (source === null) return;
  const insertDocument = target.prepare(
    `INSERT INTO documents (ord, id, sha256, file, title, date, place, issuer, event, participants, language, parser_version, source_url, directive_count, added_at, format, original_sha256, fetched, edited)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)`,
  );
  const insertSource = target.prepare('INSERT INTO sources (doc_ord, source) VALUES (?, ?)');
  const insertDirective = target.prepare(
    `INSERT INTO directives (rid, id, doc_ord, start, "end", text, force, force_rank, cue, reporting, issuer, addressee, actions, purpose, themes, paragraph, sentence, confidence, signals)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const index = indexer(target);
  const terms = new Map<string, number>();
  const saved = new Set<number>();
  target.transaction(() => {
    walkCorpus(source, {
      document: (row, text) => {
        try {
          const r = row as typeof row & { added_at?: string };
          insertDocument.run(
            row.ord, row.id, row.sha256, row.file, row.title, row.date, row.place, row.issuer, row.event, row.participants, row.language, row.parser_version,
            row.source_url, r.added_at ?? new Date().toISOString(), row.format ?? null, row.original_sha256 ?? null, row.fetched ?? null, row.edited ?? null,
          );
          insertSource.run(row.ord, text);
          saved.add(row.ord);
        } catch {
          // a duplicate id or hash (a damaged unique index let it in): the first copy is kept
        }
      },
      directive: ({ rid, docOrd, directive: d }, title) => {
        if (!saved.has(docOrd)) return;
        try {
          insertDirective.run(
            rid, d.id, docOrd, d.start, d.end, d.text, d.force, forceRank(d.force), d.cue, d.reporting, d.issuer, d.addressee,
            JSON.stringify(d.actions), d.purpose, JSON.stringify(d.themes), d.paragraph, d.sentence, d.confidence ?? null, d.signals === undefined ? null : JSON.stringify(d.signals),
          );
        } catch {
          return;
        }
        index(rid, d, title, terms);
      },
    });
    copyLinks(source, target);
    target.exec('UPDATE documents SET directive_count = (SELECT count(*) FROM directives WHERE doc_ord = documents.ord)');
    writeVocabulary(target, terms);
  })();
}

/** Translation links (issue 16) whose directives all survived; a links table that cannot be read is lost, not fatal. */
function copyLinks(source: Database.Database, target: Database.Database): void {
  const insert = target.prepare('INSERT INTO links (pair, en_doc, zh_doc, en, zh, confidence, en_force, zh_force) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  try {
    if (!hasTable(source, 'links')) return;
    for (const row of source.prepare('SELECT pair, en_doc, zh_doc, en, zh, confidence, en_force, zh_force FROM links ORDER BY rowid').raw().iterate() as IterableIterator<unknown[]>) {
      insert.run(...row);
    }
  } catch {
    // a damaged page in the links table: the rows read before it are kept
  }
  deleteStaleLinks(sqliteLinks(target));
}

/**
 * Put the repaired file in place of the damaged one: the damaged file gets a
 * second name first (a hard link, else a copy) and its log is moved beside
 * it, then one rename replaces the corpus. Returns the backup's path.
 */
function swapIn(file: string, temp: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const backup = `${file}.damaged-${stamp}`;
  if (existsSync(file)) {
    try {
      linkSync(file, backup);
    } catch {
      copyFileSync(file, backup);
    }
  }
  // a log left beside the new file would be replayed into it
  if (existsSync(`${file}-wal`)) renameSync(`${file}-wal`, `${backup}-wal`);
  rmSync(`${file}-shm`, { force: true });
  renameSync(temp, file);
  return backup;
}
