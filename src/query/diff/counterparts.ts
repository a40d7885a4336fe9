import type { Directive, DocumentMeta } from '../../model/types.js';
import { compareDates } from '../filter.js';
import { dateKey } from '../../model/date.js';
import { diffDirectives } from './align.js';
import type { DiffEntry } from './types.js';

/** What finding a counterpart needs from a corpus; a CorpusReader provides it with `list({ doc })`. */
export interface CounterpartSource {
  documents(): readonly DocumentMeta[];
  /** The directives of one document, in document order. */
  directivesOf(docId: string): readonly Directive[];
}

const sameValue = (x: string | null, y: string | null): boolean => x !== null && y !== null && x.trim().toLowerCase() === y.trim().toLowerCase();

/**
 * The document before `doc` in its series: same issuer or same event, same
 * language, the nearest date strictly before it (issue 12, item 3). Documents
 * without a year cannot be placed and are never chosen.
 */
export function previousDocument<T extends DocumentMeta>(doc: DocumentMeta, documents: readonly T[]): T | null {
  const date = dateKey(doc.date);
  if (date === null) return null;
  let best: T | null = null;
  for (const other of documents) {
    if (other.id === doc.id || other.language !== doc.language) continue;
    if (!sameValue(other.issuer, doc.issuer) && !sameValue(other.event, doc.event)) continue;
    const key = dateKey(other.date);
    if (key === null || compareDates(key, date) >= 0) continue;
    if (best === null || compareDates(key, dateKey(best.date)!) > 0) best = other;
  }
  return best;
}

export interface Counterpart {
  /** The previous document of the series, or null when there is none. */
  previous: DocumentMeta | null;
  /** The directive's entry in the diff previous → its document: `added` means no counterpart; null without a previous document. */
  entry: DiffEntry | null;
}

/**
 * Counterpart of a directive in the previous document of the same issuer or
 * event, with how it changed, aligned exactly as `directives diff previous
 * current` aligns it (the whole documents, so near-duplicates pair as there).
 */
export function counterpartInPrevious(directive: Directive, source: CounterpartSource): Counterpart {
  const documents = source.documents();
  const doc = documents.find((d) => d.id === directive.doc);
  if (!doc) return { previous: null, entry: null };
  const previous = previousDocument(doc, documents);
  if (!previous) return { previous: null, entry: null };
  const result = diffDirectives(source.directivesOf(previous.id), source.directivesOf(doc.id), { language: doc.language });
  return { previous, entry: result.entries.find((e) => e.b?.id === directive.id) ?? null };
}
