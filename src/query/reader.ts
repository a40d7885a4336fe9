import type { Criteria, DateCount, FacetCount, SortOptions } from '../model/query.js';
import type { Directive, DocumentMeta, DocumentRecord } from '../model/types.js';
import type { FacetDimension } from '../vocab/dimensions.js';
import type { Backend } from './backend.js';
import { closestIds } from './closest.js';
import { orderFacets } from './facets.js';
import { candidatePlan, CANDIDATES } from './indexed.js';
import { createSearch, type SearchHit, type SearchOptions } from './search.js';
import { sortRanked } from './sort.js';
import { ALL_MATCHES, mergeDates, tallyDates, type DateCountOptions } from './trend.js';

/** One question to the corpus: a search query narrowed by criteria, in an order. */
export interface Selection {
  /** fzf-style query (see parseQuery); blank matches every directive the criteria keep. */
  query: string;
  criteria: Criteria;
  search?: SearchOptions;
  /** Default: best score first, ties in document order. */
  sort?: SortOptions;
}

/**
 * What the browse commands and the TUI ask of a corpus, whichever engine
 * holds it. Built once, over any Backend, by createReader.
 */
export interface CorpusReader {
  /** What the first search costs (see Backend.warmUp). */
  readonly warmUp: Backend['warmUp'];
  /** Something to tell the person reading (see Backend.notice). */
  readonly notice: string | null;
  /** Documents in corpus order, without their source texts. */
  documents(): DocumentMeta[];
  /** Just the documents these directives belong to, by id. */
  documentsOf(directives: readonly Directive[]): Map<string, DocumentMeta>;
  forceCountsByDocument(): Map<string, Record<string, number>>;
  document(id: string): DocumentRecord | null;
  directive(id: string): Directive | null;
  /** The directives linked to this one (see Backend.counterparts). */
  counterparts(directiveId: string): Directive[];
  closestIds(id: string): string[];
  list(criteria: Criteria, sort?: SortOptions): Directive[];
  /** filter → search → sort, as `directives search` and the TUI do it. */
  select(selection: Selection): SearchHit[];
  /**
   * select, and how many directives match in all (issue 14: `showing 100 of
   * 141`, `search --count`): the hits before `--limit`, or — when an index
   * capped the candidates ranked — how many the index admits. The total is
   * counted only when asked (in a big corpus a second pass over every match),
   * and must be asked inside the same consistent() as the select.
   */
  selectCounted(selection: Selection): { hits: SearchHit[]; total: () => number };
  facets(by: FacetDimension, criteria: Criteria, top?: number): FacetCount[];
  count(criteria: Criteria): number;
  /**
   * Directives per document date, per force on request (`directives trend`,
   * issue 12). With a query, those the search finds — every match, wherever a
   * full scan is affordable; in a big corpus every directive its word index
   * admits (each word, typos forgiven), counted rather than ranked.
   */
  dateCounts(criteria: Criteria, options?: DateCountOptions): DateCount[];
  /** Several reads that must agree with each other (see Backend.consistent): `docs` reads documents, then counts. */
  consistent: Backend['consistent'];
  /** The whole corpus, read as one snapshot (see Backend.snapshot). */
  snapshot: Backend['snapshot'];
  close(): void;
}

/** A blank query (the TUI before you type) lists the filtered directives in order, this many at most. */
export const BLANK_QUERY_ROWS = 10_000;

/**
 * Up to this many directives (after filtering) fuse.js ranks every one of
 * them — about 0.1 ms a directive — so small corpora find every fuzzy match;
 * above it an engine's index narrows them to the best few hundred first.
 */
export const FULL_SCAN_LIMIT = 5000;

export interface ReaderOptions {
  /** How many candidates fuse.js ranks when an index narrows them (default CANDIDATES). */
  candidates?: number;
  /** See FULL_SCAN_LIMIT; 0 always goes through the index (tests compare both paths). */
  fullScanLimit?: number;
}

/**
 * The one select: plan → candidates → rank → sort, written once for every
 * engine, so `search` gives the same results from a corpus JSON, a corpus
 * folder or a server.
 */
