import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import type { Criteria } from '../../src/query/filter.js';
import { memoryReader } from '../../src/query/open.js';
import { PLAIN_THEME } from '../../src/render/theme.js';
import { App, type AppProps } from '../../src/tui/app.js';
import { corpus, docs } from '../fixtures/load.js';

const reader = memoryReader(corpus);
// What browse-run passes for a corpus JSON: the reader's select, the very call `directives search` makes.
const search = (query: string, criteria: Criteria) => reader.select({ query, criteria });

const KEY = { ctrlT: '\x14', up: '\x1b[A', down: '\x1b[B', enter: '\r', tab: '\t', escape: '\x1b', backspace: '\x7f', space: ' ', ctrlC: '\x03' };
const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

type Rendered = ReturnType<typeof render>;

/** The App on a fake terminal of the given size (ink-testing-library's stdout is 100 columns, no rows). */
async function open(props: Partial<AppProps> = {}, size = { columns: 100, rows: 30 }): Promise<Rendered> {
  const app = render(<App search={search} docs={docs} document={(id) => reader.document(id)} total={corpus.directives.length} theme={PLAIN_THEME} debounceMs={5} {...props} />);
  resize(app, size);
  await tick();
  return app;
}

function resize(app: Rendered, size: { columns: number; rows: number }): void {
  Object.defineProperty(app.stdout, 'columns', { value: size.columns, configurable: true });
  Object.defineProperty(app.stdout, 'rows', { value: size.rows, configurable: true });
  app.stdout.emit('resize');
}

async function press(app: Rendered, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    app.stdin.write(key);
    // A lone Esc is told apart from an escape sequence on the next turn of the event loop.
    await tick(key === KEY.escape ? 30 : 10);
  }
  await tick(30);
}

/** Keys are applied and searches land on later turns of the event loop; on a busy machine, later still. */
const eventually = (assertion: () => void) => vi.waitFor(assertion, { timeout: 3000, interval: 15 });

const frame = (app: Rendered): string => app.lastFrame() ?? '';
const lines = (app: Rendered): string[] => frame(app).split('\n');
/** Directive ids in the list, top to bottom. */
const listedIds = (app: Rendered): string[] => lines(app).flatMap((line) => /^[› ] \S+\s+(\S+-\d+)\s/.exec(line)?.[1] ?? []);
const selectedId = (app: Rendered): string | undefined => lines(app).map((line) => /^› \S+\s+(\S+-\d+)\s/.exec(line)?.[1]).find(Boolean);
const statusLine = (app: Rendered): string => lines(app).at(-1) ?? '';

afterEach(() => cleanup());

describe('browse: the list', () => {
  it('starts with every directive and narrows as the query is typed', async () => {
    const app = await open();
    await eventually(() => expect(statusLine(app)).toMatch(/^10 of 10\b/));
    await eventually(() => expect(listedIds(app)[0]).toBe('aa11bb22-1'));
    await press(app, ...'irigation');
    await eventually(() => expect(frame(app)).toContain('search: irigation'));
    await eventually(() => expect(statusLine(app)).toMatch(/^1 of 10\b/));
    await eventually(() => expect(listedIds(app)).toEqual(['aa11bb22-4']));
    await press(app, KEY.escape);
    await eventually(() => expect(statusLine(app)).toMatch(/^10 of 10\b/));
  });

  it('shows "nothing matches" for a query nothing matches', async () => {
    const app = await open();
    await press(app, ...'zzqxv');
    await eventually(() => expect(statusLine(app)).toMatch(/^0 of 10\b/));
    await eventually(() => expect(frame(app)).toContain('nothing matches'));
  });

  it('moves the selection with the arrow keys, Ctrl-n/Ctrl-p, Home and End', async () => {
    const app = await open();
    const ids = listedIds(app);
    await eventually(() => expect(selectedId(app)).toBe(ids[0]));
    await press(app, KEY.down, KEY.down);
    await eventually(() => expect(selectedId(app)).toBe(ids[2]));
    await press(app, KEY.up);
    await eventually(() => expect(selectedId(app)).toBe(ids[1]));
    await press(app, KEY.ctrlT, '\x0e'); // to the list, Ctrl-n
    await eventually(() => expect(selectedId(app)).toBe(ids[2]));
    await press(app, '\x10'); // Ctrl-p
    await eventually(() => expect(selectedId(app)).toBe(ids[1]));
    await press(app, '\x1b[F'); // End
    await eventually(() => expect(selectedId(app)).toBe('ee55ff66-2'));
    await press(app, '\x1b[H'); // Home
    await eventually(() => expect(selectedId(app)).toBe('aa11bb22-1'));
  });

  it('renders only the rows that fit, scrolling to keep the selection in view', async () => {
    const app = await open({}, { columns: 100, rows: 12 });
    expect(lines(app)).toHaveLength(12);
    const visible = listedIds(app);
    expect(visible.length).toBeLessThan(10);
    await press(app, KEY.ctrlT, '\x1b[F');
    await eventually(() => expect(selectedId(app)).toBe('ee55ff66-2'));
    await eventually(() => expect(listedIds(app)).not.toContain('aa11bb22-1'));
  });
});

