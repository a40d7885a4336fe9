import type { SortOptions } from '../query/sort.js';

/**
 * The orders `s` cycles through (issue 15.6), each the `--sort` of `directives
 * search` it stands for, so the browser still never ranks on its own.
 */
export const SORTS = [
  { name: 'relevance', sort: { key: 'score' } },
  { name: 'date', sort: { key: 'date', reverse: true } },
  { name: 'force', sort: { key: 'force' } },
  { name: 'document order', sort: { key: 'doc' } },
  // least sure first: reviewing the doubtful ones is what it is for (issue 15.9)
  { name: 'confidence', sort: { key: 'confidence' } },
] as const satisfies ReadonlyArray<{ name: string; sort: SortOptions }>;

export type SortName = (typeof SORTS)[number]['name'];

export const nextSort = (name: SortName): SortName => SORTS[(SORTS.findIndex((s) => s.name === name) + 1) % SORTS.length]!.name;
export const sortOptions = (name: SortName): SortOptions => SORTS.find((s) => s.name === name)!.sort;
