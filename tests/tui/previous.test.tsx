import { createHash } from 'node:crypto';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Corpus, Directive, DocumentRecord } from '../../src/model/types.js';
import { counterpartInPrevious } from '../../src/query/diff/counterparts.js';
import type { Criteria } from '../../src/query/filter.js';
import { memoryReader } from '../../src/query/open.js';
import { PLAIN_THEME } from '../../src/render/theme.js';
import { App } from '../../src/tui/app.js';
import { KEY } from './harness.js';

afterEach(() => cleanup());

/** Two readouts of one series a year apart: one directive strengthened, one new. */
function series(): Corpus {
  const readout = (id: string, date: string, sentences: [string, Directive['force'], string][]): { doc: DocumentRecord; directives: Directive[] } => {
    const source = sentences.map(([text]) => text).join(' ');
    const doc: DocumentRecord = {
      id, file: null, title: `State Council executive meeting ${date.slice(0, 4)}`, date, place: null, issuer: 'the State Council executive meeting', event: null,
      participants: [], language: 'en', sha256: createHash('sha256').update(source).digest('hex'), parserVersion: 't', source,
    };
    let at = 0;
    const directives = sentences.map(([text, force, cue], i) => {
      const start = source.indexOf(text, at);
      at = start + text.length;
      return { id: `${id}-${i + 1}`, doc: id, start, end: start + text.length, text, force, cue, reporting: null, issuer: null, addressee: 'local governments', actions: [], purpose: null, themes: [], paragraph: 0, sentence: i };
    });
    return { doc, directives };
  };
  const before = readout('aaaa0001', '2023-03-01', [['Local governments should stabilize employment of graduates.', 'should', 'should']]);
  const after = readout('bbbb0002', '2024-03-01', [
    ['Local governments must stabilize employment of graduates.', 'must', 'must'],
    ['Local governments should build more rental housing for young people.', 'should', 'should'],
  ]);
  return { schemaVersion: 1, documents: [before.doc, after.doc], directives: [...before.directives, ...after.directives] };
}

describe('browse: p compares with the previous document of the series (issue 12)', () => {
  it('shows the counterpart, the force that moved and the words that changed; again hides it', async () => {
    const corpus = series();
    const reader = memoryReader(corpus);
    const search = (query: string, criteria: Criteria) => reader.select({ query, criteria });
    const docs = new Map(reader.documents().map((d) => [d.id, d]));
    const previous = (directive: Directive) =>
      counterpartInPrevious(directive, { documents: () => reader.documents(), directivesOf: (doc) => reader.list({ doc }).filter((d) => d.doc === doc) });
    const app = render(<App search={search} docs={docs} document={(id) => reader.document(id)} previous={previous} total={3} theme={PLAIN_THEME} debounceMs={5} initialQuery="must" />);
    Object.defineProperty(app.stdout, 'columns', { value: 140, configurable: true });
    Object.defineProperty(app.stdout, 'rows', { value: 40, configurable: true });
    app.stdout.emit('resize');
    const frame = (): string => (app.lastFrame() ?? '').replace(/\s+/g, ' ');
    await vi.waitFor(() => expect(frame()).toContain('bbbb0002-1'), { timeout: 3000, interval: 15 });
    expect(frame()).not.toContain('previous aaaa0001');
    app.stdin.write(KEY.alt('p'));
    await vi.waitFor(() => expect(frame()).toMatch(/previous aaaa0001 2023-03-01 State Council executive/), { timeout: 3000, interval: 15 });
    expect(frame()).toMatch(/strengthened aaaa0001-1 should → must/);
    expect(frame()).toMatch(/Local governments \[-should-\]\{\+must\+\} stabilize employment/);
    app.stdin.write(KEY.alt('p'));
    await vi.waitFor(() => expect(frame()).not.toContain('previous aaaa0001'), { timeout: 3000, interval: 15 });
  });

  it('says so when a directive is new, or the document has no earlier one', async () => {
    const corpus = series();
    const reader = memoryReader(corpus);
    const list = (doc: string) => reader.list({ doc }).filter((d) => d.doc === doc);
    const added = counterpartInPrevious(corpus.directives[2]!, { documents: () => reader.documents(), directivesOf: list });
    expect(added.previous?.id).toBe('aaaa0001');
    expect(added.entry?.kind).toBe('added');
    const first = counterpartInPrevious(corpus.directives[0]!, { documents: () => reader.documents(), directivesOf: list });
    expect(first.previous).toBeNull();
  });
});
