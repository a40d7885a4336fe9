import { withoutCount as meta } from '../../corpus/sqlite/rows.js';
import type { Store } from '../../corpus/store.js';
import { UsageError } from '../../errors.js';
import type { Backend, CorpusWriter } from '../backend.js';

/** The shortest id prefix that names a document for `remove`. */
export const MIN_DOCUMENT_PREFIX = 4;

/** A SQLite corpus folder: every question answered in SQL over its indexes (corpus/sqlite/reads.ts). */
export function sqliteBackend(store: Store): Backend {
  const reads = store.reads;
  // damage found mid-query (a broken page, a malformed JSON column) is a clear error naming the corpus, not a crash
  const guard =
    <A extends unknown[], R>(f: (...args: A) => R) =>
    (...args: A): R => {
      try {
        return f(...args);
      } catch (error) {
        throw store.translate(error);
      }
    };
  return {
    warmUp: 'none',
    notice: store.notice,
    documents: guard(() => reads.documents().map(meta)),
    documentsById: guard((ids) => reads.documentsById(ids).map(meta)),
    document: guard((id) => reads.document(id)),
    directive: guard((id) => reads.directive(id)),
    counterparts: guard((id) => reads.counterparts(id)),
    idsNear: guard((id) => reads.idsNear(id)),
    rows: guard((criteria, order) => reads.rows(criteria, order)),
    count: guard((criteria) => reads.count(criteria)),
    facet: guard((by, criteria) => reads.facet(by, criteria)),
    dateCounts: guard((criteria, plan, byForce) => reads.dateCounts(criteria, plan, byForce)),
    forceCountsByDocument: guard(() => reads.forceCountsByDocument()),
    vocabulary: { near: guard((word: string, budget: number) => reads.nearWords(word, budget)) },
    candidates: guard((plan, criteria, limit) => reads.candidates(plan, criteria, limit)),
    scan: guard((criteria, needle, limit) => reads.scan(criteria, needle, limit)),
    consistent: (work) => {
      try {
        return reads.consistent(work);
      } catch (error) {
        throw store.translate(error);
      }
    },
    snapshot: async (read) => {
      try {
        return await reads.snapshot(read);
      } catch (error) {
        throw store.translate(error);
      }
    },
    close: () => store.close(),
  };
}

/** The same folder, written: each call one IMMEDIATE transaction (corpus/store.ts). */
export function sqliteWriter(store: Store): CorpusWriter {
  return {
    add: (items, onItem) => store.add(items, onItem),
    remove: (ids) => store.remove(ids),
    edit: (docId, changes) => store.edit(docId, changes),
    saveLinks: (enDoc, zhDoc, pairs) => store.saveLinks(enDoc, zhDoc, pairs),
    reparse: (parse, onDocument) => store.reparse(parse, onDocument),
    findDocuments: (query) => {
      // an unset shell variable (`remove "$ID"`) must not name every document of a small corpus (issue 17)
      if (query.trim().length < MIN_DOCUMENT_PREFIX) {
        throw new UsageError(`${JSON.stringify(query)} is too short to name a document: give at least ${MIN_DOCUMENT_PREFIX} characters of its id, or its file name`);
      }
      return store.reads.findDocuments(query).map(meta);
    },
    totals: () => store.reads.totals(),
    close: () => store.close(),
  };
}
