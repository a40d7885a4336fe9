import type { StoredLink } from '../../model/links.js';
import { monthOfSql, type CandidatePlan, type Criteria, type DateCount, type FacetCount, type SortOptions } from '../../model/query.js';
import { nearestTerms, typoKeys } from '../../model/tokens.js';
import type { Directive, DocumentRecord } from '../../model/types.js';
import { dimension, type FacetDimension } from '../../vocab/dimensions.js';
import { FORCES, forceRank, type Force } from '../../vocab/forces.js';
import { directiveColumns, toDirective, toDocument, withoutCount, type DirectiveRow, type DocumentRow, type DocumentSummary } from '../sqlite/rows.js';
import { documentFacet, documentLevel, likePrefix, orderBy, POSTGRES, toTsQuery, where, facetFrom } from '../sqlite/where.js';
import { forceSums, forcesOfSums, isCounted } from './counts.js';
import { counterpartIdsOf, readLinks, type LinkDb } from '../sqlite/links.js';
import { PgError, type SyncPg } from './client.js';

/** A server's connection as the links code (sqlite/links.ts) asks it. */
export function pgLinks(db: SyncPg): LinkDb {
  return { rows: <T>(sql: string, ...params: unknown[]) => db.query<T>(sql, ...params), run: (sql, ...params) => void db.query(sql, ...params), order: 'seq', hasLinks: true };
}

/** The columns that make a document's metadata (its source is in `sources`). */
const DOCUMENT = 'SELECT * FROM documents';
const COLUMNS = directiveColumns(true);
/**
 * Per-document counts standing in for `directives d` when criteria choose
 * whole documents only (corpus/pg/counts.ts): each document's total, date and
 * count of each force; and its counts by one facet's values (doc_counts, the
 * facet's key the parameter).
 */
const PER_DOCUMENT = '(SELECT ord AS doc_ord, directive_count AS n, date, force_counts FROM documents WHERE directive_count > 0) d';
const PER_VALUE = '(SELECT doc_ord, value, n FROM doc_counts WHERE dim = ?) d';
/** A document's date to the month, as trend counts are kept (model/query.ts DateCount): a row a month, not a day. */
const MONTH = monthOfSql('doc.date');
/** How many rows one round trip to the worker carries while a snapshot streams. */
const FETCH = 1000;

/**
 * Everything a PostgreSQL corpus answers without writing: the same questions
 * as corpus/sqlite/reads.ts, in the same SQL where the dialects agree (the
 * WHERE and ORDER BY come from one builder, sqlite/where.ts, with POSTGRES).
 */
export class PgReads {
  /** Inside consistent() or snapshot(): reads join the open transaction. */
  private inTransaction = false;

  /** `counts`: the corpus keeps per-document counts (schema 2 on; a reader does not upgrade an older one). */
  constructor(
    private readonly db: SyncPg,
    private readonly options: { counts: boolean } = { counts: true },
  ) {}

  /** Whether these criteria can be answered from the per-document counts. */
  private perDocument(criteria: Criteria): boolean {
    return this.options.counts && documentLevel(criteria);
  }

  private directives(sql: string, ...params: unknown[]): Directive[] {
    return this.db.query<DirectiveRow>(`SELECT ${COLUMNS} FROM directives d ${sql}`, ...params).map(toDirective);
  }

  documents(): DocumentSummary[] {
    return this.db.query<DocumentRow>(`${DOCUMENT} ORDER BY ord`).map(toDocument);
  }

  documentsById(ids: readonly string[]): DocumentSummary[] {
    return this.db.query<DocumentRow>(`${DOCUMENT} WHERE id = ANY(?::text[]) ORDER BY ord`, [...new Set(ids)]).map(toDocument);
  }

  findDocuments(query: string): DocumentSummary[] {
    return this.db.query<DocumentRow>(`${DOCUMENT} WHERE id LIKE ? ESCAPE '\\' OR file = ? ORDER BY ord`, likePrefix(query), query).map(toDocument);
  }

  source(ord: number): string {
    return this.db.value<string>('SELECT source FROM sources WHERE doc_ord = ?', ord) ?? '';
  }

