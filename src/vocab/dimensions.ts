import { forcePairLabel, isPaired, type StoredLink } from '../model/links.js';
import type { Directive, DocumentMeta } from '../model/types.js';

/**
 * Every field a directive can be filtered, counted or sorted by — one row each
 * (issue 11). The CLI's filter flags and their help, `facets --by`, `--sort`,
 * the in-memory predicate (query/filter.ts), the SQL (corpus/sqlite/where.ts)
 * and the browser's facet picker all read this table, so a new dimension is
 * one new row (and, for a new kind, one case in each engine).
 *
 * Kinds say how a filter matches:
 * - text: the value contains the filter, case-insensitively (reporting, issuer, addressee);
 * - list: one of the values contains it (themes);
 * - force: any of the chosen forces, and/or at least as strong as a threshold;
 * - document: the document's id starts with it, or its file name or title contains it;
 * - language: the document is in that language;
 * - date: the document's date lies in a range (partial dates compare on what they have);
 * - number: at least a threshold (confidence);
 * - link: what the corpus's translation links say of it (issue 16): aligned, and the force pair.
 */
export type DimensionKind = 'text' | 'list' | 'force' | 'document' | 'language' | 'date' | 'number' | 'link';

export interface FilterFlag {
  /** commander flag spelling, e.g. `--issuer <text>` */
  readonly flag: string;
  readonly help: string;
}

export interface Dimension {
  readonly key: string;
  /** How people call it (facet picker headings, chart titles). */
  readonly label: string;
  readonly kind: DimensionKind;
  /** The filter flags, if it filters (a force has two: a set and a threshold). */
  readonly flags: readonly FilterFlag[];
  /** `facets --by` counts it. */
  readonly facet: boolean;
  /** `--sort` orders by it. */
  readonly sort: boolean;
  /** Its value(s) for one directive (`link`: its translation link, if any); null = none. */
  readonly values: (directive: Directive, doc: DocumentMeta | undefined, link?: StoredLink) => readonly (string | null)[];
  /** The SQL expression over `directives d` (documents joined as needed) a store filters and groups on. */
  readonly column: string;
  /**
   * For a property of the document (not of the directive): its value as SQL
   * over the document's row (`doc`), the same value `values` gives, so a store
   * counts per document, then groups the documents by it.
   */
  readonly documentColumn?: string;
}

const one = (value: string | null | undefined): readonly (string | null)[] => [value ?? null];

/** A document's year or year-month, when the year is known. */
const datePart = (date: string | null | undefined, length: number): string | null =>
  date && !date.startsWith('--') && date.length >= length ? date.slice(0, length) : null;

/** datePart in SQL (SQLite and PostgreSQL alike). */
const datePartSql = (length: number): string => `CASE WHEN doc.date NOT LIKE '--%' AND length(doc.date) >= ${length} THEN substr(doc.date, 1, ${length}) END`;

