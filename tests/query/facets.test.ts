import { describe, expect, it } from 'vitest';
import { facetCounts } from '../../src/query/facets.js';
import { corpus } from '../fixtures/load.js';

describe('facetCounts', () => {
  it('counts by force, most frequent first, ties alphabetical', () => {
    expect(facetCounts(corpus.directives, 'force')).toEqual([
      { value: 'must', count: 2 },
      { value: 'should', count: 2 },
      { value: 'encourage', count: 1 },
      { value: 'may', count: 1 },
      { value: 'must-not', count: 1 },
      { value: 'necessary', count: 1 },
      { value: 'strive', count: 1 },
      { value: 'will', count: 1 },
    ]);
  });

  it('counts a directive once under each theme, and missing values as null, last', () => {
    const byTheme = facetCounts(corpus.directives, 'theme', 3);
    expect(byTheme).toEqual([
      { value: 'flood control', count: 2 },
      { value: 'public finance', count: 2 },
      { value: 'terminal safety', count: 2 },
    ]);
    const byReporting = facetCounts(corpus.directives, 'reporting');
    expect(byReporting[byReporting.length - 1]).toEqual({ value: null, count: 2 });
  });

  it('counts by document', () => {
    expect(facetCounts(corpus.directives, 'doc').map((f) => f.count)).toEqual([6, 2, 2]);
  });
});
