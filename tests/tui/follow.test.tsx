import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { followScroll } from '../../src/tui/state.js';
import { KEY, eventually, flat, open, press } from './harness.js';

afterEach(() => cleanup());

describe('followScroll', () => {
  it('starts at the top when the directive fits there, else centres it, else starts just above it', () => {
    expect(followScroll({ first: 3, last: 4 }, 10, 40)).toBe(0);
    expect(followScroll({ first: 20, last: 21 }, 10, 40)).toBe(16);
    expect(followScroll({ first: 20, last: 35 }, 10, 40)).toBe(19);
    expect(followScroll({ first: 38, last: 39 }, 10, 40)).toBe(30);
  });
});

describe('browse: the selected directive is in view in the detail pane (issue 15.1)', () => {
  it('scrolls the pane to a directive at the end of a long paragraph, with its paragraph around it', async () => {
    const app = await open({ initialQuery: 'rescue volunteers' }, { columns: 80, rows: 24 });
    await eventually(() => expect(flat(app)).toContain('»Every county should train rescue volunteers'));
    // the paragraph before it is shown too
    expect(flat(app)).toContain('Filler sentence number 30');
    // the top of the paragraph is not: the pane was scrolled
    expect(flat(app)).not.toContain('All provinces must publish flood maps');
  });

  it('keeps following the selection, and the arrows still scroll the focused pane from there', async () => {
    const app = await open({ initialCriteria: { doc: 'ff00ee11' } }, { columns: 140, rows: 24 });
    await eventually(() => expect(flat(app)).toContain('»All provinces must publish flood maps.«'));
    await press(app, KEY.down);
    await eventually(() => expect(flat(app)).toContain('before the rainy season.«'));
  });
});
