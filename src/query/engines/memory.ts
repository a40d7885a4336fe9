import { counterpartIds, linksByDirective } from '../../model/links.js';
import type { Criteria } from '../../model/query.js';
import { searchableText } from '../../model/tokens.js';
import type { Corpus, Directive, DocumentMeta } from '../../model/types.js';
import type { Backend } from '../backend.js';
import { countValues, forceCounts } from '../facets.js';
import { filterDirectives, indexDocuments, matcher } from '../filter.js';
import { MemoryIndex } from '../memory-index.js';
import { sortRanked } from '../sort.js';
import { tallyDates } from '../trend.js';

/** Above this many directives, the first search builds an inverted index (about 6 s at 100k). */
const WARM_UP_ABOVE = 2000;

/** Ids sharing the longest prefix (at most 12 characters, case-insensitive) with `wanted`, as the SQLite engine finds them with LIKE. */
function idsSharingPrefix(wanted: string, directives: readonly Directive[], max = 50): string[] {
  const lower = wanted.toLowerCase();
  for (let n = Math.min(lower.length, 12); n >= 1; n--) {
    const prefix = lower.slice(0, n);
    const found = directives.filter((d) => d.id.toLowerCase().startsWith(prefix)).slice(0, max);
    if (found.length > 0) return found.map((d) => d.id);
  }
  return directives.slice(0, max).map((d) => d.id);
}

/** A corpus JSON held in memory: filters and facets scan; search candidates come from an inverted index built on first use. */
export function memoryBackend(corpus: Corpus): Backend {
  const docs = indexDocuments(corpus.documents);
  const metas: DocumentMeta[] = corpus.documents.map(({ source: _source, ...meta }) => meta);
  const metaById = indexDocuments(metas);
  const byId = new Map(corpus.directives.map((d) => [d.id, d]));
  const links = linksByDirective(corpus.links ?? []);
  let index: MemoryIndex | null = null;
  const memoryIndex = (): MemoryIndex =>
    (index ??= new MemoryIndex(corpus.directives.map((d) => searchableText(d, metaById.get(d.doc)?.title ?? null))));
  const filtered = (criteria: Criteria): Directive[] => filterDirectives(corpus.directives, metaById, criteria, links);

  return {
    warmUp: corpus.directives.length > WARM_UP_ABOVE ? 'build' : 'none',
    notice: null,
    documents: () => metas,
    documentsById: (ids) => {
      const wanted = new Set(ids);
      return metas.filter((doc) => wanted.has(doc.id));
    },
    document: (id) => docs.get(id) ?? null,
    directive: (id) => byId.get(id) ?? null,
    counterparts: (id) => counterpartIds(links.get(id), id).flatMap((other) => byId.get(other) ?? []),
    idsNear: (id) => idsSharingPrefix(id, corpus.directives),
    rows: (criteria, order) =>
      sortRanked(filtered(criteria).map((directive) => ({ directive })), metas, order).map((row) => row.directive),
    count: (criteria) => filtered(criteria).length,
    facet: (by, criteria) => countValues(filtered(criteria), by, metaById, links),
    dateCounts: (criteria, plan, byForce) => {
      const found =
        plan === null
          ? filtered(criteria)
          : memoryIndex()
              .candidates(plan, Number.MAX_SAFE_INTEGER, (i) => matcher(criteria, metaById, links)(corpus.directives[i]!))
              .map((i) => corpus.directives[i]!);
      return tallyDates(found, metaById, byForce);
    },
    forceCountsByDocument: () => {
      const grouped = new Map<string, Directive[]>();
      for (const d of corpus.directives) {
        const list = grouped.get(d.doc);
        if (list) list.push(d);
        else grouped.set(d.doc, [d]);
      }
      return new Map(metas.map((doc) => [doc.id, forceCounts(grouped.get(doc.id) ?? [])]));
    },
    vocabulary: { near: (word, budget) => memoryIndex().near(word, budget) },
    candidates: (plan, criteria, limit) => {
      const keep = matcher(criteria, metaById, links);
      return memoryIndex()
        .candidates(plan, limit, (i) => keep(corpus.directives[i]!))
        .map((i) => corpus.directives[i]!);
    },
    scan: (criteria, needle, limit) => {
      const keep = matcher(criteria, metaById, links);
      const lower = needle?.toLowerCase() ?? null;
      const out: Directive[] = [];
      for (const d of corpus.directives) {
        if (out.length >= limit) break;
        if (keep(d) && (lower === null || d.text.toLowerCase().includes(lower))) out.push(d);
      }
      return out;
    },
    consistent: (reads) => reads(),
    snapshot: async (read) => read(corpus.documents, corpus.directives, corpus.links ?? []),
    close: () => undefined,
  };
}
