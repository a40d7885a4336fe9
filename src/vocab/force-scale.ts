import type { Force } from './forces.js';

/**
 * How strongly each force binds, for telling whether a directive was
 * strengthened or weakened between two documents (issue 12). Unlike `forceRank`
 * (a total order for sorting and `--min-force`), this is a scale with ties: a
 * prohibition binds as hard as an obligation, and "should", "need to" and a bare
 * command are the same everyday strength of instruction, so moving between them
 * is a rewording, not a change of force. should → must is +1; will → must is +2.
 */
export const FORCE_LEVEL = {
  must: 4,
  'must-not': 4,
  should: 3,
  necessary: 3,
  imperative: 3,
  will: 2,
  strive: 1,
  encourage: 1,
  may: 0,
} as const satisfies Record<Force, number>;

export function forceLevel(force: Force): number {
  return FORCE_LEVEL[force];
}
