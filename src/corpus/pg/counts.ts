import type { Directive } from '../../model/types.js';
import { DIMENSIONS, type Dimension } from '../../vocab/dimensions.js';
import { facetFrom } from '../sqlite/where.js';

/**
 * Per-document counts, kept by a PostgreSQL corpus beside its directives
 * (issue 18). A server reads every row of a million-directive table far
 * slower than SQLite reads a compact index (MVCC: every row's visibility is
 * checked), so counting questions that do not depend on single directives —
 * `facets` and `trend` over whole documents, the totals — add up a few rows
 * per document instead: `doc_counts` holds, for each document, how many of
 * its directives have each value of each counted facet, written in the same
 * statement as the directives (corpus/pg/writes.ts) and gone with the
 * document (ON DELETE CASCADE); `documents.directive_count` holds the total.
 * A filter on the directives themselves (`--force`, `--issuer`, …) still
 * counts the directives.
 */

/** The facets counted per document: a directive's own values (not a document's, not a link's). */
export const COUNTED: readonly Dimension[] = DIMENSIONS.filter((dim) => dim.facet && (dim.kind === 'force' || dim.kind === 'text' || dim.kind === 'list'));

const COUNTED_KEYS = new Set(COUNTED.map((dim) => dim.key));

export const isCounted = (key: string): boolean => COUNTED_KEYS.has(key);

/** A facet's values as doc_counts stores them: the force by name, as facets report it (the `force` column). */
const stored = (dim: Dimension): string => (dim.kind === 'force' ? 'd.force' : dim.column);

/**
 * The counts of the documents a condition on `d.doc_ord` keeps, recounted
 * from their directives: the SQL the migration fills doc_counts with. It
 * groups exactly as a facet does (corpus/pg/reads.ts), so a counted facet and
 * a counted-over-directives one agree.
 */
export function recountSql(condition: string): string {
  const parts = COUNTED.map(
    (dim) => `SELECT d.doc_ord, '${dim.key}', ${stored(dim)}, count(*)::integer FROM ${facetFrom(dim.key, 'seq')} WHERE ${condition} GROUP BY d.doc_ord, ${stored(dim)}`,
  );
  return `INSERT INTO doc_counts (doc_ord, dim, value, n) ${parts.join(' UNION ALL ')}`;
}

/**
 * The same counts for one document's directives, from the directives as they
 * are written (each dimension's `values`, which the facets over directives
 * mirror): three parallel arrays for unnest, so the document, its directives
 * and their counts go to the server in one statement.
 */
export function countsOf(directives: readonly Directive[]): [dims: string[], values: (string | null)[], counts: number[]] {
  const counts = new Map<string, { dim: string; value: string | null; n: number }>();
  for (const dim of COUNTED) {
    for (const directive of directives) {
      for (const value of dim.values(directive, undefined)) {
        const key = `${dim.key}\u0000${value ?? '\u0001'}`;
        const entry = counts.get(key);
        if (entry) entry.n++;
        else counts.set(key, { dim: dim.key, value, n: 1 });
      }
    }
  }
  const rows = [...counts.values()];
  return [rows.map((r) => r.dim), rows.map((r) => r.value), rows.map((r) => r.n)];
}
