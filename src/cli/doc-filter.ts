import { UsageError } from '../errors.js';
import { anyOf, type Criteria } from '../model/query.js';
import { queryTokens } from '../model/tokens.js';
import type { DocumentMeta } from '../model/types.js';
import { closestIds } from '../query/closest.js';
import { documentMatches } from '../query/filter.js';
import type { CorpusReader } from '../query/reader.js';

/** Documents whose title shares most words (Han bigrams) with `wanted`, for "did you mean". */
function closeTitles(wanted: string, documents: readonly DocumentMeta[], max: number): DocumentMeta[] {
  const words = new Set(queryTokens(wanted));
  return documents
    .map((doc) => ({ doc, shared: queryTokens(`${doc.title ?? ''} ${doc.file ?? ''}`).filter((t) => words.has(t)).length }))
    .filter((c) => c.shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, max)
    .map((c) => c.doc);
}

/**
 * `--doc X` that names no document is a mistake, not an empty answer (issue
 * 14): exit 2, with the documents it may have meant.
 */
export function checkDocumentFilter(criteria: Criteria, reader: CorpusReader): void {
  const wanted = anyOf(criteria.doc);
  if (wanted.length === 0) return;
  const documents = reader.documents();
  for (const value of wanted) {
    if (documents.some((doc) => documentMatches(doc, value))) continue;
    const byId = closestIds(value, documents.map((doc) => doc.id));
    const byTitle = closeTitles(value, documents, 5).map((doc) => doc.id);
    const close = [...new Set([...byId, ...byTitle])].slice(0, 5).map((id) => {
      const doc = documents.find((d) => d.id === id)!;
      return `  ${id}  ${doc.title ?? doc.file ?? ''}`;
    });
    const hint = close.length > 0 ? `\nclosest:\n${close.join('\n')}` : ' (list them with `directives docs`)';
    // run.ts makes the message safe for a terminal
    throw new UsageError(`--doc ${JSON.stringify(value)}: no document has that id prefix, file name or title${hint}`);
  }
}
