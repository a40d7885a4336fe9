import type { Corpus, Directive, DocumentMeta, DocumentRecord } from '../model/types.js';
import type { FacetDimension } from '../vocab/fields.js';
import { closestIds } from './closest.js';
import { facetCounts, forceCounts, type FacetCount } from './facets.js';
import { filterDirectives, indexDocuments, matcher, type Criteria } from './filter.js';
import { CANDIDATES, candidatePlan } from './indexed.js';
import { MemoryIndex } from './memory-index.js';
import { searchableText } from '../model/tokens.js';
import { createSearch, type SearchHit } from './search.js';
import { createSelector, type Selection } from './select.js';
import { sortRanked, type SortOptions } from './sort.js';
import { ALL_MATCHES, tallyDates, type DateCount, type DateCountOptions } from './trend.js';

/**
 * What the browse commands and the TUI ask of a corpus, whichever way it is
 * stored: a JSON file held in memory, or a SQLite corpus folder that answers
 * from its indexes without loading everything (issue 5).
 */
export interface CorpusReader {
  readonly kind: 'json' | 'store';
  /** Documents in corpus order, without their source texts. */
  documents(): DocumentMeta[];
  /** Just the documents these directives belong to (a store reads no others), in corpus order. */
  documentsOf(directives: readonly Directive[]): Map<string, DocumentMeta>;
  /** Directives per force for each document id. */
  forceCountsByDocument(): Map<string, Record<string, number>>;
  /** One document with its source text. */
  document(id: string): DocumentRecord | null;
  directive(id: string): Directive | null;
  closestIds(id: string): string[];
  list(criteria: Criteria, sort?: SortOptions): Directive[];
  /** filter → search → sort, as `directives search` and the TUI do it. */
  select(selection: Selection): SearchHit[];
  facets(by: FacetDimension, criteria: Criteria, top?: number): FacetCount[];
  count(criteria: Criteria): number;
  /**
   * Directives per document date, and per force on request (`directives trend`,
   * issue 12). With a query, those the search finds: all its matches, in memory;
   * in a store, every directive its word index finds (each word, typos forgiven),
   * counted in SQL rather than ranked.
   */
  dateCounts(criteria: Criteria, options?: DateCountOptions): DateCount[];
  close(): void;
}

/**
 * Above this many directives a corpus held in memory searches through an
 * inverted index (built on the first search) instead of a full fuse.js scan,
 * which costs about 0.1 ms per directive.
 */
export const MEMORY_INDEX_THRESHOLD = 5000;

/** A corpus JSON held in memory: filters and facets scan; big corpora search through an index. */
export function memoryReader(corpus: Corpus, options: { indexAbove?: number } = {}): CorpusReader {
  const docs = indexDocuments(corpus.documents);
  const metas: DocumentMeta[] = corpus.documents.map(({ source: _source, ...meta }) => meta);
  const metaById = indexDocuments(metas);
  const byId = new Map(corpus.directives.map((d) => [d.id, d]));
  const fullScan = createSelector(corpus.directives, metas);
  const useIndex = corpus.directives.length > (options.indexAbove ?? MEMORY_INDEX_THRESHOLD);
  let index: MemoryIndex | null = null;
  const select = (selection: Selection): SearchHit[] => {
    const { query, criteria, search = {}, sort = {} } = selection;
    if (!useIndex || search.exact || query.trim() === '') return fullScan(selection);
    index ??= new MemoryIndex(corpus.directives.map((d) => searchableText(d, metaById.get(d.doc)?.title ?? null)));
    const plan = candidatePlan(query, index);
    if (plan === null) return fullScan(selection);
    const keep = matcher(criteria, metaById);
    const picked = index.candidates(plan, Math.max(CANDIDATES, (sort.limit ?? 0) * 5), (i) => keep(corpus.directives[i]!));
    const hits = createSearch(picked.map((i) => corpus.directives[i]!), metas)(query, search);
    return sortRanked(hits, metas, { ...sort, key: sort.key ?? 'score' });
  };
  return {
    kind: 'json',
    documents: () => metas,
    documentsOf: () => metaById,
    forceCountsByDocument: () => {
      const grouped = new Map<string, Directive[]>();
      for (const d of corpus.directives) {
        const list = grouped.get(d.doc);
        if (list) list.push(d);
        else grouped.set(d.doc, [d]);
      }
      return new Map(metas.map((doc) => [doc.id, forceCounts(grouped.get(doc.id) ?? [])]));
    },
    document: (id) => docs.get(id) ?? null,
    directive: (id) => byId.get(id) ?? null,
    closestIds: (id) => closestIds(id, corpus.directives.map((d) => d.id)),
    list: (criteria, sort = {}) =>
      sortRanked(
        filterDirectives(corpus.directives, docs, criteria).map((directive) => ({ directive })),
        metas,
        sort,
      ).map((row) => row.directive),
    select,
    facets: (by, criteria, top) => facetCounts(filterDirectives(corpus.directives, docs, criteria), by, top, docs),
    count: (criteria) => filterDirectives(corpus.directives, docs, criteria).length,
    dateCounts: (criteria, { query = '', byForce = false } = {}) => {
      const found = query.trim() === '' ? filterDirectives(corpus.directives, docs, criteria) : select({ query, criteria, sort: { key: 'doc', limit: ALL_MATCHES } }).map((hit) => hit.directive);
      return tallyDates(found, metaById, byForce);
    },
    close: () => undefined,
  };
}
