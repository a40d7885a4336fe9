import { boundedDistance } from '../model/tokens.js';

/**
 * Ids worth suggesting for a mistyped one: those it is a prefix of (or that
 * are a prefix of it) first, then those a few edits away, nearest first.
 */
export function closestIds(wanted: string, ids: readonly string[], max = 5): string[] {
  const query = wanted.toLowerCase();
  const limit = Math.max(2, Math.floor(query.length / 3));
  return ids
    .map((id) => {
      const lower = id.toLowerCase();
      const prefix = lower.startsWith(query) || query.startsWith(lower);
      return { id, rank: prefix ? -1 : boundedDistance(query, lower, limit) };
    })
    .filter((c) => c.rank <= limit)
    .sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id, 'en', { numeric: true }))
    .slice(0, max)
    .map((c) => c.id);
}
