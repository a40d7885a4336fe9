import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEY, eventually, lines, open, press } from './harness.js';

afterEach(() => cleanup());

/** Which pane's title is drawn as focused (heavy rule and ▶): readable without colour. */
const focusedTitles = (shown: string[]): string[] => shown.flatMap((line) => [...line.matchAll(/━━ ▶ (\w+)/g)].map((m) => m[1]!));
const queryFocused = (shown: string[]): boolean => shown[0]!.startsWith('▶ search:');

describe('browse: focus is visible, with or without colour (issue 15.2)', () => {
  for (const size of [
    { columns: 80, rows: 24 },
    { columns: 140, rows: 40 },
  ]) {
    it(`marks exactly one focused place at ${size.columns}×${size.rows}`, async () => {
      const app = await open({}, size);
      await eventually(() => expect(queryFocused(lines(app))).toBe(true));
      expect(focusedTitles(lines(app))).toEqual([]);
      await press(app, KEY.ctrl('t'));
      await eventually(() => expect(focusedTitles(lines(app))).toEqual(['results']));
      expect(queryFocused(lines(app))).toBe(false);
      await press(app, KEY.ctrl('t'));
      await eventually(() => expect(focusedTitles(lines(app))).toEqual(['detail']));
      // the unfocused pane keeps a light title
      expect(lines(app).some((line) => /── results \d+/.test(line))).toBe(true);
    });
  }
});