  document(id: string): DocumentRecord | null {
    const row = this.db.query<DocumentRow>(`${DOCUMENT} WHERE id = ?`, id)[0];
    return row ? { ...withoutCount(toDocument(row)), source: this.source(row.ord) } : null;
  }

  directive(id: string): Directive | null {
    return this.directives('WHERE d.id = ?', id)[0] ?? null;
  }

  idsNear(wanted: string, max = 50): string[] {
    const ids = (sql: string, ...params: unknown[]): string[] => this.db.query<{ id: string }>(sql, ...params).map((r) => r.id);
    for (let n = Math.min(wanted.length, 12); n >= 1; n--) {
      const found = ids("SELECT id FROM directives WHERE lower(id) LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?", likePrefix(wanted.slice(0, n).toLowerCase()), max);
      if (found.length > 0) return found;
    }
    return ids('SELECT id FROM directives ORDER BY rid LIMIT ?', max);
  }

  count(criteria: Criteria): number {
    const w = where(criteria, POSTGRES);
    if (this.perDocument(criteria)) return this.db.value<number>(`SELECT coalesce(sum(d.n), 0)::bigint FROM ${PER_DOCUMENT} WHERE ${w.sql}`, ...w.params) ?? 0;
    return this.db.value<number>(`SELECT count(*) FROM directives d WHERE ${w.sql}`, ...w.params) ?? 0;
  }

  /** The count, stopping at `max` rows. */
  countUpTo(criteria: Criteria, max: number): number {
    if (this.perDocument(criteria)) return Math.min(this.count(criteria), max);
    const w = where(criteria, POSTGRES);
    return this.db.value<number>(`SELECT count(*) FROM (SELECT 1 FROM directives d WHERE ${w.sql} LIMIT ?) AS kept`, ...w.params, max) ?? 0;
  }

  rows(criteria: Criteria, sort: SortOptions = {}): Directive[] {
    const w = where(criteria, POSTGRES);
    const limit = sort.limit !== undefined ? ` LIMIT ${Math.floor(sort.limit)}` : '';
    return this.directives(`WHERE ${w.sql} ORDER BY ${orderBy(sort, POSTGRES)}${limit}`, ...w.params);
  }

  facet(by: FacetDimension, criteria: Criteria): FacetCount[] {
    const w = where(criteria, POSTGRES);
    const dim = dimension(by);
    if (this.perDocument(criteria)) {
      if (dim.documentColumn !== undefined) {
        return this.db.query<FacetCount>(documentFacet(dim.documentColumn, `(SELECT d.doc_ord, d.n FROM ${PER_DOCUMENT} WHERE ${w.sql})`), ...w.params);
      }
      if (by === 'force') {
        const sums = this.db.query(`SELECT ${forceSums('d')} FROM ${PER_DOCUMENT} WHERE ${w.sql}`, ...w.params)[0] ?? {};
        return forcesOfSums(sums).map(([value, count]) => ({ value, count }));
      }
      if (isCounted(by)) {
        return this.db.query<FacetCount>(`SELECT d.value, sum(d.n)::bigint AS count FROM ${PER_VALUE} WHERE ${w.sql} GROUP BY d.value`, by, ...w.params);
      }
    }
    if (dim.documentColumn !== undefined) {
      // per document, then the documents grouped (as the SQLite engine does)
      return this.db.query<FacetCount>(documentFacet(dim.documentColumn, `(SELECT d.doc_ord, count(*) AS n FROM directives d WHERE ${w.sql} GROUP BY d.doc_ord)`), ...w.params);
    }
    // themes joined on their document too: on Citus two distributed tables join only on their distribution column
    const from = by === 'theme' ? 'directives d LEFT JOIN themes t ON t.doc_ord = d.doc_ord AND t.rid = d.rid' : facetFrom(by, 'seq');
    const rows = this.db.query<{ value: string | number | null; count: number }>(`SELECT ${dim.column} AS value, count(*) AS count FROM ${from} WHERE ${w.sql} GROUP BY ${dim.column}`, ...w.params);
    return rows.map((row) => ({ value: by === 'force' ? FORCES[row.value as number]! : (row.value as string | null), count: row.count }));
  }

