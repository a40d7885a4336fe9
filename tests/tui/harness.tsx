import { render } from 'ink-testing-library';
import { vi } from 'vitest';
import type { Criteria } from '../../src/query/filter.js';
import { indexDocuments } from '../../src/query/filter.js';
import { memoryReader } from '../../src/query/open.js';
import type { SortOptions } from '../../src/query/sort.js';
import { PLAIN_THEME } from '../../src/render/theme.js';
import { App, type AppProps } from '../../src/tui/app.js';

import { FAR, FIRST, testCorpus } from './long-corpus.js';

export { FAR, FIRST, testCorpus };
export const testDocs = indexDocuments(testCorpus.documents);
export const reader = memoryReader(testCorpus);
export const search = (query: string, criteria: Criteria, sort?: SortOptions) => reader.select({ query, criteria, ...(sort ? { sort } : {}) });

export const KEY = {
  up: '\x1b[A',
  down: '\x1b[B',
  right: '\x1b[C',
  left: '\x1b[D',
  home: '\x1b[H',
  end: '\x1b[F',
  enter: '\r',
  tab: '\t',
  shiftTab: '\x1b[Z',
  escape: '\x1b',
  backspace: '\x7f',
  altBackspace: '\x1b\x7f',
  space: ' ',
  ctrl: (letter: string) => String.fromCharCode(letter.charCodeAt(0) - 96),
  alt: (letter: string) => `\x1b${letter}`,
};
export const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));
export type Rendered = ReturnType<typeof render>;

export async function open(props: Partial<AppProps> = {}, size = { columns: 100, rows: 30 }): Promise<Rendered> {
  const app = render(
    <App search={search} docs={testDocs} document={(id) => reader.document(id)} directivesOf={(id) => reader.list({ doc: id })} total={testCorpus.directives.length} theme={PLAIN_THEME} debounceMs={5} {...props} />,
  );
  resize(app, size);
  await tick();
  return app;
}

export function resize(app: Rendered, size: { columns: number; rows: number }): void {
  Object.defineProperty(app.stdout, 'columns', { value: size.columns, configurable: true });
  Object.defineProperty(app.stdout, 'rows', { value: size.rows, configurable: true });
  app.stdout.emit('resize');
}

export async function press(app: Rendered, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    app.stdin.write(key);
    await tick(key === KEY.escape ? 30 : 10);
  }
  await tick(30);
}

export const eventually = (assertion: () => void) => vi.waitFor(assertion, { timeout: 3000, interval: 15 });
export const frame = (app: Rendered): string => app.lastFrame() ?? '';
export const lines = (app: Rendered): string[] => frame(app).split('\n');
export const statusLine = (app: Rendered): string => lines(app).at(-1) ?? '';
/** The frame with runs of blanks and line breaks made one space, to find wrapped text. */
export const flat = (app: Rendered): string => frame(app).replace(/\s+/g, ' ');
