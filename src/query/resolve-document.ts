import type { DocumentMeta } from '../model/types.js';

export type DocumentResolution<T> = { kind: 'found'; doc: T } | { kind: 'ambiguous'; candidates: T[] } | { kind: 'none' };

/**
 * One document named on the command line (`diff A B`): an exact id or file
 * name wins, then a unique id prefix, then a unique title or file-name
 * substring. Several equally good matches are ambiguous, and listed.
 */
export function resolveDocument<T extends DocumentMeta>(wanted: string, documents: readonly T[]): DocumentResolution<T> {
  const q = wanted.trim().toLowerCase();
  if (q === '') return { kind: 'none' };
  const tiers: Array<(doc: T) => boolean> = [
    (doc) => doc.id.toLowerCase() === q || doc.file?.toLowerCase() === q,
    (doc) => doc.id.toLowerCase().startsWith(q),
    (doc) => (doc.title?.toLowerCase().includes(q) ?? false) || (doc.file?.toLowerCase().includes(q) ?? false),
  ];
  for (const test of tiers) {
    const hits = documents.filter(test);
    if (hits.length === 1) return { kind: 'found', doc: hits[0]! };
    if (hits.length > 1) return { kind: 'ambiguous', candidates: hits };
  }
  return { kind: 'none' };
}
