import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CliError, DataError, EXIT } from '../errors.js';
import type { Corpus, Directive, DocumentRecord, Language, Participant } from '../model/types.js';
import type { Criteria } from '../query/filter.js';
import type { FacetCount } from '../query/facets.js';
import type { DateCount } from '../query/trend.js';
import type { SortOptions } from '../query/sort.js';
import { boundedDistance, deletions, indexText, isHanToken, MAX_TYPO_WORD, searchableText } from '../model/tokens.js';
import { STORE_FILE } from './layout.js';
import type { FacetDimension } from '../vocab/fields.js';
import { FORCES, forceRank, forcesAtLeast, type Force } from '../vocab/forces.js';

/**
 * A corpus you own: one SQLite database in a folder (issue 5). SQLite gives
 * what a pile of JSON files cannot: every write is one transaction (a crash or
 * Ctrl-C leaves the corpus as before or after, never half), one writer at a
 * time with the others waiting or told "busy", filters and facets answered by
 * indexes without loading the corpus, and an FTS5 index whose vocabulary makes
 * typo-tolerant candidate retrieval cheap.
 */

const STORE_SCHEMA = 1;
/** How long a second writer waits for the first before "corpus is busy". */
const BUSY_TIMEOUT_MS = 5000;

export class BusyError extends CliError {
  constructor(path: string) {
    super(`${path}: corpus is busy (another directives process is writing to it); try again`, EXIT.io);
  }
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS documents (
  ord INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL UNIQUE,
  file TEXT, title TEXT, date TEXT, place TEXT, issuer TEXT, event TEXT,
  participants TEXT NOT NULL,
  language TEXT NOT NULL,
  parser_version TEXT NOT NULL,
  source_url TEXT,
  directive_count INTEGER NOT NULL DEFAULT 0,
  added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sources (doc_ord INTEGER PRIMARY KEY, source TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS directives (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  doc_ord INTEGER NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  force TEXT NOT NULL, force_rank INTEGER NOT NULL,
  cue TEXT, reporting TEXT, issuer TEXT, addressee TEXT,
  actions TEXT NOT NULL, purpose TEXT, themes TEXT NOT NULL,
  paragraph INTEGER NOT NULL, sentence INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS directives_position ON directives (doc_ord, start);
CREATE INDEX IF NOT EXISTS directives_force ON directives (force_rank, doc_ord, start);
CREATE INDEX IF NOT EXISTS directives_reporting ON directives (reporting);
CREATE INDEX IF NOT EXISTS directives_issuer ON directives (issuer);
CREATE INDEX IF NOT EXISTS directives_addressee ON directives (addressee);
CREATE TABLE IF NOT EXISTS themes (rid INTEGER NOT NULL, theme TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS themes_theme ON themes (theme);
CREATE INDEX IF NOT EXISTS themes_rid ON themes (rid);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5 (body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS vocab (term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS vocab_deletes (key TEXT NOT NULL, term TEXT NOT NULL, PRIMARY KEY (key, term)) WITHOUT ROWID;
`;

interface DirectiveRow {
  rid: number;
  id: string;
  doc: string;
  start: number;
  end: number;
  text: string;
  force: string;
  cue: string | null;
  reporting: string | null;
  issuer: string | null;
  addressee: string | null;
  actions: string;
  purpose: string | null;
  themes: string;
  paragraph: number;
  sentence: number;
}

interface DocumentRow {
  ord: number;
  id: string;
  sha256: string;
  file: string | null;
  title: string | null;
  date: string | null;
  place: string | null;
  issuer: string | null;
  event: string | null;
  participants: string;
  language: string;
  parser_version: string;
  source_url: string | null;
  directive_count: number;
}

const DIRECTIVE_COLUMNS =
  'd.rid, d.id, (SELECT id FROM documents WHERE ord = d.doc_ord) AS doc, d.start, d."end", d.text, d.force, d.cue, d.reporting, d.issuer, d.addressee, d.actions, d.purpose, d.themes, d.paragraph, d.sentence';

function toDirective(row: DirectiveRow): Directive {
  return {
    id: row.id,
    doc: row.doc,
    start: row.start,
    end: row.end,
    text: row.text,
    force: row.force as Force,
    cue: row.cue,
    reporting: row.reporting,
    issuer: row.issuer,
    addressee: row.addressee,
    actions: JSON.parse(row.actions) as Directive['actions'],
    purpose: row.purpose,
    themes: JSON.parse(row.themes) as string[],
    paragraph: row.paragraph,
    sentence: row.sentence,
  };
}

export interface DocumentSummary extends Omit<DocumentRecord, 'source'> {
  directiveCount: number;
}

function toDocument(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    file: row.file,
    title: row.title,
    date: row.date,
    place: row.place,
    issuer: row.issuer,
    event: row.event,
    participants: JSON.parse(row.participants) as Participant[],
    language: row.language as Language,
    sha256: row.sha256,
    parserVersion: row.parser_version,
    ...(row.source_url ? { sourceUrl: row.source_url } : {}),
    directiveCount: row.directive_count,
  };
}

/** The words the index holds for a directive (see searchableText). */
function indexBody(directive: Directive, title: string | null): string {
  return indexText(searchableText(directive, title));
}

export interface AddResult {
  added: DocumentRecord[];
  skipped: DocumentRecord[];
  directives: number;
}

export interface WhereClause {
  sql: string;
  params: unknown[];
}

export class Store {
  /** Words indexed by the current write and how many directives hold each; see flushVocabulary. */
  private readonly pendingTerms = new Map<string, number>();

  private constructor(
    readonly path: string,
    private readonly db: Database.Database,
  ) {}

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
    const store = new Store(dir, db);
    try {
      if (!options.readonly) {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        if (options.create) store.write(() => db.exec(SCHEMA), () => undefined);
      }
      store.checkSchema();
    } catch (error) {
      db.close();
      if (error instanceof CliError) throw error;
      throw store.translate(error);
    }
    return store;
  }

  close(): void {
    this.db.close();
  }

  private translate(error: unknown): Error {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new BusyError(this.path);
    if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_IOERR_WRITE' || code.startsWith('SQLITE_READONLY')) {
      return new CliError(`${this.path}: cannot write to the corpus (read-only or no permission)`, EXIT.io);
    }
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return new DataError(`${this.path}: the corpus database is damaged (${code})`);
    if (error instanceof Error) return error;
    return new Error(String(error));
  }

  private checkSchema(): void {
    const hasMeta = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
    if (!hasMeta) {
      if (this.db.readonly) throw new DataError(`${this.path}: not a directives corpus`);
      this.db.exec(SCHEMA);
    }
    const row = this.db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: string } | undefined;
    if (row === undefined) {
      if (this.db.readonly) throw new DataError(`${this.path}: not a directives corpus`);
      this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)").run(String(STORE_SCHEMA));
    } else if (Number(row.value) !== STORE_SCHEMA) {
      throw new DataError(`${this.path}: corpus schema ${row.value} is not supported (this version reads ${STORE_SCHEMA})`);
    }
  }

  /**
   * Run `work` as one IMMEDIATE transaction: the write lock is taken up front,
   * so a second writer waits (busy timeout) instead of failing half-way.
   */
  write<T>(work: () => T, after: () => void = () => this.flushVocabulary()): T {
    try {
      const result = this.db.transaction(() => {
        const value = work();
        after();
        return value;
      }).immediate();
      return result;
    } catch (error) {
      this.pendingTerms.clear();
      throw error instanceof CliError ? error : this.translate(error);
    }
  }

  /**
   * The typo-tolerance vocabulary, kept up to date with each write: every
   * indexed word with (roughly) how many directives hold it, and its SymSpell
   * deletion keys. Removing a document leaves its words behind; a word with no
   * postings any more only makes an FTS query that matches nothing.
   */
  private flushVocabulary(): void {
    if (this.pendingTerms.size === 0) return;
    const insert = this.db.prepare('INSERT OR IGNORE INTO vocab (term, docs) VALUES (?, ?)');
    const bump = this.db.prepare('UPDATE vocab SET docs = docs + ? WHERE term = ?');
    const key = this.db.prepare('INSERT OR IGNORE INTO vocab_deletes (key, term) VALUES (?, ?)');
    for (const [term, count] of this.pendingTerms) {
      if (insert.run(term, count).changes === 0) {
        bump.run(count, term);
        continue;
      }
      if (isHanToken(term) || term.length > MAX_TYPO_WORD || /^\d+$/.test(term)) continue;
      for (const k of deletions(term)) key.run(k, term);
    }
    this.pendingTerms.clear();
  }

  /** Vocabulary words within `budget` edits of `word` (SymSpell lookup, then checked), most frequent first. */
  nearWords(word: string, budget: number): { term: string; docs: number }[] {
    if (budget <= 0) return [];
    const keys = new Set<string>([word, ...deletions(word)]);
    if (budget >= 2) for (const d of deletions(word)) for (const dd of deletions(d)) keys.add(dd);
    const list = [...keys];
    const found = new Map<string, number>();
    for (let i = 0; i < list.length; i += 200) {
      const chunk = list.slice(i, i + 200);
      const marks = chunk.map(() => '?').join(',');
      const rows = this.db
        .prepare(
          `SELECT v.term, v.docs FROM vocab_deletes k JOIN vocab v ON v.term = k.term WHERE k.key IN (${marks})
           UNION SELECT term, docs FROM vocab WHERE term IN (${marks})`,
        )
        .all(...chunk, ...chunk) as { term: string; docs: number }[];
      for (const row of rows) found.set(row.term, row.docs);
    }
    return [...found]
      .filter(([term]) => term !== word && boundedDistance(word, term, budget) <= budget)
      .map(([term, docs]) => ({ term, docs }))
      .sort((a, b) => b.docs - a.docs);
  }

  hasDocument(sha256: string): boolean {
    return this.db.prepare('SELECT 1 FROM documents WHERE sha256 = ?').get(sha256) !== undefined;
  }

  private insertDocument(document: DocumentRecord, directives: readonly Directive[]): void {
    const info = this.db
      .prepare(
        `INSERT INTO documents (id, sha256, file, title, date, place, issuer, event, participants, language, parser_version, source_url, directive_count, added_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        document.id,
        document.sha256,
        document.file,
        document.title,
        document.date,
        document.place,
        document.issuer,
        document.event,
        JSON.stringify(document.participants),
        document.language,
        document.parserVersion,
        document.sourceUrl ?? null,
        directives.length,
        new Date().toISOString(),
      );
    const ord = Number(info.lastInsertRowid);
    this.db.prepare('INSERT INTO sources (doc_ord, source) VALUES (?, ?)').run(ord, document.source);
    this.insertDirectives(ord, document.title, directives);
  }

  private insertDirectives(ord: number, title: string | null, directives: readonly Directive[]): void {
    const insert = this.db.prepare(
      `INSERT INTO directives (id, doc_ord, start, "end", text, force, force_rank, cue, reporting, issuer, addressee, actions, purpose, themes, paragraph, sentence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const theme = this.db.prepare('INSERT INTO themes (rid, theme) VALUES (?, ?)');
    const fts = this.db.prepare('INSERT INTO fts (rowid, body) VALUES (?, ?)');
    for (const d of directives) {
      const rid = Number(
        insert.run(
          d.id,
          ord,
          d.start,
          d.end,
          d.text,
          d.force,
          forceRank(d.force),
          d.cue,
          d.reporting,
          d.issuer,
          d.addressee,
          JSON.stringify(d.actions),
          d.purpose,
          JSON.stringify(d.themes),
          d.paragraph,
          d.sentence,
        ).lastInsertRowid,
      );
      for (const t of new Set(d.themes)) theme.run(rid, t);
      const body = indexBody(d, title);
      fts.run(rid, body);
      for (const term of new Set(body.split(' '))) if (term !== '') this.pendingTerms.set(term, (this.pendingTerms.get(term) ?? 0) + 1);
    }
  }

  private deleteDirectivesOf(ord: number): void {
    const rids = this.db.prepare('SELECT rid FROM directives WHERE doc_ord = ?').pluck().all(ord) as number[];
    const fts = this.db.prepare('DELETE FROM fts WHERE rowid = ?');
    const themes = this.db.prepare('DELETE FROM themes WHERE rid = ?');
    for (const rid of rids) {
      fts.run(rid);
      themes.run(rid);
    }
    this.db.prepare('DELETE FROM directives WHERE doc_ord = ?').run(ord);
  }

  /**
   * Add parsed documents in one transaction; a text already present (same
   * SHA-256) is skipped. `items` may be lazy (parsing as it goes), so memory
   * holds one document at a time; `onItem` reports progress after each.
   */
  add(items: Iterable<{ document: DocumentRecord; directives: readonly Directive[] }>, onItem?: (result: AddResult) => void): AddResult {
    return this.write(() => {
      const result: AddResult = { added: [], skipped: [], directives: 0 };
      for (const { document, directives } of items) {
        if (this.hasDocument(document.sha256)) {
          result.skipped.push(document);
        } else {
          if (this.db.prepare('SELECT 1 FROM documents WHERE id = ?').get(document.id) !== undefined) {
            throw new DataError(`document id ${document.id} is already used by another text (a SHA-256 prefix collision); nothing was added`);
          }
          this.insertDocument(document, directives);
          result.added.push(document);
          result.directives += directives.length;
        }
        onItem?.(result);
      }
      return result;
    });
  }

  /** An exported corpus as add() items, ids, parser versions and all. */
  static corpusItems(corpus: Corpus): { document: DocumentRecord; directives: Directive[] }[] {
    const byDoc = new Map<string, Directive[]>();
    for (const d of corpus.directives) {
      const list = byDoc.get(d.doc);
      if (list) list.push(d);
      else byDoc.set(d.doc, [d]);
    }
    return corpus.documents.map((document) => ({ document, directives: byDoc.get(document.id) ?? [] }));
  }

  /** Documents whose id starts with, or whose file name equals, `query`. */
  findDocuments(query: string): DocumentSummary[] {
    const rows = this.db
      .prepare('SELECT * FROM documents WHERE id LIKE ? ESCAPE \'\\\' OR file = ? ORDER BY ord')
      .all(`${query.replace(/[%_\\]/g, (c) => `\\${c}`)}%`, query) as DocumentRow[];
    return rows.map(toDocument);
  }

  /** Remove documents by exact id, all in one transaction. */
  remove(docIds: readonly string[]): void {
    this.write(() => {
      for (const docId of docIds) {
        const row = this.db.prepare('SELECT ord FROM documents WHERE id = ?').get(docId) as { ord: number } | undefined;
        if (!row) continue;
        this.deleteDirectivesOf(row.ord);
        this.db.prepare('DELETE FROM sources WHERE doc_ord = ?').run(row.ord);
        this.db.prepare('DELETE FROM documents WHERE ord = ?').run(row.ord);
      }
    });
  }

  /**
   * Replace every document's directives with what `parse` makes of its stored
   * source now, in one transaction. Returns the number of directives before and after.
   */
  reparse(parse: (source: string, document: DocumentSummary) => { document: DocumentRecord; directives: Directive[] }, onDocument?: (done: number, total: number) => void): { documents: number; before: number; after: number } {
    return this.write(() => {
      const docs = (this.db.prepare('SELECT * FROM documents ORDER BY ord').all() as DocumentRow[]).map((row) => ({ row, doc: toDocument(row) }));
      let before = 0;
      let after = 0;
      docs.forEach(({ row, doc }, index) => {
        const source = this.source(row.ord);
        const parsed = parse(source, doc);
        before += row.directive_count;
        after += parsed.directives.length;
        this.deleteDirectivesOf(row.ord);
        this.db
          .prepare('UPDATE documents SET title = ?, date = ?, place = ?, issuer = ?, event = ?, participants = ?, language = ?, parser_version = ?, directive_count = ? WHERE ord = ?')
          .run(
            parsed.document.title,
            parsed.document.date,
            parsed.document.place,
            parsed.document.issuer,
            parsed.document.event,
            JSON.stringify(parsed.document.participants),
            parsed.document.language,
            parsed.document.parserVersion,
            parsed.directives.length,
            row.ord,
          );
        this.insertDirectives(row.ord, parsed.document.title, parsed.directives);
        onDocument?.(index + 1, docs.length);
      });
      return { documents: docs.length, before, after };
    });
  }

  private source(ord: number): string {
    return (this.db.prepare('SELECT source FROM sources WHERE doc_ord = ?').pluck().get(ord) as string | undefined) ?? '';
  }

  /** Whole document records, source included. */
  *exportDocuments(): Generator<DocumentRecord> {
    for (const row of this.db.prepare('SELECT * FROM documents ORDER BY ord').iterate() as IterableIterator<DocumentRow>) {
      const { directiveCount: _count, ...summary } = toDocument(row);
      yield { ...summary, source: this.source(row.ord) };
    }
  }

  *exportDirectives(): Generator<Directive> {
    const statement = this.db.prepare(`SELECT ${DIRECTIVE_COLUMNS} FROM directives d ORDER BY d.doc_ord, d.start, d.rid`);
    for (const row of statement.iterate() as IterableIterator<DirectiveRow>) yield toDirective(row);
  }

  /** The documents with these ids, in corpus order. */
  documentsById(ids: readonly string[]): DocumentSummary[] {
    const unique = [...new Set(ids)];
    const rows: DocumentRow[] = [];
    for (let i = 0; i < unique.length; i += 500) {
      const chunk = unique.slice(i, i + 500);
      rows.push(...(this.db.prepare(`SELECT * FROM documents WHERE id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as DocumentRow[]));
    }
    return rows.sort((a, b) => a.ord - b.ord).map(toDocument);
  }

  documents(): DocumentSummary[] {
    return (this.db.prepare('SELECT * FROM documents ORDER BY ord').all() as DocumentRow[]).map(toDocument);
  }

  document(id: string): DocumentRecord | null {
    const row = this.db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
    if (!row) return null;
    const { directiveCount: _count, ...summary } = toDocument(row);
    return { ...summary, source: this.source(row.ord) };
  }

  directive(id: string): Directive | null {
    const row = this.db.prepare(`SELECT ${DIRECTIVE_COLUMNS} FROM directives d WHERE d.id = ?`).get(id) as DirectiveRow | undefined;
    return row ? toDirective(row) : null;
  }

  /** Ids that share the longest prefix with `wanted`, for "did you mean". */
  idsNear(wanted: string, max = 50): string[] {
    for (let n = Math.min(wanted.length, 12); n >= 1; n--) {
      const prefix = wanted.slice(0, n).replace(/[%_\\]/g, (c) => `\\${c}`);
      const ids = this.db.prepare("SELECT id FROM directives WHERE id LIKE ? ESCAPE '\\' LIMIT ?").pluck().all(`${prefix}%`, max) as string[];
      if (ids.length > 0) return ids;
    }
    return this.db.prepare('SELECT id FROM directives LIMIT ?').pluck().all(max) as string[];
  }

  /** Criteria as SQL over `directives d`. */
  where(criteria: Criteria): WhereClause {
    const parts: string[] = [];
    const params: unknown[] = [];
    const docParts: string[] = [];
    const docParams: unknown[] = [];
    if (criteria.doc !== undefined) {
      const q = criteria.doc.toLowerCase();
      docParts.push("(lower(id) LIKE ? ESCAPE '\\' OR instr(lower(coalesce(file, '')), ?) > 0 OR instr(lower(coalesce(title, '')), ?) > 0)");
      docParams.push(`${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`, q, q);
    }
    if (criteria.lang !== undefined) {
      docParts.push('language = ?');
      docParams.push(criteria.lang);
    }
    for (const [bound, op] of [
      [criteria.since, '>='],
      [criteria.until, '<='],
    ] as const) {
      if (bound === undefined) continue;
      // compare partial dates on what both have (see compareDates); an unknown year is out of range
      docParts.push(`(date IS NOT NULL AND date NOT LIKE '--%' AND substr(date, 1, min(length(date), ?)) ${op} substr(?, 1, min(length(date), ?)))`);
      docParams.push(bound.length, bound, bound.length);
    }
    if (docParts.length > 0) {
      parts.push(`d.doc_ord IN (SELECT ord FROM documents WHERE ${docParts.join(' AND ')})`);
      params.push(...docParams);
    }
    let allowed: Force[] = [...FORCES];
    if (criteria.forces && criteria.forces.length > 0) allowed = allowed.filter((f) => criteria.forces!.includes(f));
    if (criteria.minForce !== undefined) {
      const atLeast = forcesAtLeast(criteria.minForce);
      allowed = allowed.filter((f) => atLeast.includes(f));
    }
    if (allowed.length < FORCES.length) {
      parts.push(`d.force_rank IN (${allowed.map(() => '?').join(', ') || 'NULL'})`);
      params.push(...allowed.map(forceRank));
    }
    for (const [value, column] of [
      [criteria.reporting, 'reporting'],
      [criteria.issuer, 'issuer'],
      [criteria.addressee, 'addressee'],
    ] as const) {
      if (value === undefined) continue;
      parts.push(`instr(lower(coalesce(d.${column}, '')), ?) > 0`);
      params.push(value.toLowerCase());
    }
    if (criteria.theme !== undefined) {
      parts.push('d.rid IN (SELECT rid FROM themes WHERE instr(lower(theme), ?) > 0)');
      params.push(criteria.theme.toLowerCase());
    }
    return { sql: parts.length > 0 ? parts.join(' AND ') : '1', params };
  }

  count(criteria: Criteria): number {
    const where = this.where(criteria);
    return this.db.prepare(`SELECT count(*) FROM directives d WHERE ${where.sql}`).pluck().get(...where.params) as number;
  }

  /** Filtered and sorted in the store; only `limit` rows are read. */
  list(criteria: Criteria, sort: SortOptions = {}): Directive[] {
    const where = this.where(criteria);
    const dir = sort.reverse ? 'DESC' : 'ASC';
    const position = `d.doc_ord ${dir}, d.start ${dir}`;
    // empty values sort last (first with --reverse), like sortRanked
    const text = (column: string) => `(${column} IS NULL) ${dir}, ${column} COLLATE NOCASE ${dir}, ${position}`;
    const order: Record<string, string> = {
      doc: position,
      force: `d.force_rank ${dir}, ${position}`,
      date: text('(SELECT CASE WHEN date LIKE \'--%\' THEN NULL ELSE date END FROM documents WHERE ord = d.doc_ord)'),
      reporting: text('d.reporting'),
      issuer: text('d.issuer'),
      addressee: text('d.addressee'),
    };
    const limit = sort.limit !== undefined ? ` LIMIT ${Math.floor(sort.limit)}` : '';
    const rows = this.db
      .prepare(`SELECT ${DIRECTIVE_COLUMNS} FROM directives d WHERE ${where.sql} ORDER BY ${order[sort.key ?? 'doc'] ?? position}${limit}`)
      .all(...where.params) as DirectiveRow[];
    return rows.map(toDirective);
  }

  /** Streams the filtered rows in document order without holding them all. */
  *iterate(criteria: Criteria): Generator<Directive> {
    const where = this.where(criteria);
    const statement = this.db.prepare(`SELECT ${DIRECTIVE_COLUMNS} FROM directives d WHERE ${where.sql} ORDER BY d.doc_ord, d.start`);
    for (const row of statement.iterate(...where.params) as IterableIterator<DirectiveRow>) yield toDirective(row);
  }

  facets(by: FacetDimension, criteria: Criteria, top?: number): FacetCount[] {
    const where = this.where(criteria);
    // grouped on indexed columns (force_rank, doc_ord, …) and named afterwards: at a million
    // directives, grouping by the force's text instead reads every row and takes ten times longer
    const group: Record<FacetDimension, { key: string; from: string; name: string }> = {
      force: { key: 'd.force_rank', from: 'directives d', name: 'g.key' },
      reporting: { key: 'd.reporting', from: 'directives d', name: 'g.key' },
      issuer: { key: 'd.issuer', from: 'directives d', name: 'g.key' },
      addressee: { key: 'd.addressee', from: 'directives d', name: 'g.key' },
      doc: { key: 'd.doc_ord', from: 'directives d', name: '(SELECT id FROM documents WHERE ord = g.key)' },
      theme: { key: 't.theme', from: 'directives d LEFT JOIN themes t ON t.rid = d.rid', name: 'g.key' },
      // per document first, then named by its date: several documents share a year (merged below)
      year: { key: 'd.doc_ord', from: 'directives d', name: "(SELECT CASE WHEN date GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(date, 1, 4) END FROM documents WHERE ord = g.key)" },
      month: { key: 'd.doc_ord', from: 'directives d', name: "(SELECT CASE WHEN date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN substr(date, 1, 7) END FROM documents WHERE ord = g.key)" },
    };
    const { key, from, name } = group[by];
    const rows = this.db
      .prepare(`SELECT ${name} AS value, g.count AS count FROM (SELECT ${key} AS key, count(*) AS count FROM ${from} WHERE ${where.sql} GROUP BY ${key}) g`)
      .all(...where.params) as { value: string | number | null; count: number }[];
    const merged = new Map<string | null, number>();
    for (const row of rows) {
      const value = by === 'force' ? FORCES[row.value as number]! : (row.value as string | null);
      merged.set(value, (merged.get(value) ?? 0) + row.count);
    }
    const counts: FacetCount[] = [...merged].map(([value, count]) => ({ value, count }));
    counts.sort((a, b) => b.count - a.count || (a.value === null ? 1 : b.value === null ? -1 : a.value.localeCompare(b.value, 'en')));
    return top === undefined ? counts : counts.slice(0, top);
  }

  /**
   * Directives per document (one row each, with its date), per force on request, of those matching the
   * criteria and (when given) an FTS5 query (`directives trend`). Grouped per
   * document on indexed columns, dates attached afterwards from the documents
   * table: at a million directives a date looked up per group, or a join, costs
   * more than the count. Without criteria or forces the stored per-document
   * counts answer at once.
   */
  dateCounts(criteria: Criteria, match: string | null, byForce: boolean): DateCount[] {
    const dates = new Map(
      (this.db.prepare('SELECT ord, date, directive_count AS n FROM documents').all() as { ord: number; date: string | null; n: number }[]).map((row) => [row.ord, row]),
    );
    const where = this.where(criteria);
    if (where.sql === '1' && match === null && !byForce) {
      return [...dates.values()].map((row) => ({ date: row.date, force: null, count: row.n }));
    }
    const matching = match === null ? '' : ' AND d.rid IN (SELECT rowid FROM fts WHERE fts MATCH ?)';
    const params = match === null ? where.params : [...where.params, match];
    const group = byForce ? 'd.force_rank, d.doc_ord' : 'd.doc_ord';
    const rows = this.db
      .prepare(`SELECT d.doc_ord AS doc, ${byForce ? 'd.force_rank' : 'NULL'} AS rank, count(*) AS n FROM directives d WHERE ${where.sql}${matching} GROUP BY ${group}`)
      .all(...params) as { doc: number; rank: number | null; n: number }[];
    return rows.map((row) => ({ date: dates.get(row.doc)?.date ?? null, force: row.rank === null ? null : FORCES[row.rank]!, count: row.n }));
  }

  /** Directives matching an FTS5 query and the criteria, best bm25 rank first. */
  candidates(match: string, criteria: Criteria, limit: number): Directive[] {
    const where = this.where(criteria);
    try {
      const rows = this.db
        .prepare(
          `SELECT ${DIRECTIVE_COLUMNS} FROM fts JOIN directives d ON d.rid = fts.rowid
           WHERE fts MATCH ? AND ${where.sql} ORDER BY fts.rank LIMIT ?`,
        )
        .all(match, ...where.params, limit) as DirectiveRow[];
      return rows.map(toDirective);
    } catch (error) {
      // a query FTS5 cannot parse is a bug in candidateQuery; scanning still answers
      if ((error as { code?: string }).code === 'SQLITE_ERROR') return this.scan(criteria, null, limit);
      throw error;
    }
  }

  forceCountsByDocument(): Map<string, Record<string, number>> {
    const rows = this.db
      .prepare('SELECT doc.id AS doc, d.force AS force, count(*) AS n FROM directives d JOIN documents doc ON doc.ord = d.doc_ord GROUP BY d.doc_ord, d.force_rank ORDER BY d.doc_ord, d.force_rank')
      .all() as { doc: string; force: string; n: number }[];
    const counts = new Map<string, Record<string, number>>();
    for (const doc of this.db.prepare('SELECT id FROM documents ORDER BY ord').pluck().all() as string[]) counts.set(doc, {});
    for (const row of rows) counts.get(row.doc)![row.force] = row.n;
    return counts;
  }

  /** A fallback for queries the index cannot serve: substring scan, capped. */
  scan(criteria: Criteria, needle: string | null, limit: number): Directive[] {
    const where = this.where(criteria);
    const extra = needle === null ? '' : ' AND instr(lower(d.text), ?) > 0';
    const params = needle === null ? where.params : [...where.params, needle.toLowerCase()];
    const rows = this.db
      .prepare(`SELECT ${DIRECTIVE_COLUMNS} FROM directives d WHERE ${where.sql}${extra} ORDER BY d.doc_ord, d.start LIMIT ?`)
      .all(...params, limit) as DirectiveRow[];
    return rows.map(toDirective);
  }

  integrityCheck(): string {
    return this.db.pragma('integrity_check', { simple: true }) as string;
  }

  totals(): { documents: number; directives: number } {
    return {
      documents: this.db.prepare('SELECT count(*) FROM documents').pluck().get() as number,
      directives: this.db.prepare('SELECT count(*) FROM directives').pluck().get() as number,
    };
  }
}
