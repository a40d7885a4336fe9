import { render } from 'ink-testing-library';
import { vi } from 'vitest';
import type { Corpus, Directive, DocumentRecord } from '../../src/model/types.js';
import type { Criteria } from '../../src/query/filter.js';
import { indexDocuments } from '../../src/query/filter.js';
import { memoryReader } from '../../src/query/open.js';
import type { SortOptions } from '../../src/query/sort.js';
import { PLAIN_THEME } from '../../src/render/theme.js';
import { App, type AppProps } from '../../src/tui/app.js';
import { corpus } from '../fixtures/load.js';

/**
 * The browser on a fake terminal, for the tests of issue 15. The corpus is
 * the fixture plus one document of our own whose single long paragraph
 * holds a directive at its start and one at its very end.
 */
const base = corpus.documents[0]!;
const SENTENCES = Array.from({ length: 30 }, (_, i) => `Filler sentence number ${i + 1} talks about reservoirs and nothing else.`);
const LONG_SOURCE = `Opening line.\nAll provinces must publish flood maps. ${SENTENCES.join(' ')} Every county should train rescue volunteers before the rainy season.\nClosing line.`;
const LONG_DOC: DocumentRecord = { ...base, id: 'ff00ee11', title: 'Long paragraph notice', date: '2021-05-04', source: LONG_SOURCE, sha256: 'ff00ee11' };
const template = corpus.directives[0]!;
const at = (id: string, text: string, force: Directive['force'], confidence?: number): Directive => {
  const start = LONG_SOURCE.indexOf(text);
  return { ...template, id, doc: LONG_DOC.id, text, force, start, end: start + text.length, paragraph: 1, sentence: 0, themes: [], ...(confidence === undefined ? {} : { confidence }) };
};
export const FIRST = at('ff00ee11-1', 'All provinces must publish flood maps.', 'must', 0.95);
export const FAR = at('ff00ee11-2', 'Every county should train rescue volunteers before the rainy season.', 'should', 0.4);

export const testCorpus: Corpus = { ...corpus, documents: [...corpus.documents, LONG_DOC], directives: [...corpus.directives, FIRST, FAR] };
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
