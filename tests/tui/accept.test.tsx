import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import type { SearchHit } from '../../src/query/search.js';
import { KEY, eventually, lines, open, press, statusLine } from './harness.js';

afterEach(() => cleanup());

describe('browse: results out (issue 15.7)', () => {
  it('Enter hands over the selected id and closes', async () => {
    let accepted: readonly string[] | null = null;
    const app = await open({ onAccept: (ids) => (accepted = ids) });
    await press(app, KEY.down, KEY.enter);
    await eventually(() => expect(accepted).toEqual(['aa11bb22-2']));
  });

  it('Tab marks several, in the order marked; Enter hands them all over', async () => {
    let accepted: readonly string[] | null = null;
    const app = await open({ onAccept: (ids) => (accepted = ids) });
    // as in fzf: Tab toggles and moves down, Shift-Tab toggles and moves up
    await press(app, KEY.tab, KEY.tab, KEY.shiftTab, KEY.shiftTab);
    await eventually(() => expect(statusLine(app)).toContain('2 marked'));
    expect(lines(app).filter((line) => /^[› ]\+/.test(line))).toHaveLength(2);
    await press(app, KEY.enter);
    await eventually(() => expect(accepted).toEqual(['aa11bb22-1', 'aa11bb22-3']));
  });

  it('Ctrl-C and q hand over nothing', async () => {
    let accepted: readonly string[] | null = null;
    const app = await open({ onAccept: (ids) => (accepted = ids) });
    await press(app, KEY.tab, KEY.ctrl('c'));
    expect(accepted).toBeNull();
    app.unmount();
  });

  it('e and E write the current results and name the file in the status line', async () => {
    const written: Array<{ count: number; format: string }> = [];
    const exportResults = (hits: readonly SearchHit[], format: 'ndjson' | 'csv') => {
      written.push({ count: hits.length, format });
      return `out.${format}`;
    };
    const app = await open({ exportResults, initialQuery: 'water' });
    await press(app, KEY.alt('e'));
    await eventually(() => expect(statusLine(app)).toMatch(/wrote \d+ to out\.ndjson/));
    await press(app, KEY.ctrl('t'), 'E');
    await eventually(() => expect(statusLine(app)).toMatch(/wrote \d+ to out\.csv/));
    expect(written.map((w) => w.format)).toEqual(['ndjson', 'csv']);
    expect(written[0]!.count).toBeGreaterThan(0);
  });
});
