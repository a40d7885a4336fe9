import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BackgroundSearch } from '../../src/tui/background-search.js';
import { memoryReader } from '../../src/query/open.js';
import { corpus, FIXTURE_PATH } from '../fixtures/load.js';
import { ROOT } from '../helpers/paths.js';

// The worker runs compiled JavaScript, so this drives the built module (npm test builds first).
const { workerSearch } = (await import(`${ROOT}dist/tui/background-search.js`)) as typeof import('../../src/tui/background-search.js');
const WORKER = new URL('dist/tui/search-worker.js', pathToFileURL(ROOT));
const reader = memoryReader(corpus);
const ids = (hits: Array<{ directive: { id: string } }>) => hits.map((hit) => hit.directive.id);

describe('the browser search in a worker thread', () => {
  it('answers as reader.select does, in the same order', async () => {
    const background: BackgroundSearch = workerSearch(WORKER, FIXTURE_PATH, {}, (id) => reader.directive(id));
    try {
      for (const [query, criteria] of [
        ['water', {}],
        ['', { forces: ['must'] }],
        ['flood', { minForce: 'should' }],
      ] as const) {
        const hits = await background.search(query, criteria);
        expect(ids(hits)).toEqual(ids(reader.select({ query, criteria })));
        expect(hits[0]?.directive).toBe(reader.directive(hits[0]!.directive.id));
      }
    } finally {
      await background.close();
    }
  });

  it('runs only the newest of the requests made while it is busy', async () => {
    const background = workerSearch(WORKER, FIXTURE_PATH, {}, (id) => reader.directive(id));
    try {
      const [first, second, third] = await Promise.all([background.search('water', {}), background.search('dredging', {}), background.search('irrigation', {})]);
      expect(ids(first)).toEqual(ids(reader.select({ query: 'water', criteria: {} })));
      // Superseded before it ran: settled with its successor's answer.
      expect(ids(second)).toEqual(['aa11bb22-4']);
      expect(ids(third)).toEqual(['aa11bb22-4']);
    } finally {
      await background.close();
    }
  });

  it('rejects when its corpus cannot be opened', async () => {
    const background = workerSearch(WORKER, `${ROOT}no-such-corpus.json`, {}, () => null);
    try {
      await expect(background.search('water', {})).rejects.toThrow(/no such corpus file|no-such-corpus/);
    } finally {
      await background.close();
    }
  });
});
