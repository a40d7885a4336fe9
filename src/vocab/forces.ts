/**
 * Forces, strongest first. The order is what `--min-force` and sorting by force
 * use; the set is the one in shared/DIRECTIVES.md ("The fields").
 */
export const FORCES = [
  'must',
  'must-not',
  'should',
  'necessary',
  'will',
  'strive',
  'encourage',
  'may',
  'imperative',
] as const;

export type Force = (typeof FORCES)[number];

export function isForce(value: string): value is Force {
  return (FORCES as readonly string[]).includes(value);
}

/** Rank of a force, 0 = strongest. */
export function forceRank(force: Force): number {
  return FORCES.indexOf(force);
}

/** Every force at least as strong as `min` ("should" → must, must-not, should). */
export function forcesAtLeast(min: Force): Force[] {
  return FORCES.slice(0, forceRank(min) + 1);
}