export const DIMENSIONS = [
  {
    key: 'force',
    label: 'force',
    kind: 'force',
    flags: [
      { flag: '--force <force>', help: 'only this force (repeatable, or comma-separated)' },
      { flag: '--min-force <force>', help: 'only forces at least this strong (should = must, must-not, should)' },
    ],
    facet: true,
    sort: true,
    values: (d) => one(d.force),
    column: 'd.force_rank',
  },
  {
    key: 'reporting',
    label: 'reporting',
    kind: 'text',
    flags: [{ flag: '--reporting <verb>', help: 'reporting frame contains this (emphasize, request, …)' }],
    facet: true,
    sort: true,
    values: (d) => one(d.reporting),
    column: 'd.reporting',
  },
  {
    key: 'issuer',
    label: 'issuer',
    kind: 'text',
    flags: [{ flag: '--issuer <text>', help: 'issuer contains this (case-insensitive)' }],
    facet: true,
    sort: true,
    values: (d) => one(d.issuer),
    column: 'd.issuer',
  },
  {
    key: 'addressee',
    label: 'addressee',
    kind: 'text',
    flags: [{ flag: '--addressee <text>', help: 'addressee contains this (case-insensitive)' }],
    facet: true,
    sort: true,
    values: (d) => one(d.addressee),
    column: 'd.addressee',
  },
  {
    key: 'theme',
    label: 'theme',
    kind: 'list',
    flags: [{ flag: '--theme <text>', help: 'a theme contains this (case-insensitive)' }],
    facet: true,
    sort: false,
    // a directive with two themes counts once under each
    values: (d) => (d.themes.length > 0 ? [...new Set(d.themes)] : [null]),
    column: 't.theme',
  },
  {
    key: 'doc',
    label: 'document',
    kind: 'document',
    flags: [{ flag: '--doc <doc>', help: 'only this document: id prefix, file name or title substring' }],
    facet: true,
    sort: true,
    values: (d) => one(d.doc),
    column: 'd.doc_ord',
    documentColumn: 'doc.id',
  },
  {
    key: 'date',
    label: 'date',
    kind: 'date',
    flags: [
      { flag: '--since <date>', help: 'documents dated on or after: YYYY-MM-DD, YYYY-MM or YYYY' },
      { flag: '--until <date>', help: 'documents dated on or before' },
    ],
    facet: false,
    sort: true,
    values: (_, doc) => one(datePart(doc?.date, 4) === null ? null : doc!.date),
    column: 'doc.date',
  },
  {
    key: 'year',
    label: 'year',
    kind: 'date',
    flags: [],
    facet: true,
    sort: false,
    values: (_, doc) => one(datePart(doc?.date, 4)),
    column: 'doc.date',
    documentColumn: datePartSql(4),
  },
  {
    key: 'month',
    label: 'month',
    kind: 'date',
    flags: [],
    facet: true,
    sort: false,
    values: (_, doc) => one(datePart(doc?.date, 7)),
    column: 'doc.date',
    documentColumn: datePartSql(7),
  },
  {
    key: 'lang',
    label: 'language',
    kind: 'language',
    flags: [{ flag: '--lang <lang>', help: 'documents in this language' }],
    facet: true,
    sort: false,
    values: (_, doc) => one(doc?.language),
    column: 'doc.language',
    documentColumn: 'doc.language',
  },
  {
    key: 'confidence',
    label: 'confidence',
    kind: 'number',
    flags: [{ flag: '--min-confidence <n>', help: 'only directives the parser is at least this sure of (0–1)' }],
    facet: false,
    sort: true,
    values: (d) => one(d.confidence === undefined ? null : String(d.confidence)),
    column: 'd.confidence',
  },
  {
    key: 'aligned',
    label: 'aligned',
    kind: 'link',
    flags: [
      { flag: '--aligned', help: 'only directives linked to their translation or original (align --save, add --translation-of)' },
      { flag: '--unaligned', help: 'only directives an alignment left without counterpart' },
    ],
    facet: false,
    sort: false,
    values: (_, __, link) => one(link === undefined ? null : isPaired(link) ? 'aligned' : 'unaligned'),
    column: 'd.id',
  },
  {
    key: 'force-pair',
    label: 'force pair',
    kind: 'link',
    flags: [],
    facet: true,
    sort: false,
    // one count per linked pair, on its first English directive: "should ↔ necessary"
    values: (d, _, link) => (link !== undefined && isPaired(link) && link.en[0] === d.id ? [forcePairLabel(link)] : []),
    column: "l.en_force || ' ↔ ' || l.zh_force",
  },
] as const satisfies readonly Dimension[];

export type DimensionKey = (typeof DIMENSIONS)[number]['key'];

type FacetRow = Extract<(typeof DIMENSIONS)[number], { facet: true }>;
type SortRow = Extract<(typeof DIMENSIONS)[number], { sort: true }>;

/** Dimensions `facets --by` counts. */
export type FacetDimension = FacetRow['key'];
export const FACET_DIMENSIONS = DIMENSIONS.filter((d): d is FacetRow => d.facet).map((d) => d.key);

/** Keys `--sort` accepts; `score` only means something for `search`. */
export type SortKey = SortRow['key'] | 'score';
export const SORT_KEYS: readonly SortKey[] = [...DIMENSIONS.filter((d): d is SortRow => d.sort).map((d) => d.key), 'score'];

const BY_KEY = new Map<string, Dimension>(DIMENSIONS.map((d) => [d.key, d]));

export function dimension(key: DimensionKey): Dimension {
  return BY_KEY.get(key)!;
}
