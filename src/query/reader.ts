import type { Corpus, Directive, DocumentMeta, DocumentRecord } from '../model/types.js';
import type { FacetDimension } from '../vocab/fields.js';
import { closestIds } from './closest.js';
import { facetCounts, forceCounts, type FacetCount } from './facets.js';
import { filterDirectives, indexDocuments, type Criteria } from './filter.js';
import type { SearchHit } from './search.js';
import { createSelector, type Selection } from './select.js';
import { sortRanked, type SortOptions } from './sort.js';

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
  close(): void;
}

/** A corpus JSON held in memory: every question is answered by a scan. */
export function memoryReader(corpus: Corpus): CorpusReader {
  const docs = indexDocuments(corpus.documents);
  const metas: DocumentMeta[] = corpus.documents.map(({ source: _source, ...meta }) => meta);
  const metaById = indexDocuments(metas);
  const byId = new Map(corpus.directives.map((d) => [d.id, d]));
  const selector = createSelector(corpus.directives, metas);
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
    select: selector,
    facets: (by, criteria, top) => facetCounts(filterDirectives(corpus.directives, docs, criteria), by, top),
    count: (criteria) => filterDirectives(corpus.directives, docs, criteria).length,
    close: () => undefined,
  };
}
