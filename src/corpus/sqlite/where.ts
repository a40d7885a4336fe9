import { anyOf, type Alternative, type CandidatePlan, type Criteria, type SortOptions, type WordOptions } from '../../model/query.js';
import { DIMENSIONS, dimension, type Dimension, type SortKey } from '../../vocab/dimensions.js';
import { FORCES, forceRank, forcesAtLeast, type Force } from '../../vocab/forces.js';

/**
 * The query core's questions as SQL over `directives d`, built from the same
 * dimension table the in-memory predicate reads (query/filter.ts), so both
 * engines mean the same by every filter, order and facet.
 */

export interface Clause {
  sql: string;
  params: unknown[];
}

/**
 * Where SQLite's and PostgreSQL's SQL differ in what this file writes; the
 * PostgreSQL engine (corpus/pg/) builds its SQL here too, with POSTGRES.
 * PostgreSQL's text columns use the "C" collation (byte order, ASCII-only
 * lower()), as SQLite compares, so both order and match alike.
 */
export interface Dialect {
  /** `haystack` contains the next parameter. */
  contains: (haystack: string) => string;
  /** The smaller of two numbers. */
  least: string;
  /** `expr` compared case-insensitively in ORDER BY. */
  nocase: (expr: string) => string;
}

export const SQLITE: Dialect = {
  contains: (haystack) => `instr(${haystack}, ?) > 0`,
  least: 'min',
  nocase: (expr) => `${expr} COLLATE NOCASE`,
};

export const POSTGRES: Dialect = {
  contains: (haystack) => `strpos(${haystack}, ?) > 0`,
  least: 'least',
  nocase: (expr) => `lower(${expr})`,
};

