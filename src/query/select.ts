import type { Directive, DocumentMeta } from '../model/types.js';
import { filterDirectives, indexDocuments, type Criteria } from './filter.js';
import { createSearch, type SearchHit, type SearchOptions, type Searcher } from './search.js';
import { sortRanked, type SortOptions } from './sort.js';

/** One question to the corpus: a search query narrowed by criteria, in an order. */
export interface Selection {
  /** fzf-style query (see parseQuery); blank matches every directive the criteria keep. */
  query: string;
  criteria: Criteria;
  search?: SearchOptions;
  /** Default: best score first, ties in document order. */
  sort?: SortOptions;
}

export type Selector = (selection: Selection) => SearchHit[];

/**
 * The one composition `directives search` and `directives browse` share —
 * filter by the criteria, search what is left, sort — so the TUI lists exactly
 * what `search` prints, in the same order (STYLE.md habit 7, issue 4).
 * The searcher built for the last criteria is kept: a TUI changes its query far
 * more often than its filters, and each keystroke then re-uses the same index.
 */
export function createSelector(
  directives: readonly Directive[],
  documents: readonly DocumentMeta[],
  docs: ReadonlyMap<string, DocumentMeta> = indexDocuments(documents),
): Selector {
  let current: { key: string; searcher: Searcher } | null = null;
  return ({ query, criteria, search = {}, sort = {} }) => {
    const key = JSON.stringify(criteria);
    if (current === null || current.key !== key) {
      current = { key, searcher: createSearch(filterDirectives(directives, docs, criteria), documents) };
    }
    const hits = current.searcher(query, search);
    return sortRanked(hits, documents, { ...sort, key: sort.key ?? 'score' });
  };
}

/** One-shot selection; see createSelector. */
export function selectDirectives(
  directives: readonly Directive[],
  documents: readonly DocumentMeta[],
  docs: ReadonlyMap<string, DocumentMeta>,
  selection: Selection,
): SearchHit[] {
  return createSelector(directives, documents, docs)(selection);
}
