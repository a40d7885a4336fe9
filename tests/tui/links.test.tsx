import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Criteria } from '../../src/query/filter.js';
import { memoryReader } from '../../src/query/open.js';
import { PLAIN_THEME } from '../../src/render/theme.js';
import { App } from '../../src/tui/app.js';
import { linkedCorpus } from '../fixtures/linked.js';

afterEach(() => cleanup());

describe('browse: the detail pane shows a linked directive\'s counterpart (issue 16)', () => {
  it('the first directive\'s Chinese original under its text, as show prints it', async () => {
    const corpus = linkedCorpus();
    const reader = memoryReader(corpus);
    const search = (query: string, criteria: Criteria) => reader.select({ query, criteria });
    const docs = new Map(reader.documents().map((d) => [d.id, d]));
    const app = render(
      <App search={search} docs={docs} document={(id) => reader.document(id)} counterparts={(id) => reader.counterparts(id)} total={corpus.directives.length} theme={PLAIN_THEME} debounceMs={5} />,
    );
    Object.defineProperty(app.stdout, 'columns', { value: 100, configurable: true });
    Object.defineProperty(app.stdout, 'rows', { value: 40, configurable: true });
    app.stdout.emit('resize');
    const zhId = corpus.documents[1]!.id;
    await vi.waitFor(() => expect(app.lastFrame() ?? '').toMatch(new RegExp(`original\\s+${zhId}-1\\s+necessary · 要稳住经济大盘`)), { timeout: 3000, interval: 15 });
  });
});
