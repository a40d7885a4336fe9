import { withoutCount as meta } from '../../corpus/sqlite/rows.js';
import type { PgStore } from '../../corpus/pg/store.js';
import type { Backend, CorpusWriter } from '../backend.js';

/** `f`, with the server's failures as one clear line naming the corpus (a lost connection, a refused read), not a stack. */
const guarded =
  (store: PgStore) =>
  <A extends unknown[], R>(f: (...args: A) => R) =>
  (...args: A): R => {
    try {
      return f(...args);
    } catch (error) {
      throw store.translate(error);
    }
  };

/** A corpus on a PostgreSQL server: every question answered in SQL on the server (corpus/pg/reads.ts), synchronously through a worker. */
export function postgresBackend(store: PgStore): Backend {
  const reads = store.reads;
  const guard = guarded(store);
  return {
    warmUp: 'none',
    notice: null,
    documents: guard(() => reads.documents().map(meta)),
    documentsById: guard((ids) => reads.documentsById(ids).map(meta)),
    document: guard((id) => reads.document(id)),
    directive: guard((id) => reads.directive(id)),
    idsNear: guard((id) => reads.idsNear(id)),
    rows: guard((criteria, order) => reads.rows(criteria, order)),
    count: guard((criteria) => reads.count(criteria)),
    counterparts: guard((id) => reads.counterparts(id)),
    dateCounts: guard((criteria, plan, byForce) => reads.dateCounts(criteria, plan, byForce)),
    countUpTo: guard((criteria, max) => reads.countUpTo(criteria, max)),
    facet: guard((by, criteria) => reads.facet(by, criteria)),
    forceCountsByDocument: guard(() => reads.forceCountsByDocument()),
    vocabulary: { near: guard((word: string, budget: number) => reads.nearWords(word, budget)) },
    candidates: guard((plan, criteria, limit) => reads.candidates(plan, criteria, limit)),
    scan: guard((criteria, needle, limit) => reads.scan(criteria, needle, limit)),
    consistent: guard((work) => reads.consistent(work)),
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

/** The same corpus, written: each call one transaction on the server (corpus/pg/store.ts). */
export function postgresWriter(store: PgStore): CorpusWriter {
  const guard = guarded(store);
  return {
    add: (items, onItem) => store.add(items, onItem),
    remove: (ids) => store.remove(ids),
    saveLinks: (enDoc, zhDoc, pairs) => store.saveLinks(enDoc, zhDoc, pairs),
    edit: (docId, changes) => store.edit(docId, changes),
    reparse: (parse, onDocument) => store.reparse(parse, onDocument),
    findDocuments: guard((query) => store.reads.findDocuments(query).map(meta)),
    totals: guard(() => store.reads.totals()),
    close: () => store.close(),
  };
}
