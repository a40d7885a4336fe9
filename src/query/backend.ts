import type { CandidatePlan, Criteria, DateCount, FacetCount, SortOptions, Vocabulary } from '../model/query.js';
import type { Directive, DocumentMeta, DocumentRecord, EditableField } from '../model/types.js';
import type { AddItem, AddResult, Reparse } from '../model/write.js';
import type { DirectiveLink, StoredLink } from '../model/links.js';
import type { FacetDimension } from '../vocab/dimensions.js';

/**
 * One corpus engine: what the query core (reader.ts) needs of any storage —
 * a corpus JSON held in memory, a SQLite corpus folder, a server. Like
 * ripgrep's `Matcher`, an engine answers small questions and the search
 * routine is written once, above it; tests/query/conformance.test.ts runs the
 * same cases against every engine.
 */
export interface Backend {
  /** Documents in corpus order, without their source texts. */
  documents(): DocumentMeta[];
  /** The documents with these ids, in corpus order (a server reads no others). */
  documentsById(ids: readonly string[]): DocumentMeta[];
  /** One document with its source text. */
  document(id: string): DocumentRecord | null;
  directive(id: string): Directive | null;
  /** The directives linked to this one — its translation or its original (issue 16) — in saved order; none when unlinked. */
  counterparts(directiveId: string): Directive[];
  /** Ids sharing the longest prefix with `id`, for "did you mean" (at most a few dozen). */
  idsNear(id: string): string[];
  /** The directives the criteria keep, ordered (sortRanked's order) and limited. */
  rows(criteria: Criteria, order: SortOptions): Directive[];
  count(criteria: Criteria): number;
  /** count(criteria), but free to stop at `max` (answers min(count, max)): a server need not count a million rows to learn there are more than a few thousand. */
  countUpTo?(criteria: Criteria, max: number): number;
  /** Directives per value of a dimension among those the criteria keep, in any order. */
  facet(by: FacetDimension, criteria: Criteria): FacetCount[];
  /** Directives per document date (per force too, when asked) among those the criteria keep and, given one, a candidate plan admits. */
  dateCounts(criteria: Criteria, plan: CandidatePlan | null, byForce: boolean): DateCount[];
  /** Directives per force for each document id. */
  forceCountsByDocument(): Map<string, Record<string, number>>;
  /** The index's vocabulary, for typo-tolerant plans. */
  readonly vocabulary: Vocabulary;
  /** Directives the plan admits and the criteria keep, best (bm25) first, at most `limit`. */
  candidates(plan: CandidatePlan, criteria: Criteria, limit: number): Directive[];
  /** Directives whose text contains `needle` (any, when null) and the criteria keep, in document order, at most `limit`. */
  scan(criteria: Criteria, needle: string | null, limit: number): Directive[];
  /** Run several reads as one: inside, every read sees the same state of the corpus, whatever writers do meanwhile. */
  consistent<T>(reads: () => T): T;
  /** The whole corpus as one consistent snapshot, streamed: documents (with sources), then directives, then links (read them in that order). */
  snapshot<T>(read: (documents: Iterable<DocumentRecord>, directives: Iterable<Directive>, links: Iterable<StoredLink>) => Promise<T>): Promise<T>;
  /** Something the reader should be told about this corpus (read from a copy, may be stale), or null. */
  readonly notice: string | null;
  /** What the first search costs: 'build' when it builds an index in memory first (seconds on a big corpus). */
  readonly warmUp: 'none' | 'build';
  close(): void;
}

/**
 * The writes of a corpus one owns (a folder; a server). Every call is one
 * transaction: all of it lands, or none of it.
 */
export interface CorpusWriter {
  /** Add parsed documents; a text already present (same SHA-256) is skipped. `items` may be lazy. */
  add(items: Iterable<AddItem>, onItem?: (result: AddResult) => void): AddResult;
  /** Remove documents by exact id; returns the ids that were there. */
  remove(docIds: readonly string[]): string[];
  /** Set a document's title, date or place as a person says it is; false when there is no such document. */
  edit(docId: string, changes: Partial<Record<EditableField, string | null>>): boolean;
  /** Re-parse every stored source; directives before and after. */
  reparse(parse: Reparse, onDocument?: (done: number, total: number) => void): { documents: number; before: number; after: number };
  /**
   * Link the directives of an English document and its Chinese original
   * (`align --save`, `add --translation-of`), replacing the links either
   * document had; how many pairs were stored. Unknown documents or directives
   * are a DataError and nothing changes.
   */
  saveLinks(enDoc: string, zhDoc: string, pairs: readonly DirectiveLink[]): number;
  /** Documents whose id starts with, or whose file name equals, `query`. */
  findDocuments(query: string): DocumentMeta[];
  totals(): { documents: number; directives: number };
  close(): void;
}
