import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/render/color.js';
import { createTheme } from '../../src/render/theme.js';

describe('colorLevel: one decision', () => {
  it.each([
    ['auto on a terminal', 'auto', {}, true, 1],
    ['auto through a pipe', 'auto', {}, false, 0],
    ['NO_COLOR on a terminal', 'auto', { NO_COLOR: '1' }, true, 0],
    ['empty NO_COLOR is ignored', 'auto', { NO_COLOR: '' }, true, 1],
    ['TERM=dumb', 'auto', { TERM: 'dumb' }, true, 0],
    ['FORCE_COLOR through a pipe', 'auto', { FORCE_COLOR: '1' }, false, 1],
    ['FORCE_COLOR=3 picks the level', 'auto', { FORCE_COLOR: '3' }, false, 3],
    ['FORCE_COLOR wins over NO_COLOR', 'auto', { FORCE_COLOR: '1', NO_COLOR: '1' }, true, 1],
    ['FORCE_COLOR=0 turns it off', 'auto', { FORCE_COLOR: '0' }, true, 0],
    ['--color always beats NO_COLOR', 'always', { NO_COLOR: '1' }, false, 1],
    ['--color never beats FORCE_COLOR', 'never', { FORCE_COLOR: '1' }, true, 0],
  ] as const)('%s', (_, mode, env, tty, level) => {
    expect(colorLevel(mode, env, tty)).toBe(level);
  });
});

describe('createTheme', () => {
  it('level 0 paints nothing', () => {
    const theme = createTheme(0);
    expect(theme.color).toBe(false);
    expect(theme.force('must', 'must') + theme.match('x') + theme.header('H')).toBe('mustxH');
  });

  it('colours forces through one chalk instance', () => {
    const theme = createTheme(1);
    expect(theme.force('must', 'must')).toBe('\x1b[31m\x1b[1mmust\x1b[22m\x1b[39m');
    expect(theme.match('x')).toMatch(/\x1b\[/);
  });
});