describe('browse: the detail pane', () => {
  it('shows the selected directive inside its source paragraph', async () => {
    const app = await open();
    await press(app, KEY.down);
    // aa11bb22-2 sits in the second paragraph of its document, after aa11bb22-1.
    const text = frame(app).replace(/\s+/g, ' ');
    expect(text).toContain(
      'The meeting stressed that local governments must not divert flood-control funds. »The central government will allocate 20 billion yuan for reservoir safety«; provinces should',
    );
    expect(text).not.toContain('Premier Li Keqiang');
  });

  it('sits beside the list on a wide terminal and below it on a narrow one', async () => {
    const app = await open({}, { columns: 140, rows: 30 });
    const wide = lines(app).find((line) => line.includes('aa11bb22-1') && line.includes('│'));
    expect(wide).toBeDefined();
    resize(app, { columns: 80, rows: 30 });
    await tick(30);
    await eventually(() => expect(frame(app)).toMatch(/^── detail ─+$/m));
    expect(lines(app).every((line) => !line.includes('│'))).toBe(true);
  });

  it('draws a frame exactly as tall as the terminal, the status line at the bottom, no line wider than it, CJK included', async () => {
    for (const size of [
      { columns: 140, rows: 40 },
      { columns: 60, rows: 16 },
      { columns: 30, rows: 8 },
    ]) {
      const app = await open({ initialQuery: '防汛' }, size);
      await press(app, KEY.ctrlT, KEY.ctrlT);
      const shown = lines(app);
      expect(shown.length).toBe(size.rows);
      expect(shown.at(-1)).toMatch(/^\d+ of \d+/);
      const { default: stringWidth } = await import('string-width');
      for (const line of shown) expect(stringWidth(line)).toBeLessThanOrEqual(size.columns);
      app.unmount();
    }
  });

  it('shows document text made safe: escape sequences and bidi controls are visible, not obeyed', async () => {
    const app = await open({ initialQuery: 'sanitize' });
    const text = frame(app);
    expect(text).not.toMatch(/\x1b\]52|\x1b\[2J|\u202e/);
    expect(text).toContain('\\x1b]52;c;aGk=\\x07');
  });
});