/** `value%` for LIKE with its wildcards taken literally (ESCAPE '\'). */
export function likePrefix(value: string): string {
  return `${value.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
}

const inDocuments = (condition: string): string => `d.doc_ord IN (SELECT ord FROM documents doc WHERE ${condition})`;

/** Any of several values (a repeated filter): their clauses joined by OR; null when there are none. */
function anyClause(values: readonly string[], one: (value: string) => Clause): Clause | null {
  if (values.length === 0) return null;
  const clauses = values.map(one);
  return { sql: clauses.length === 1 ? clauses[0]!.sql : `(${clauses.map((c) => c.sql).join(' OR ')})`, params: clauses.flatMap((c) => c.params) };
}

/** The clause one dimension of the criteria adds, or null when the criteria leave it open. */
function clauseFor(dim: Dimension, criteria: Criteria, sql: Dialect): Clause | null {
  switch (dim.kind) {
    case 'document': {
      const condition = anyClause(anyOf(criteria.doc), (doc) => {
        const q = doc.toLowerCase();
        return { sql: `(lower(doc.id) LIKE ? ESCAPE '\\' OR ${sql.contains("lower(coalesce(doc.file, ''))")} OR ${sql.contains("lower(coalesce(doc.title, ''))")})`, params: [likePrefix(q), q, q] };
      });
      return condition === null ? null : { sql: inDocuments(condition.sql), params: condition.params };
    }
    case 'force': {
      let allowed: Force[] = [...FORCES];
      if (criteria.forces && criteria.forces.length > 0) allowed = allowed.filter((f) => criteria.forces!.includes(f));
      if (criteria.minForce !== undefined) {
        const atLeast = forcesAtLeast(criteria.minForce);
        allowed = allowed.filter((f) => atLeast.includes(f));
      }
      if (allowed.length === FORCES.length) return null;
      return { sql: `${dim.column} IN (${allowed.map(() => '?').join(', ') || 'NULL'})`, params: allowed.map(forceRank) };
    }
    case 'text':
      return anyClause(anyOf(criteria[dim.key as 'reporting' | 'issuer' | 'addressee']), (needle) => ({
        sql: sql.contains(`lower(coalesce(${dim.column}, ''))`),
        params: [needle.toLowerCase()],
      }));
    case 'list': {
      const condition = anyClause(anyOf(criteria.theme), (needle) => ({ sql: sql.contains('lower(t.theme)'), params: [needle.toLowerCase()] }));
      return condition === null ? null : { sql: `d.rid IN (SELECT rid FROM themes t WHERE ${condition.sql})`, params: condition.params };
    }
    case 'language': {
      const langs = anyOf(criteria.lang);
      return langs.length === 0 ? null : { sql: inDocuments(`${dim.column} IN (${langs.map(() => '?').join(', ')})`), params: [...langs] };
    }
    case 'date': {
      if (dim.key !== 'date') return null;
      const parts: string[] = [];
      const params: unknown[] = [];
      for (const [bound, op] of [
        [criteria.since, '>='],
        [criteria.until, '<='],
      ] as const) {
        if (bound === undefined) continue;
        // compare partial dates on what both have (see compareDates); an unknown year is out of range
        parts.push(`(doc.date IS NOT NULL AND doc.date NOT LIKE '--%' AND substr(doc.date, 1, ${sql.least}(length(doc.date), ?)) ${op} substr(?, 1, ${sql.least}(length(doc.date), ?)))`);
        params.push(bound.length, bound, bound.length);
      }
      return parts.length === 0 ? null : { sql: inDocuments(parts.join(' AND ')), params };
    }
    case 'number':
      return criteria.minConfidence === undefined ? null : { sql: `coalesce(${dim.column}, 1) >= ?`, params: [criteria.minConfidence] };
    case 'link': {
      if (dim.key !== 'aligned' || criteria.aligned === undefined) return null;
      // a directive is in one link at most; a pair with no counterpart has NULL on the other side
      const sides = criteria.aligned ? ['lk.en IS NOT NULL AND lk.zh IS NOT NULL', 'lk.en IS NOT NULL AND lk.zh IS NOT NULL'] : ['lk.zh IS NULL', 'lk.en IS NULL'];
      return { sql: `${dim.column} IN (SELECT lk.en FROM links lk WHERE ${sides[0]} UNION ALL SELECT lk.zh FROM links lk WHERE ${sides[1]})`, params: [] };
    }
  }
}

/** Criteria as one WHERE condition over `directives d`. */
export function where(criteria: Criteria, dialect: Dialect = SQLITE): Clause {
  const clauses = DIMENSIONS.map((dim) => clauseFor(dim, criteria, dialect)).filter((c): c is Clause => c !== null);
  return { sql: clauses.length > 0 ? clauses.map((c) => c.sql).join(' AND ') : 'TRUE', params: clauses.flatMap((c) => c.params) };
}

/** Kinds of dimension that are properties of the whole document: their clauses read only `d.doc_ord`. */
const DOCUMENT_KINDS: ReadonlySet<string> = new Set(['document', 'language', 'date']);

/**
 * Whether the criteria choose whole documents only (--doc, --lang, --since,
 * --until): then where() reads nothing of a directive but `d.doc_ord`, and a
 * table with that column — per-document counts — can stand in for `directives d`.
 */
export function documentLevel(criteria: Criteria): boolean {
  return DIMENSIONS.every((dim) => DOCUMENT_KINDS.has(dim.kind) || clauseFor(dim, criteria, SQLITE) === null);
}

/** ORDER BY for a sort key, as query/sort.ts orders in memory: empty values last, ties in document order. */
export function orderBy(sort: SortOptions, dialect: Dialect = SQLITE): string {
  const dir = sort.reverse ? 'DESC' : 'ASC';
  const position = `d.doc_ord ${dir}, d.start ${dir}`;
  const key: SortKey = sort.key ?? 'doc';
  if (key === 'score' || key === 'doc') return position;
  const dim = dimension(key);
  const text = (column: string): string => `(${column} IS NULL) ${dir}, ${dialect.nocase(column)} ${dir}, ${position}`;
  switch (dim.kind) {
    case 'force':
      return `${dim.column} ${dir}, ${position}`;
    case 'number':
      return `coalesce(${dim.column}, 1) ${dir}, ${position}`;
    case 'date':
      return text("(SELECT CASE WHEN date LIKE '--%' THEN NULL ELSE date END FROM documents WHERE ord = d.doc_ord)");
    default:
      return text(dim.column);
  }
}

/** What a facet's GROUP BY reads: themes and force pairs join their tables (`order`: how the links table keeps a pair's rows in order). */
export function facetFrom(by: string, order: 'rowid' | 'seq'): string {
  if (by === 'theme') return 'directives d LEFT JOIN themes t ON t.rid = d.rid';
  // a linked pair counts once, on its first English directive (vocab/dimensions.ts)
  if (by === 'force-pair') return `directives d JOIN links l ON l.en = d.id AND l.zh IS NOT NULL AND l.${order} = (SELECT min(${order}) FROM links WHERE pair = l.pair)`;
  return 'directives d';
}

/**
 * A facet of a document's property (document, year, month, language) over
 * per-document counts `perDocument` (a table of doc_ord and n): the documents
 * grouped by the dimension's value, in SQL, so no document's metadata travels.
 */
export function documentFacet(column: string, perDocument: string): string {
  return `SELECT ${column} AS value, CAST(sum(x.n) AS BIGINT) AS count FROM ${perDocument} x JOIN documents doc ON doc.ord = x.doc_ord GROUP BY 1`;
}

/** How an index's query language writes a word, a prefix, and its two joins. */
interface PlanSyntax {
  word: (token: string) => string;
  prefix: (token: string) => string;
  or: string;
  and: string;
}

/** A candidate plan (query/indexed.ts) in an index's query language: every clause, each any of its alternatives. */
function renderPlan(plan: CandidatePlan, syntax: PlanSyntax): string {
  const word = (o: WordOptions): string => {
    const parts = [...o.prefixes.map(syntax.prefix), ...o.words.map(syntax.word)];
    return parts.length === 1 ? parts[0]! : `(${parts.join(syntax.or)})`;
  };
  const alt = (a: Alternative): string => (a.options.length === 1 ? word(a.options[0]!) : `(${a.options.map(word).join(a.join === 'or' ? syntax.or : syntax.and)})`);
  return plan.clauses.map((c) => (c.length === 1 ? alt(c[0]!) : `(${c.map(alt).join(syntax.or)})`)).join(syntax.and);
}

const quote = (token: string): string => `"${token.replace(/"/g, '""')}"`;

/** A candidate plan as an FTS5 MATCH expression. */
export function toFtsMatch(plan: CandidatePlan): string {
  return renderPlan(plan, { word: quote, prefix: (p) => `${quote(p)} *`, or: ' OR ', and: ' AND ' });
}

/** A token as a PostgreSQL tsvector/tsquery lexeme, taken verbatim (no parser, no dictionary). */
export const lexeme = (token: string): string => `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** A candidate plan as a PostgreSQL tsquery (cast from text, so lexemes are the index's tokens as they are). */
export function toTsQuery(plan: CandidatePlan): string {
  return renderPlan(plan, { word: lexeme, prefix: (p) => `${lexeme(p)}:*`, or: ' | ', and: ' & ' });
}
