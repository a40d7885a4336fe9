import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Criteria } from '../../src/query/filter.js';
import { memoryReader } from '../../src/query/open.js';
import { PLAIN_THEME } from '../../src/render/theme.js';
import { App } from '../../src/tui/app.js';
import { corpus, docs, FIXTURE_PATH } from '../fixtures/load.js';
import { run } from '../helpers/run.js';

// Issue 4: the browser lists the same directives, in the same order, as `directives search` with the same filters.
const reader = memoryReader(corpus);
const CASES: Array<{ query: string; criteria: Criteria; flags: string[] }> = [
  { query: 'water', criteria: {}, flags: [] },
  { query: 'the', criteria: {}, flags: [] },
  { query: 'flood', criteria: { minForce: 'should' }, flags: ['--min-force', 'should'] },
  { query: "'a | safety", criteria: { forces: ['must', 'should', 'will'] }, flags: ['--force', 'must,should,will'] },
  { query: 'governments', criteria: { doc: 'aa11bb22', issuer: 'meeting' }, flags: ['--doc', 'aa11bb22', '--issuer', 'meeting'] },
  { query: '防汛', criteria: { lang: 'zh' }, flags: ['--lang', 'zh'] },
];

afterEach(() => cleanup());

async function browserIds(query: string, criteria: Criteria): Promise<string[]> {
  const app = render(
    <App
      search={(q, c) => reader.select({ query: q, criteria: c })}
      docs={docs}
      document={(id) => reader.document(id)}
      total={corpus.directives.length}
      theme={PLAIN_THEME}
      initialQuery={query}
      initialCriteria={criteria}
    />,
  );
  // Tall enough for every fixture directive to be on screen.
  Object.defineProperty(app.stdout, 'rows', { value: 60, configurable: true });
  app.stdout.emit('resize');
  let ids: string[] = [];
  await vi.waitFor(() => {
    const lines = (app.lastFrame() ?? '').split('\n');
    ids = lines.flatMap((line) => /^[› ] \S+\s+(\S+-\d+)\s/.exec(line)?.[1] ?? []);
    expect(lines.at(-1)).toMatch(new RegExp(`^${ids.length} of 10\\b`));
  });
  return ids;
}

describe('browse and search rank alike', () => {
  for (const { query, criteria, flags } of CASES) {
    it(`${JSON.stringify(query)} ${flags.join(' ')}`, async () => {
      const printed = run(['--corpus', FIXTURE_PATH, 'search', query, ...flags, '--fields', 'id', '--tsv']);
      const expected = printed.stdout.split('\n').filter(Boolean);
      expect(expected.length).toBeGreaterThan(0);
      expect(await browserIds(query, criteria)).toEqual(expected);
    });
  }
});
