import { withoutCount as meta } from '../../corpus/sqlite/rows.js';
import type { Store } from '../../corpus/store.js';
import type { Backend, CorpusWriter } from '../backend.js';

/** A SQLite corpus folder: every question answered in SQL over its indexes (corpus/sqlite/reads.ts). */
export function sqliteBackend(store: Store): Backend {
  const reads = store.reads;
  return {
    warmUp: 'none',
    documents: () => reads.documents().map(meta),
    documentsById: (ids) => reads.documentsById(ids).map(meta),
    document: (id) => reads.document(id),
    directive: (id) => reads.directive(id),
    idsNear: (id) => reads.idsNear(id),
    rows: (criteria, order) => reads.rows(criteria, order),
    count: (criteria) => reads.count(criteria),
    facet: (by, criteria) => reads.facet(by, criteria),
    forceCountsByDocument: () => reads.forceCountsByDocument(),
    vocabulary: { near: (word, budget) => reads.nearWords(word, budget) },
    candidates: (plan, criteria, limit) => reads.candidates(plan, criteria, limit),
    scan: (criteria, needle, limit) => reads.scan(criteria, needle, limit),
    snapshot: (read) => reads.snapshot(read),
    close: () => store.close(),
  };
}

/** The same folder, written: each call one IMMEDIATE transaction (corpus/store.ts). */
export function sqliteWriter(store: Store): CorpusWriter {
  return {
    add: (items, onItem) => store.add(items, onItem),
    remove: (ids) => store.remove(ids),
    reparse: (parse, onDocument) => store.reparse(parse, onDocument),
    findDocuments: (query) => store.reads.findDocuments(query).map(meta),
    totals: () => store.reads.totals(),
    close: () => store.close(),
  };
}
