import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { facetRows, toggleRow } from '../../src/tui/facets.js';
import { KEY, eventually, frame, lines, open, press, statusLine, testCorpus, testDocs } from './harness.js';

afterEach(() => cleanup());

/** Walk the picker's cursor down to the row matching `pattern`. */
async function cursorTo(app: Awaited<ReturnType<typeof open>>, pattern: RegExp): Promise<void> {
  const cursorRow = (): string => lines(app).map((line) => /›\s*[[(].*$/.exec(line)?.[0] ?? '').find((line) => line !== '') ?? '';
  for (let i = 0; i < 80 && !pattern.test(cursorRow()); i++) await press(app, KEY.down);
}

describe('facet picker rows (issue 15.4)', () => {
  it('lists addressee and language, and the --min-force threshold as one choice', () => {
    const rows = facetRows(testCorpus.directives, {}, testDocs);
    const headings = rows.filter((row) => row.kind === 'heading').map((row) => row.dimension);
    expect(headings).toEqual(expect.arrayContaining(['addressee', 'lang', 'minForce']));
    const must = rows.find((row) => row.kind === 'value' && row.dimension === 'minForce' && row.value === 'should');
    expect(must?.kind === 'value' && must.count).toBeGreaterThan(0);
    if (must?.kind !== 'value') throw new Error('no row');
    const once = toggleRow({}, must);
    expect(once.minForce).toBe('should');
    expect(toggleRow(once, { ...must, active: true }).minForce).toBeUndefined();
  });
});

describe('browse: the facet picker beside the results (issue 15.4)', () => {
  for (const size of [
    { columns: 80, rows: 24 },
    { columns: 140, rows: 40 },
  ]) {
    it(`keeps the results in view and updates them as a facet is toggled, at ${size.columns}×${size.rows}`, async () => {
      const app = await open({}, size);
      await press(app, KEY.alt('f'));
      await eventually(() => expect(frame(app)).toMatch(/━━ ▶ facets/));
      expect(frame(app)).toMatch(/── results 12/);
      expect(frame(app)).toContain('aa11bb22-1');
      await cursorTo(app, /\bmust\b/);
      await press(app, KEY.space);
      await eventually(() => expect(frame(app)).toMatch(/── results 3/));
      // the picker is still open, the narrowed results beside or above it
      expect(frame(app)).toMatch(/━━ ▶ facets/);
      expect(frame(app)).toContain('cc33dd44-1');
      expect(frame(app)).not.toContain('aa11bb22-2 ');
    });
  }

  it('sets the language and the --min-force threshold', async () => {
    const app = await open({}, { columns: 140, rows: 40 });
    await press(app, KEY.alt('f'));
    await cursorTo(app, /\bzh\b/);
    await press(app, KEY.space);
    await eventually(() => expect(statusLine(app)).toContain('lang: zh'));
    await cursorTo(app, /\(.\)\s+\d+\s+must\b/);
    await press(app, KEY.space);
    await eventually(() => expect(statusLine(app)).toContain('min-force: must'));
  });

  it('reaches every command with no results: Alt chords work from the query line', async () => {
    const app = await open();
    await press(app, ...'zzqxv');
    await eventually(() => expect(statusLine(app)).toMatch(/^0 of 12\b/));
    await press(app, KEY.alt('s'));
    await eventually(() => expect(statusLine(app)).toContain('sort: date'));
    await press(app, KEY.alt('f'));
    await eventually(() => expect(frame(app)).toMatch(/━━ ▶ facets/));
    await press(app, KEY.escape, KEY.alt('h'));
    await eventually(() => expect(frame(app)).toContain('Anywhere'));
    // the query kept every letter typed, none of the chords
    await press(app, KEY.space);
    await eventually(() => expect(lines(app)[0]).toMatch(/search: zzqxv▏\s*$/));
  });
});