describe('browse: keys and focus', () => {
  it('types command letters into the query while it has focus, and runs them in the list', async () => {
    const app = await open();
    await press(app, ...'fq?');
    await eventually(() => expect(frame(app)).toContain('search: fq?'));
    await press(app, KEY.escape, KEY.escape, '?');
    await eventually(() => expect(frame(app)).toContain('Anywhere'));
    await press(app, KEY.space);
    await eventually(() => expect(frame(app)).not.toContain('Anywhere'));
  });

  it('copies the selected id with y and says so', async () => {
    const copied: string[] = [];
    const app = await open({ copy: (text) => copied.push(text) });
    await press(app, KEY.ctrlT, KEY.down, 'y');
    expect(copied).toEqual(['aa11bb22-2']);
    await eventually(() => expect(statusLine(app)).toContain('copied aa11bb22-2'));
  });

  it('scrolls the detail pane once Ctrl-T has focused it', async () => {
    const app = await open({}, { columns: 100, rows: 16 });
    await press(app, KEY.ctrlT, KEY.ctrlT);
    const before = frame(app);
    await press(app, KEY.down, KEY.down, KEY.down);
    expect(frame(app)).not.toBe(before);
    // The list selection did not move: the arrows scrolled the pane.
    await eventually(() => expect(frame(app)).toContain('aa11bb22-1'));
    await press(app, KEY.escape, KEY.down);
    await eventually(() => expect(selectedId(app)).toBe('aa11bb22-2'));
  });
});

describe('browse: facets', () => {
  it('toggles a force on and off from the picker, with counts', async () => {
    const app = await open();
    await press(app, KEY.ctrlT, 'f');
    await eventually(() => expect(frame(app)).toMatch(/› \[ \]\s+2 {2}must/));
    await press(app, KEY.space);
    await eventually(() => expect(frame(app)).toMatch(/\[x\]\s+2 {2}must/));
    await press(app, KEY.escape);
    await eventually(() => expect(statusLine(app)).toMatch(/^2 of 10 · sort: relevance · force: must/));
    await eventually(() => expect(listedIds(app)).toEqual(['cc33dd44-1', 'ee55ff66-1']));
    await press(app, 'f', KEY.space, KEY.escape);
    await eventually(() => expect(statusLine(app)).toMatch(/^10 of 10\b/));
  });

  it('narrows by document, listing documents by title', async () => {
    const app = await open();
    await press(app, KEY.ctrlT, 'f');
    // Walk down to the document row, then toggle it.
    for (let i = 0; i < 40 && !/^›.*国务院常务会议/.test(lines(app).find((line) => line.startsWith('› [')) ?? ''); i++) await press(app, KEY.down);
    await press(app, KEY.space, KEY.escape);
    await eventually(() => expect(statusLine(app)).toMatch(/^2 of 10 · sort: relevance · doc: cc33dd44/));
    await eventually(() => expect(listedIds(app)).toEqual(['cc33dd44-1', 'cc33dd44-2']));
  });

  it('starts from the command line filters', async () => {
    const app = await open({ initialQuery: 'water', initialCriteria: { forces: ['may', 'encourage'] } });
    await eventually(() => expect(frame(app)).toContain('search: water'));
    await eventually(() => expect(statusLine(app)).toContain('force: may,encourage'));
    await eventually(() => expect(new Set(listedIds(app))).toEqual(new Set(['aa11bb22-5', 'aa11bb22-6'])));
  });
});

describe('browse: search that answers later (a worker thread)', () => {
  it('shows "searching…" and then the answer; a stale answer never lands', async () => {
    const pending: Array<{ query: string; resolve: () => void }> = [];
    const later = (query: string, criteria: Criteria) =>
      new Promise<ReturnType<typeof search>>((resolve) => pending.push({ query, resolve: () => resolve(search(query, criteria)) }));
    const app = await open({ search: later });
    await eventually(() => expect(statusLine(app)).toContain('searching…'));
    pending.shift()!.resolve();
    await tick(30);
    await eventually(() => expect(statusLine(app)).toMatch(/^10 of 10\b/));
    await press(app, ...'dredging', KEY.escape, ...'irrigation');
    await eventually(() => expect(statusLine(app)).toContain('searching…'));
    // The newest answer first, then every older one, late: only the newest may show.
    await eventually(() => expect(pending.map((request) => request.query)).toContain('irrigation'));
    const newest = pending.findIndex((request) => request.query === 'irrigation');
    pending.splice(newest, 1)[0]!.resolve();
    for (const stale of pending.splice(0)) stale.resolve();
    await tick(30);
    await eventually(() => expect(listedIds(app)).toEqual(['aa11bb22-4']));
    await eventually(() => expect(statusLine(app)).not.toContain('searching'));
  });
});