  /** The directives linked to this one (issue 16). */
  counterparts(id: string): Directive[] {
    const ids = counterpartIdsOf(pgLinks(this.db), id);
    if (ids.length === 0) return [];
    const found = new Map(this.directives('WHERE d.id = ANY(?::text[])', ids).map((d) => [d.id, d]));
    return ids.flatMap((other) => found.get(other) ?? []);
  }

  /** Directives per document date (per force on request) among those the criteria keep and a plan admits (`directives trend`). */
  dateCounts(criteria: Criteria, plan: CandidatePlan | null, byForce: boolean): DateCount[] {
    const w = where(criteria, POSTGRES);
    if (plan === null && this.perDocument(criteria)) {
      // one row a document: its date, its total, its count of each force
      const rows = this.db.query<Record<string, unknown> & { date: string | null; n: number }>(
        `SELECT ${monthOfSql('d.date')} AS date, ${byForce ? forceSums('d') : 'sum(d.n)::bigint AS n'} FROM ${PER_DOCUMENT} WHERE ${w.sql} GROUP BY 1`,
        ...w.params,
      );
      if (!byForce) return rows.map((row) => ({ date: row.date, force: null, count: row.n }));
      return rows.flatMap((row) => forcesOfSums(row).map(([force, count]) => ({ date: row.date, force, count })));
    }
    const matching = plan === null ? '' : ' AND d.tsv @@ ?::tsquery';
    const params = plan === null ? w.params : [...w.params, toTsQuery(plan)];
    const rows = this.db.query<{ date: string | null; rank: number | null; n: number }>(
      `SELECT ${MONTH} AS date, ${byForce ? 'd.force_rank' : 'NULL::smallint'} AS rank, count(*)::integer AS n FROM directives d JOIN documents doc ON doc.ord = d.doc_ord
       WHERE ${w.sql}${matching} GROUP BY 1${byForce ? ', d.force_rank' : ''}`,
      ...params,
    );
    return rows.map((row) => ({ date: row.date, force: row.rank === null ? null : FORCES[Number(row.rank)]!, count: Number(row.n) }));
  }

  /** Directives the plan admits (tsvector @@ tsquery, GIN), best ts_rank first. */
  candidates(plan: CandidatePlan, criteria: Criteria, limit: number): Directive[] {
    const w = where(criteria, POSTGRES);
    const query = toTsQuery(plan);
    try {
      return this.directives(`WHERE d.tsv @@ ?::tsquery AND ${w.sql} ORDER BY ts_rank(d.tsv, ?::tsquery, 1) DESC, d.rid LIMIT ?`, query, ...w.params, query, limit);
    } catch (error) {
      // a plan the server cannot parse (a word longer than a lexeme may be) is still answered, by a scan
      if (error instanceof PgError && /^(22|42)/.test(error.code)) return this.scan(criteria, null, limit);
      throw error;
    }
  }

  /** Substring scan of the text (the trigram index serves LIKE when pg_trgm is there), capped. */
  scan(criteria: Criteria, needle: string | null, limit: number): Directive[] {
    const w = where(criteria, POSTGRES);
    if (needle === null) return this.directives(`WHERE ${w.sql} ORDER BY d.doc_ord, d.start LIMIT ?`, ...w.params, limit);
    const pattern = `%${likePrefix(needle.toLowerCase())}`;
    return this.directives(`WHERE ${w.sql} AND lower(d.text) LIKE ? ESCAPE '\\' ORDER BY d.doc_ord, d.start LIMIT ?`, ...w.params, pattern, limit);
  }

  /** Vocabulary words within `budget` edits of `word` (SymSpell keys, as the SQLite engine keeps them), most frequent first. */
  nearWords(word: string, budget: number): { term: string; docs: number }[] {
    const keys = typoKeys(word, budget);
    const rows = this.db.query<{ term: string; docs: number }>(
      'SELECT v.term, v.docs FROM vocab_deletes k JOIN vocab v ON v.term = k.term WHERE k.key = ANY(?::text[]) UNION SELECT term, docs FROM vocab WHERE term = ANY(?::text[]) ORDER BY term',
      keys,
      keys,
    );
    return nearestTerms(word, budget, rows.map((r) => [r.term, r.docs] as const));
  }

