import type { ColorMode } from '../vocab/fields.js';

export type ColorLevel = 0 | 1 | 2 | 3;

/** The environment variables that bear on colour, passed in so this module never reads `process`. */
export interface ColorEnvironment {
  NO_COLOR?: string | undefined;
  FORCE_COLOR?: string | undefined;
  TERM?: string | undefined;
}

/**
 * The one decision about colour. In order: `--color always|never`; then
 * FORCE_COLOR (https://force-color.org: set and not "0"/"false" forces colour,
 * its number picks the level; "0" turns colour off); then NO_COLOR
 * (https://no-color.org: set and non-empty turns it off); then TERM=dumb;
 * then whether stdout is a terminal.
 */
export function colorLevel(mode: ColorMode, env: ColorEnvironment, isTTY: boolean): ColorLevel {
  if (mode === 'never') return 0;
  const force = env.FORCE_COLOR;
  const forcedLevel: ColorLevel | null =
    force === undefined ? null : force === '0' || force === 'false' ? 0 : force === '2' ? 2 : force === '3' ? 3 : 1;
  if (mode === 'always') return forcedLevel !== null && forcedLevel > 0 ? forcedLevel : 1;
  if (forcedLevel !== null) return forcedLevel;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (env.TERM === 'dumb') return 0;
  return isTTY ? 1 : 0;
}
