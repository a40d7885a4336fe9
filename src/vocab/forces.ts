/**
 * Forces, strongest first, with how strongly each binds (issues 12, 14): a
 * prohibition binds as hard as an obligation; "should", "it is necessary to"
 * and a bare command are the everyday strength of an instruction (moving
 * between them is a rewording, not a change of force); a plan ("will") one
 * level below; then striving, encouraging and permitting. `--min-force` keeps every force at least as strong; sorting by
 * force follows this order. The set is the one in docs/DIRECTIVES.md ("The fields").
 */
export const FORCE_SCALE = [
  ['must', 5],
  ['must-not', 5],
  ['should', 4],
  ['necessary', 4],
  ['imperative', 4],
  ['will', 3],
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

/** Every force at least as strong as `min` ("should" → must, must-not, should, necessary, imperative). */
export function forcesAtLeast(min: Force): Force[] {
  const floor = forceStrength(min);
  return FORCES.filter((force) => forceStrength(force) >= floor);
}

/** The scale in words, for help texts: "must = must-not > should = necessary = imperative > will > …". */
export function describeForceScale(): string {
  const levels: string[][] = [];
  for (const [force, strength] of FORCE_SCALE) {
    const last = levels[levels.length - 1];
    if (last && forceStrength(last[0] as Force) === strength) last.push(force);
    else levels.push([force]);
  }
  return levels.map((level) => level.join(' = ')).join(' > ');
}
