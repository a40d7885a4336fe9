import type { StoredLink } from '../../model/links.js';
import type { CandidatePlan, Criteria, DateCount, FacetCount, SortOptions } from '../../model/query.js';
import type { Directive, DocumentRecord } from '../../model/types.js';
import { withoutCount as meta, type DocumentSummary } from '../../corpus/sqlite/rows.js';
import type { FacetDimension } from '../../vocab/dimensions.js';
import type { Backend, CorpusWriter } from '../backend.js';

/** What a SQL engine's reads answer (corpus/sqlite/reads.ts, corpus/pg/reads.ts): the same questions, in its own SQL. */
export interface SqlReads {
  documents(): DocumentSummary[];
  documentsById(ids: readonly string[]): DocumentSummary[];
  findDocuments(query: string): DocumentSummary[];
  document(id: string): DocumentRecord | null;
  directive(id: string): Directive | null;
  counterparts(id: string): Directive[];
  idsNear(id: string): string[];
  rows(criteria: Criteria, order: SortOptions): Directive[];
  count(criteria: Criteria): number;
  countUpTo?(criteria: Criteria, max: number): number;
  facet(by: FacetDimension, criteria: Criteria): FacetCount[];
  dateCounts(criteria: Criteria, plan: CandidatePlan | null, byForce: boolean): DateCount[];
  forceCountsByDocument(): Map<string, Record<string, number>>;
  nearWords(word: string, budget: number): { term: string; docs: number }[];
  candidates(plan: CandidatePlan, criteria: Criteria, limit: number): Directive[];
  scan(criteria: Criteria, needle: string | null, limit: number): Directive[];
  consistent<T>(work: () => T): T;
  snapshot<T>(read: (documents: Iterable<DocumentRecord>, directives: Iterable<Directive>, links: Iterable<StoredLink>) => Promise<T>): Promise<T>;
  totals(): { documents: number; directives: number };
}

/** What a SQL engine's store offers around its reads: its writes, each one transaction, and how it names its failures. */
export interface SqlStore {
  readonly reads: SqlReads;
  readonly notice?: string | null;
  translate(error: unknown): Error;
  add: CorpusWriter['add'];
  remove: CorpusWriter['remove'];
  edit: CorpusWriter['edit'];
  saveLinks: CorpusWriter['saveLinks'];
  reparse: CorpusWriter['reparse'];
  close(): void;
}

/** `f`, with the store's failures as one clear error naming the corpus. */
const guarding =
  (store: SqlStore) =>
  <A extends unknown[], R>(f: (...args: A) => R) =>
  (...args: A): R => {
    try {
      return f(...args);
    } catch (error) {
      throw store.translate(error);
    }
  };

/**
 * A SQL engine as the Backend the query core asks: every question answered in
 * SQL, and any failure found on the way (a damaged page, a malformed JSON
 * column, a lost connection) one clear error naming the corpus, not a crash.
 */
export function sqlBackend(store: SqlStore): Backend {
  const reads = store.reads;
  const guard = guarding(store);
  const countUpTo = reads.countUpTo?.bind(reads);
  return {
    warmUp: 'none',
    notice: store.notice ?? null,
    documents: guard(() => reads.documents().map(meta)),
    documentsById: guard((ids) => reads.documentsById(ids).map(meta)),
    document: guard((id) => reads.document(id)),
    directive: guard((id) => reads.directive(id)),
    counterparts: guard((id) => reads.counterparts(id)),
    idsNear: guard((id) => reads.idsNear(id)),
    rows: guard((criteria, order) => reads.rows(criteria, order)),
    count: guard((criteria) => reads.count(criteria)),
    ...(countUpTo ? { countUpTo: guard((criteria: Criteria, max: number) => countUpTo(criteria, max)) } : {}),
    facet: guard((by, criteria) => reads.facet(by, criteria)),
    dateCounts: guard((criteria, plan, byForce) => reads.dateCounts(criteria, plan, byForce)),
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

/** The same corpus, written: each call one transaction (corpus/store.ts, corpus/pg/store.ts). */
export function sqlWriter(store: SqlStore): CorpusWriter {
  const guard = guarding(store);
  return {
    add: (items, onItem) => store.add(items, onItem),
    remove: (ids) => store.remove(ids),
    edit: (docId, changes) => store.edit(docId, changes),
    saveLinks: (enDoc, zhDoc, pairs) => store.saveLinks(enDoc, zhDoc, pairs),
    reparse: (parse, onDocument) => store.reparse(parse, onDocument),
    findDocuments: guard((query: string) => store.reads.findDocuments(query).map(meta)),
    totals: guard(() => store.reads.totals()),
    close: () => store.close(),
  };
}
