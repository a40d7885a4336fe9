import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { parseLimit, sortRanked } from '../../src/query/sort.js';
import { corpus } from '../fixtures/load.js';

const rows = corpus.directives.map((directive) => ({ directive }));
const ids = (items: Array<{ directive: { id: string } }>): string[] => items.map((r) => r.directive.id);

describe('sortRanked', () => {
  it('defaults to document order, then position', () => {
    expect(ids(sortRanked([...rows].reverse(), corpus.documents))).toEqual(corpus.directives.map((d) => d.id));
  });

  it('by force, strongest first, ties in document order', () => {
    expect(ids(sortRanked(rows, corpus.documents, { key: 'force', limit: 4 }))).toEqual(['cc33dd44-1', 'ee55ff66-1', 'aa11bb22-1', 'aa11bb22-4']);
  });

  it('by date, reversed, with a limit', () => {
    expect(ids(sortRanked(rows, corpus.documents, { key: 'date', reverse: true, limit: 2 }))).toEqual(['cc33dd44-2', 'cc33dd44-1']);
  });

  it('by addressee, empty values last', () => {
    const sorted = ids(sortRanked(rows, corpus.documents, { key: 'addressee' }));
    expect(sorted[0]).toBe('aa11bb22-6');
    expect(sorted[sorted.length - 1]).toBe('cc33dd44-2');
  });

  it('by score, best first', () => {
    const scored = rows.slice(0, 3).map((row, i) => ({ ...row, score: [0.5, 0.1, 0.3][i]! }));
    expect(ids(sortRanked(scored, corpus.documents, { key: 'score' }))).toEqual(['aa11bb22-2', 'aa11bb22-3', 'aa11bb22-1']);
  });

  it('limit must be a positive whole number', () => {
    expect(parseLimit('3')).toBe(3);
    expect(() => parseLimit('0')).toThrow(UsageError);
    expect(() => parseLimit('2.5')).toThrow(/--limit/);
    expect(() => parseLimit('x', '--top')).toThrow(/--top/);
  });
});
