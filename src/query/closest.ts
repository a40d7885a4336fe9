/** Levenshtein distance, two rows at a time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

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
      return { id, rank: prefix ? -1 : editDistance(query, lower) };
    })
    .filter((c) => c.rank <= limit)
    .sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id, 'en', { numeric: true }))
    .slice(0, max)
    .map((c) => c.id);
}
