import type { Directive } from '../../model/types.js';
import { DIMENSIONS, type Dimension } from '../../vocab/dimensions.js';
import { FORCES, forceRank, type Force } from '../../vocab/forces.js';
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
 * document (ON DELETE CASCADE); `documents.directive_count` holds the total,
 * and `documents.force_counts` the count of each force (in FORCES order) —
 * the facet read most, and what `trend --stack force` groups by month, from
 * one row a document instead of one a document and force.
 * A filter on the directives themselves (`--force`, `--issuer`, …) still
 * counts the directives.
 */

/** The facets counted per document in doc_counts: a directive's own values (not a document's, not a link's; the force is documents.force_counts). */
export const COUNTED: readonly Dimension[] = DIMENSIONS.filter((dim) => dim.facet && (dim.kind === 'text' || dim.kind === 'list'));

const COUNTED_KEYS = new Set(COUNTED.map((dim) => dim.key));

export const isCounted = (key: string): boolean => COUNTED_KEYS.has(key);

/** A document's directives per force, in FORCES order (documents.force_counts). */
export function forceCountsOf(directives: readonly Directive[]): number[] {
  const counts: number[] = FORCES.map(() => 0);
  for (const directive of directives) counts[forceRank(directive.force)]!++;
  return counts;
}

/** A document without directives (as directive_count defaults to 0). */
export const NO_FORCES = `{${FORCES.map(() => 0).join(',')}}`;

/** documents.force_counts filled from the directives already there (the migration that adds it). */
export const FILL_FORCE_COUNTS = `UPDATE documents doc SET force_counts = ARRAY(SELECT (SELECT count(*) FROM directives d WHERE d.doc_ord = doc.ord AND d.force_rank = r)::integer FROM generate_series(0, ${FORCES.length - 1}) AS r ORDER BY r)`;

/** The sum of each force's count over a table `alias` with a force_counts column: one column per force, f0 … f8. */
export const forceSums = (alias: string): string => FORCES.map((_, i) => `sum(${alias}.force_counts[${i + 1}])::bigint AS f${i}`).join(', ');

/** forceSums' columns of one row as force → count, the forces counted only. */
export function forcesOfSums(row: Record<string, unknown>): [Force, number][] {
  return FORCES.flatMap((force, i) => {
    const n = Number(row[`f${i}`] ?? 0);
    return n > 0 ? [[force, n] as [Force, number]] : [];
  });
}

/**
 * The counts of the documents a condition on `d.doc_ord` keeps, recounted
 * from their directives: the SQL the migration fills doc_counts with. It
 * groups exactly as a facet does (corpus/pg/reads.ts), so a counted facet and
 * a counted-over-directives one agree.
 */
export function recountSql(condition: string): string {
  const parts = COUNTED.map(
    (dim) => `SELECT d.doc_ord, '${dim.key}', ${dim.column}, count(*)::integer FROM ${facetFrom(dim.key, 'seq')} WHERE ${condition} GROUP BY d.doc_ord, ${dim.column}`,
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
