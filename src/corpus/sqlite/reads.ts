import type Database from 'better-sqlite3';
import type { CandidatePlan, Criteria, DateCount, FacetCount, SortOptions } from '../../model/query.js';
import { nearestTerms, typoKeys } from '../../model/tokens.js';
import type { Directive, DocumentRecord } from '../../model/types.js';
import { dimension, type FacetDimension } from '../../vocab/dimensions.js';
import { FORCES } from '../../vocab/forces.js';
import { hasColumn, hasTable, LINKS } from './schema.js';
import { counterpartIdsOf, readLinks, sqliteLinks } from './links.js';
import type { StoredLink } from '../../model/links.js';
import { directiveColumns, toDirective, toDocument, withoutCount, type DirectiveRow, type DocumentRow, type DocumentSummary } from './rows.js';
import { documentFacet, likePrefix, orderBy, toFtsMatch, where, facetFrom } from './where.js';

/** Everything a corpus folder answers without writing: the SQLite engine's half of query/backend.ts. */
export class StoreReads {
  private readonly columns: string;

  constructor(private readonly db: Database.Database) {
    // a schema-1 corpus opened read-only has no confidence column yet (migrations run on the first write)
    this.columns = directiveColumns(hasColumn(db, 'directives', 'confidence'));
    // nor a links table: an empty one of this connection's own lets every link query answer "none"
    if (db.readonly && !hasTable(db, 'links')) db.exec(LINKS.replaceAll('CREATE TABLE IF NOT EXISTS links', 'CREATE TEMP TABLE IF NOT EXISTS links').replace(/CREATE INDEX[^;]*;/g, ''));
  }

  private directives(sql: string, ...params: unknown[]): Directive[] {
    return (this.db.prepare(`SELECT ${this.columns} FROM directives d ${sql}`).all(...params) as DirectiveRow[]).map(toDirective);
  }

