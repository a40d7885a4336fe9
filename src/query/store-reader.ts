import type { DocumentSummary, Store } from '../corpus/store.js';
import type { Directive, DocumentMeta } from '../model/types.js';
import { closestIds } from './closest.js';
import { CANDIDATES, candidateQuery } from './indexed.js';
import type { CorpusReader } from './reader.js';
import { createSearch, type SearchHit } from './search.js';
import type { Selection } from './select.js';
import { ALL_MATCHES, mergeDates, tallyDates } from './trend.js';
import { sortRanked } from './sort.js';


/** A blank query (the TUI before you type) lists the filtered directives in order, this many at most. */
export const BLANK_QUERY_ROWS = 10_000;

/** A SQLite corpus folder: filters, facets and lists run in the store; search ranks indexed candidates. */
export function storeReader(store: Store, options: { candidates?: number } = {}): CorpusReader {
  const meta = ({ directiveCount: _n, ...rest }: DocumentSummary): DocumentMeta => rest;
  let metas: DocumentMeta[] | null = null;
  const documents = (): DocumentMeta[] => (metas ??= store.documents().map(meta));
  const documentsOf = (directives: readonly Directive[]): DocumentMeta[] => store.documentsById(directives.map((d) => d.doc)).map(meta);
  const vocabulary = { near: (word: string, budget: number) => store.nearWords(word, budget) };
  const select = ({ query, criteria, search = {}, sort = {} }: Selection): SearchHit[] => {
    if (query.trim() === '' && !search.exact) {
      // nothing to rank: the filtered directives in order, as many as a screen can use
      const rows = store.list(criteria, { ...sort, key: sort.key === 'score' ? 'doc' : sort.key, limit: sort.limit ?? BLANK_QUERY_ROWS });
      return rows.map((directive) => ({ directive, score: 0, matches: [] }));
    }
    const limit = Math.max(options.candidates ?? CANDIDATES, (sort.limit ?? 0) * 5);
    let candidates: Directive[];
    if (search.exact) {
      candidates = store.scan(criteria, query.trim() === '' ? null : query.trim(), limit);
    } else {
      const match = query.trim() === '' ? null : candidateQuery(query, vocabulary);
      candidates = match === null ? store.scan(criteria, null, limit) : store.candidates(match, criteria, limit);
    }
    // only the candidates' documents are read: their titles are searched and their dates sort
    const docs = documentsOf(candidates);
    const hits = createSearch(candidates, docs)(query, search);
    return sortRanked(hits, docs, { ...sort, key: sort.key ?? 'score' });
  };
  return {
    kind: 'store',
    documents,
    documentsOf: (directives) => new Map(documentsOf(directives).map((doc) => [doc.id, doc])),
    forceCountsByDocument: () => store.forceCountsByDocument(),
    document: (id) => store.document(id),
    directive: (id) => store.directive(id),
    closestIds: (id) => closestIds(id, store.idsNear(id)),
    list: (criteria, sort = {}) => store.list(criteria, sort),
    select,
    facets: (by, criteria, top) => store.facets(by, criteria, top),
    count: (criteria) => store.count(criteria),
    dateCounts: (criteria, { query = '', byForce = false } = {}) => {
      if (query.trim() === '') return mergeDates(store.dateCounts(criteria, null, byForce));
      const match = candidateQuery(query, vocabulary);
      if (match !== null) return mergeDates(store.dateCounts(criteria, match, byForce));
      // nothing the index can narrow by (only negations or suffixes): rank a scan, as search does
      const found = select({ query, criteria, sort: { key: 'doc', limit: ALL_MATCHES } }).map((hit) => hit.directive);
      return tallyDates(found, new Map(documentsOf(found).map((doc) => [doc.id, doc])), byForce);
    },
    close: () => store.close(),
  };
}