  forceCountsByDocument(): Map<string, Record<string, number>> {
    if (this.options.counts) {
      // the counts kept on each document's row (corpus/pg/counts.ts): one read, strongest force first as the other engines list them
      const rows = this.db.query<{ id: string; force_counts: number[] }>('SELECT id, force_counts FROM documents ORDER BY ord');
      return new Map(rows.map(({ id, force_counts }) => [id, Object.fromEntries(FORCES.flatMap((force, i) => (force_counts[i]! > 0 ? [[force, force_counts[i]!]] : [])))]));
    }
    return this.consistent(() => {
      const counts = new Map<string, Record<string, number>>();
      for (const row of this.db.query<{ id: string }>('SELECT id FROM documents ORDER BY ord')) counts.set(row.id, {});
      const rows = this.db
        .query<{ doc: string; force: Force; n: number }>('SELECT doc.id AS doc, min(d.force) AS force, count(*) AS n FROM directives d JOIN documents doc ON doc.ord = d.doc_ord GROUP BY d.doc_ord, doc.id, d.force_rank')
        .sort((a, b) => forceRank(a.force) - forceRank(b.force));
      for (const row of rows) counts.get(row.doc)![row.force] = row.n;
      return counts;
    });
  }

  totals(): { documents: number; directives: number } {
    const row = this.db.query<{ documents: number; directives: number }>('SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM directives) AS directives')[0]!;
    return { documents: row.documents, directives: row.directives };
  }

  /** Several reads in one REPEATABLE READ transaction: one snapshot for all of them; nested calls join the outer one. */
  consistent<T>(work: () => T): T {
    if (this.inTransaction) return work();
    this.begin();
    try {
      const result = work();
      this.end(true);
      return result;
    } catch (error) {
      if (this.inTransaction) this.end(false);
      throw error;
    }
  }

  /** A read-only REPEATABLE READ transaction that reads join (consistent, snapshot). */
  private begin(): void {
    this.db.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    this.inTransaction = true;
  }

  /** Its end. A COMMIT that fails has ended it too; a ROLLBACK on a lost connection is moot (the server has rolled back). */
  private end(commit: boolean): void {
    this.inTransaction = false;
    if (commit) return void this.db.query('COMMIT');
    try {
      this.db.query('ROLLBACK');
    } catch {
      // the connection is gone
    }
  }

  /** A cursor's rows, FETCH by FETCH, inside the snapshot's transaction. */
  private *cursor<R>(name: string, sql: string): Generator<R> {
    this.db.query(`DECLARE ${name} NO SCROLL CURSOR FOR ${sql}`);
    for (;;) {
      const rows = this.db.query<R>(`FETCH ${FETCH} FROM ${name}`);
      yield* rows;
      if (rows.length < FETCH) break;
    }
    this.db.query(`CLOSE ${name}`);
  }

  /** The whole corpus in one REPEATABLE READ transaction, streamed through cursors: writes meanwhile cannot tear it. */
  async snapshot<T>(read: (documents: Iterable<DocumentRecord>, directives: Iterable<Directive>, links: Iterable<StoredLink>) => Promise<T>): Promise<T> {
    const cursor = <R>(name: string, sql: string): Generator<R> => this.cursor<R>(name, sql);
    this.begin();
    try {
      const documents = (function* () {
        for (const row of cursor<DocumentRow & { source: string }>('export_documents', 'SELECT doc.*, s.source FROM documents doc JOIN sources s ON s.doc_ord = doc.ord ORDER BY doc.ord')) {
          yield { ...withoutCount(toDocument(row)), source: row.source };
        }
      })();
      const directives = (function* () {
        for (const row of cursor<DirectiveRow>('export_directives', `SELECT ${COLUMNS} FROM directives d ORDER BY d.doc_ord, d.start, d.rid`)) yield toDirective(row);
      })();
      const result = await read(documents, directives, readLinks(pgLinks(this.db)));
      this.end(true);
      return result;
    } catch (error) {
      if (this.inTransaction) this.end(false);
      throw error;
    }
  }
}
