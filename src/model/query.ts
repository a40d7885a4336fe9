import type { SortKey } from '../vocab/dimensions.js';
import type { Force } from '../vocab/forces.js';
import type { Language } from './types.js';

/**
 * The questions every corpus engine answers (memory, SQLite, …). They live
 * here, below both the engines (corpus/) and the query core (query/), so
 * imports only point down.
 */

/**
 * A filter given once or several times: several values keep what matches any
 * of them (`--doc a --doc b`, issue 14), as `--force must --force should` does.
 */
export type OneOrMany<T> = T | readonly T[];

/** The values of a repeatable filter as a list; empty when absent. */
export function anyOf<T extends string>(value: OneOrMany<T> | undefined): readonly T[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value as T] : (value as readonly T[]);
}

/** What `list`, `search` and `facets` (and the TUI) narrow directives by. All optional; see vocab/dimensions.ts. */
export interface Criteria {
  /** Document id prefix, file name, or title substring. */
  doc?: OneOrMany<string>;
  forces?: readonly Force[];
  minForce?: Force;
  reporting?: OneOrMany<string>;
  issuer?: OneOrMany<string>;
  addressee?: OneOrMany<string>;
  theme?: OneOrMany<string>;
  /** Normalised dates (see normalizeDate). */
  since?: string;
  until?: string;
  lang?: OneOrMany<Language>;
  /** Directives at least this sure (0–1); a directive without a confidence counts as sure. */
  minConfidence?: number;
  /** true: directives linked to a counterpart; false: those an alignment left without one (issue 16). */
  aligned?: boolean;
}

export interface SortOptions {
  key?: SortKey;
  reverse?: boolean;
  limit?: number;
}

export interface FacetCount {
  /** null counts directives that have no value (no reporting frame, no addressee, no theme). */
  value: string | null;
  count: number;
}

/** Directives of documents with one date (and one force, when split by force): what an engine reports for `trend`, before bucketing. */
export interface DateCount {
  /**
   * The documents' date to the month (`2024-06`; `2024`, `--06-12` as they
   * are): no trend period needs the day, and a server then sends a row a month
   * instead of one a day (see monthOf).
   */
  date: string | null;
  force: Force | null;
  count: number;
}

/** What one query word may match in an index: these words exactly, or words starting with these prefixes. */
export interface WordOptions {
  words: string[];
  prefixes: string[];
}

/** One way a query term can hold: its words all present ('and'), or any of them ('or'). */
export interface Alternative {
  join: 'and' | 'or';
  options: WordOptions[];
}

/**
 * The boolean shape of a candidate search, independent of the engine that runs
 * it: every clause must hold, and a clause holds when any alternative does.
 * SQLite renders it as an FTS5 MATCH; the in-memory index evaluates it.
 */
export interface CandidatePlan {
  clauses: Alternative[][];
}

/** What an index offers: the vocabulary words within a number of typos of a word, most frequent first. */
export interface Vocabulary {
  near(word: string, budget: number): { term: string; docs: number }[];
}

/** A normalised date as DateCount keeps it: a full date cut to its month; a year, a month or a yearless date as it is. */
export const monthOf = (date: string | null): string | null => (date !== null && /^\d{4}-\d{2}-/.test(date) ? date.slice(0, 7) : date);

/** The same cut in SQL, over a date column (corpus/pg/reads.ts). */
export const monthOfSql = (column: string): string => `CASE WHEN ${column} ~ '^[0-9]{4}-[0-9]{2}-' THEN substr(${column}, 1, 7) ELSE ${column} END`;
