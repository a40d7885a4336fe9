/**
 * Forces, strongest first, with how strongly each binds (issue 14): a
 * prohibition binds as hard as an obligation; "should" and "it is necessary
 * to" are recommendations of one strength; a plan ("will") and a bare
 * imperative command one level below; then striving, encouraging and
 * permitting. `--min-force` keeps every force at least as strong; sorting by
 * force follows this order. The set is the one in docs/DIRECTIVES.md ("The fields").
 */
export const FORCE_SCALE = [
  ['must', 5],
  ['must-not', 5],
  ['should', 4],
  ['necessary', 4],
  ['will', 3],
  ['imperative', 3],
  ['strive', 2],
  ['encourage', 1],
  ['may', 0],
] as const;

export const FORCES = FORCE_SCALE.map(([force]) => force);

export type Force = (typeof FORCE_SCALE)[number][0];

const STRENGTH = new Map<string, number>(FORCE_SCALE);

export function isForce(value: string): value is Force {
  return STRENGTH.has(value);
}

/** Position of a force in FORCES, 0 = strongest: the order lists and sorts use. */
export function forceRank(force: Force): number {
  return FORCES.indexOf(force);
}

/** How strongly a force binds (5 = must, must-not … 0 = may). */
export function forceStrength(force: Force): number {
  return STRENGTH.get(force)!;
}

/** Every force at least as strong as `min` ("should" → must, must-not, should, necessary). */
export function forcesAtLeast(min: Force): Force[] {
  const floor = forceStrength(min);
  return FORCES.filter((force) => forceStrength(force) >= floor);
}