  documents(): DocumentSummary[] {
    return (this.db.prepare('SELECT * FROM documents ORDER BY ord').all() as DocumentRow[]).map(toDocument);
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

  /** Documents whose id starts with, or whose file name equals, `query`. */
  findDocuments(query: string): DocumentSummary[] {
    const rows = this.db.prepare("SELECT * FROM documents WHERE id LIKE ? ESCAPE '\\' OR file = ? ORDER BY ord").all(likePrefix(query), query) as DocumentRow[];
    return rows.map(toDocument);
  }

  hasDocument(sha256: string): boolean {
    return this.db.prepare('SELECT 1 FROM documents WHERE sha256 = ?').get(sha256) !== undefined;
  }

  hasDocumentId(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM documents WHERE id = ?').get(id) !== undefined;
  }

  source(ord: number): string {
    return (this.db.prepare('SELECT source FROM sources WHERE doc_ord = ?').pluck().get(ord) as string | undefined) ?? '';
  }

  document(id: string): DocumentRecord | null {
    const row = this.db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
    return row ? { ...withoutCount(toDocument(row)), source: this.source(row.ord) } : null;
  }

  directive(id: string): Directive | null {
    return this.directives('WHERE d.id = ?', id)[0] ?? null;
  }

  /** The directives linked to this one (its translation or original), in the order they were saved. */
  counterparts(id: string): Directive[] {
    return this.consistent(() => counterpartIdsOf(sqliteLinks(this.db), id).flatMap((other) => this.directives('WHERE d.id = ?', other)));
  }

  /** Ids that share the longest prefix with `wanted`, for "did you mean". */
  idsNear(wanted: string, max = 50): string[] {
    for (let n = Math.min(wanted.length, 12); n >= 1; n--) {
      const ids = this.db.prepare("SELECT id FROM directives WHERE id LIKE ? ESCAPE '\\' LIMIT ?").pluck().all(likePrefix(wanted.slice(0, n)), max) as string[];
      if (ids.length > 0) return ids;
    }
    return this.db.prepare('SELECT id FROM directives LIMIT ?').pluck().all(max) as string[];
  }

  count(criteria: Criteria): number {
    const w = where(criteria);
    return this.db.prepare(`SELECT count(*) FROM directives d WHERE ${w.sql}`).pluck().get(...w.params) as number;
  }

  /** Filtered and sorted in the store; only `limit` rows are read. */
  rows(criteria: Criteria, sort: SortOptions = {}): Directive[] {
    const w = where(criteria);
    const limit = sort.limit !== undefined ? ` LIMIT ${Math.floor(sort.limit)}` : '';
    return this.directives(`WHERE ${w.sql} ORDER BY ${orderBy(sort)}${limit}`, ...w.params);
  }

  facet(by: FacetDimension, criteria: Criteria): FacetCount[] {
    const w = where(criteria);
    const dim = dimension(by);
    if (dim.documentColumn !== undefined) {
      // a property of the document: count per document (an indexed group), then group the documents
      const perDocument = `(SELECT d.doc_ord, count(*) AS n FROM directives d WHERE ${w.sql} GROUP BY d.doc_ord)`;
      return this.db.prepare(documentFacet(dim.documentColumn, perDocument)).all(...w.params) as FacetCount[];
    }
    // grouped on indexed columns (force_rank, reporting, …): at a million directives,
    // grouping by the force's text instead reads every row and takes ten times longer
    const from = facetFrom(by, 'rowid');
    const rows = this.db.prepare(`SELECT ${dim.column} AS value, count(*) AS count FROM ${from} WHERE ${w.sql} GROUP BY ${dim.column}`).all(...w.params) as { value: string | number | null; count: number }[];
    return rows.map((row) => ({ value: by === 'force' ? FORCES[row.value as number]! : (row.value as string | null), count: row.count }));
  }

  /** Directives matching a candidate plan and the criteria, best bm25 rank first. */
  candidates(plan: CandidatePlan, criteria: Criteria, limit: number): Directive[] {
    const w = where(criteria);
    try {
      const rows = this.db
        .prepare(`SELECT ${this.columns} FROM fts JOIN directives d ON d.rid = fts.rowid WHERE fts MATCH ? AND ${w.sql} ORDER BY fts.rank LIMIT ?`)
        .all(toFtsMatch(plan), ...w.params, limit) as DirectiveRow[];
      return rows.map(toDirective);
    } catch (error) {
      // a plan FTS5 cannot parse is a bug in candidatePlan; scanning still answers
      if ((error as { code?: string }).code === 'SQLITE_ERROR') return this.scan(criteria, null, limit);
      throw error;
    }
  }

  /** A fallback for queries the index cannot serve: substring scan of the text, capped. */
  scan(criteria: Criteria, needle: string | null, limit: number): Directive[] {
    const w = where(criteria);
    const extra = needle === null ? '' : ' AND instr(lower(d.text), ?) > 0';
    const params = needle === null ? w.params : [...w.params, needle.toLowerCase()];
    return this.directives(`WHERE ${w.sql}${extra} ORDER BY d.doc_ord, d.start LIMIT ?`, ...params, limit);
  }

  /** Vocabulary words within `budget` edits of `word` (SymSpell lookup, then checked), most frequent first. */
  nearWords(word: string, budget: number): { term: string; docs: number }[] {
    const keys = typoKeys(word, budget);
    const found = new Map<string, number>();
    for (let i = 0; i < keys.length; i += 200) {
      const chunk = keys.slice(i, i + 200);
      const marks = chunk.map(() => '?').join(',');
      const rows = this.db
        .prepare(`SELECT v.term, v.docs FROM vocab_deletes k JOIN vocab v ON v.term = k.term WHERE k.key IN (${marks}) UNION SELECT term, docs FROM vocab WHERE term IN (${marks})`)
        .all(...chunk, ...chunk) as { term: string; docs: number }[];
      for (const row of rows) found.set(row.term, row.docs);
    }
    return nearestTerms(word, budget, found);
  }

  /**
   * Directives per document (one row each, with its date), per force on
   * request, of those the criteria keep and (when given) a candidate plan
   * admits (`directives trend`). Grouped per document on indexed columns,
   * dates attached afterwards: at a million directives a date looked up per
   * group, or a join, costs more than the count. Without criteria or forces
   * the stored per-document counts answer at once.
   */
  dateCounts(criteria: Criteria, plan: CandidatePlan | null, byForce: boolean): DateCount[] {
    return this.consistent(() => {
      const dates = new Map(
        (this.db.prepare('SELECT ord, date, directive_count AS n FROM documents').all() as { ord: number; date: string | null; n: number }[]).map((row) => [row.ord, row]),
      );
      const w = where(criteria);
      if (w.sql === 'TRUE' && plan === null && !byForce) return [...dates.values()].map((row) => ({ date: row.date, force: null, count: row.n }));
      const matching = plan === null ? '' : ' AND d.rid IN (SELECT rowid FROM fts WHERE fts MATCH ?)';
      const params = plan === null ? w.params : [...w.params, toFtsMatch(plan)];
      const group = byForce ? 'd.force_rank, d.doc_ord' : 'd.doc_ord';
      const rows = this.db
        .prepare(`SELECT d.doc_ord AS doc, ${byForce ? 'd.force_rank' : 'NULL'} AS rank, count(*) AS n FROM directives d WHERE ${w.sql}${matching} GROUP BY ${group}`)
        .all(...params) as { doc: number; rank: number | null; n: number }[];
      return rows.map((row) => ({ date: dates.get(row.doc)?.date ?? null, force: row.rank === null ? null : FORCES[row.rank]!, count: row.n }));
    });
  }

  forceCountsByDocument(): Map<string, Record<string, number>> {
    return this.consistent(() => {
      const counts = new Map<string, Record<string, number>>();
      for (const doc of this.db.prepare('SELECT id FROM documents ORDER BY ord').pluck().all() as string[]) counts.set(doc, {});
      const rows = this.db
        .prepare('SELECT doc.id AS doc, d.force AS force, count(*) AS n FROM directives d JOIN documents doc ON doc.ord = d.doc_ord GROUP BY d.doc_ord, d.force_rank ORDER BY d.doc_ord, d.force_rank')
        .all() as { doc: string; force: string; n: number }[];
      for (const row of rows) {
        const forces = counts.get(row.doc) ?? {};
        forces[row.force] = row.n;
        counts.set(row.doc, forces);
      }
      return counts;
    });
  }

  /** Whole document records, source included, in corpus order. */
  *exportDocuments(): Generator<DocumentRecord> {
    for (const row of this.db.prepare('SELECT * FROM documents ORDER BY ord').iterate() as IterableIterator<DocumentRow>) {
      yield { ...withoutCount(toDocument(row)), source: this.source(row.ord) };
    }
  }

  *exportDirectives(): Generator<Directive> {
    const statement = this.db.prepare(`SELECT ${this.columns} FROM directives d ORDER BY d.doc_ord, d.start, d.rid`);
    for (const row of statement.iterate() as IterableIterator<DirectiveRow>) yield toDirective(row);
  }

  /** Several reads inside one read transaction (WAL keeps its snapshot until the end); nested calls join the outer one. */
  consistent<T>(work: () => T): T {
    if (this.db.inTransaction) return work();
    this.db.exec('BEGIN');
    try {
      this.db.prepare('SELECT count(*) FROM documents').get();
      return work();
    } finally {
      this.db.exec('COMMIT');
    }
  }

  /**
   * Read the whole corpus inside one read transaction: a write landing while
   * a slow reader (`export | …`) drains cannot tear the snapshot (issue 17).
   */
  async snapshot<T>(read: (documents: Iterable<DocumentRecord>, directives: Iterable<Directive>, links: Iterable<StoredLink>) => Promise<T>): Promise<T> {
    this.db.exec('BEGIN');
    try {
      // the first read fixes the snapshot in WAL mode
      this.db.prepare('SELECT count(*) FROM documents').get();
      return await read(this.exportDocuments(), this.exportDirectives(), readLinks(sqliteLinks(this.db)));
    } finally {
      this.db.exec('COMMIT');
    }
  }

  totals(): { documents: number; directives: number } {
    return {
      documents: this.db.prepare('SELECT count(*) FROM documents').pluck().get() as number,
      directives: this.db.prepare('SELECT count(*) FROM directives').pluck().get() as number,
    };
  }

  integrityCheck(): string {
    return this.db.pragma('integrity_check', { simple: true }) as string;
  }
}