export function createReader(backend: Backend, options: ReaderOptions = {}): CorpusReader {
  const fullScanLimit = options.fullScanLimit ?? FULL_SCAN_LIMIT;
  let allDocuments: DocumentMeta[] | null = null;
  const documents = (): DocumentMeta[] => (allDocuments ??= backend.documents());
  const documentsOf = (directives: readonly Directive[]): DocumentMeta[] => backend.documentsById(directives.map((d) => d.doc));

  /** The directives to rank, and — when an index capped them — how many it would admit in all. */
  function candidates({ query, criteria, search = {}, sort = {} }: Selection): { found: Directive[]; admitted: () => number | null } {
    const uncapped = (): null => null;
    // a server answers "more than the limit?" without counting every directive
    const count = backend.countUpTo ? backend.countUpTo(criteria, fullScanLimit + 1) : backend.count(criteria);
    if (count <= fullScanLimit) return { found: backend.rows(criteria, {}), admitted: uncapped };
    const limit = Math.max(options.candidates ?? CANDIDATES, (sort.limit ?? 0) * 5);
    const capped = (found: Directive[], admitted: () => number): { found: Directive[]; admitted: () => number | null } => ({
      found,
      admitted: found.length < limit ? uncapped : admitted,
    });
    const needle = query.trim();
    if (search.exact) {
      const text = needle === '' ? null : needle;
      return capped(backend.scan(criteria, text, limit), () => backend.scan(criteria, text, Number.MAX_SAFE_INTEGER).length);
    }
    const plan = candidatePlan(query, backend.vocabulary);
    if (plan === null) return capped(backend.scan(criteria, null, limit), () => backend.count(criteria));
    const sum = (counts: DateCount[]): number => counts.reduce((total, c) => total + c.count, 0);
    return capped(backend.candidates(plan, criteria, limit), () => sum(backend.dateCounts(criteria, plan, false)));
  }

  function selectCounted(selection: Selection): { hits: SearchHit[]; total: () => number } {
    const { query, criteria, search = {}, sort = {} } = selection;
    if (query.trim() === '' && !search.exact) {
      // nothing to rank: the filtered directives in order, as many as a screen can use
      const order = { ...sort, key: sort.key === 'score' ? 'doc' : sort.key, limit: sort.limit ?? BLANK_QUERY_ROWS } as const;
      const hits = backend.rows(criteria, order).map((directive) => ({ directive, score: 0, matches: [] }));
      return { hits, total: () => (hits.length < order.limit ? hits.length : backend.count(criteria)) };
    }
    const { found, admitted } = candidates(selection);
    // only the candidates' documents are read: their titles are searched and their dates sort
    const docs = documentsOf(found);
    const ranked = sortRanked(createSearch(found, docs)(query, search), docs, { ...sort, key: sort.key ?? 'score', limit: undefined });
    const hits = sort.limit === undefined ? ranked : ranked.slice(0, sort.limit);
    return { hits, total: () => Math.max(ranked.length, admitted() ?? 0) };
  }

  const select = (selection: Selection): SearchHit[] => selectCounted(selection).hits;

  return {
    warmUp: backend.warmUp,
    notice: backend.notice,
    documents,
    documentsOf: (directives) => new Map(documentsOf(directives).map((doc) => [doc.id, doc])),
    forceCountsByDocument: () => backend.forceCountsByDocument(),
    document: (id) => backend.document(id),
    directive: (id) => backend.directive(id),
    counterparts: (id) => backend.counterparts(id),
    closestIds: (id) => closestIds(id, backend.idsNear(id)),
    list: (criteria, sort = {}) => backend.rows(criteria, sort),
    // count, candidates and their documents from one state of the corpus (issue 17)
    select: (selection) => backend.consistent(() => select(selection)),
    selectCounted: (selection) => backend.consistent(() => selectCounted(selection)),
    facets: (by, criteria, top) => orderFacets(backend.facet(by, criteria), top),
    count: (criteria) => backend.count(criteria),
    dateCounts: (criteria, { query = '', byForce = false } = {}) => {
      if (query.trim() === '') return mergeDates(backend.dateCounts(criteria, null, byForce));
      const plan = backend.count(criteria) <= fullScanLimit ? null : candidatePlan(query, backend.vocabulary);
      if (plan !== null) return mergeDates(backend.dateCounts(criteria, plan, byForce));
      // every match ranked, as search finds them: small corpora, or a query the index cannot narrow
      const found = select({ query, criteria, sort: { key: 'doc', limit: ALL_MATCHES } }).map((hit) => hit.directive);
      return tallyDates(found, new Map(documentsOf(found).map((doc) => [doc.id, doc])), byForce);
    },
    consistent: (reads) => backend.consistent(reads),
    snapshot: (read) => backend.snapshot(read),
    close: () => backend.close(),
  };
}
