import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { compareDates, filterDirectives, toCriteria, type CriteriaInput } from '../../src/query/filter.js';
import { corpus, docs } from '../fixtures/load.js';

const ids = (input: CriteriaInput): string[] => filterDirectives(corpus.directives, docs, toCriteria(input)).map((d) => d.id);

describe('filters', () => {
  it.each<[string, CriteriaInput, string[]]>([
    ['no criteria keeps everything', {}, corpus.directives.map((d) => d.id)],
    ['doc by id prefix', { doc: 'cc33' }, ['cc33dd44-1', 'cc33dd44-2']],
    ['doc by file name', { doc: 'hostile.txt' }, ['ee55ff66-1', 'ee55ff66-2']],
    ['doc by title substring, any case', { doc: 'WATER conservancy' }, ['aa11bb22-1', 'aa11bb22-2', 'aa11bb22-3', 'aa11bb22-4', 'aa11bb22-5', 'aa11bb22-6']],
    ['several forces', { forces: ['may', 'encourage'] }, ['aa11bb22-5', 'aa11bb22-6']],
    ['min force should = must, must-not, should, necessary', { minForce: 'should' }, ['aa11bb22-1', 'aa11bb22-4', 'cc33dd44-1', 'cc33dd44-2', 'ee55ff66-1', 'ee55ff66-2']],
    ['min force must keeps prohibitions: they bind as hard', { minForce: 'must' }, ['aa11bb22-1', 'cc33dd44-1', 'ee55ff66-1']],
    ['reporting substring', { reporting: 'CALL' }, ['aa11bb22-4', 'aa11bb22-5', 'aa11bb22-6']],
    ['issuer substring', { issuer: '会议' }, ['cc33dd44-1', 'cc33dd44-2']],
    ['addressee substring, case-insensitive', { addressee: 'GOVERN' }, ['aa11bb22-1', 'aa11bb22-2']],
    ['theme substring', { theme: 'flood' }, ['aa11bb22-1', 'aa11bb22-3']],
    ['language', { lang: 'zh' }, ['cc33dd44-1', 'cc33dd44-2']],
    ['since a year', { since: '2023' }, ['cc33dd44-1', 'cc33dd44-2', 'ee55ff66-1', 'ee55ff66-2']],
    ['until a day keeps a month-dated document of that month', { since: '2023-06-30', until: '2023-06-30' }, ['ee55ff66-1', 'ee55ff66-2']],
    ['criteria combine (AND)', { minForce: 'must-not', lang: 'en' }, ['aa11bb22-1', 'ee55ff66-1']],
  ])('%s', (_, input, expected) => {
    expect(ids(input)).toEqual(expected);
  });

  it('refuses dates it cannot read, and a range that ends before it starts', () => {
    expect(() => toCriteria({ since: 'soon' })).toThrow(UsageError);
    expect(() => toCriteria({ until: '--09-21' })).toThrow(/--until/);
    expect(() => toCriteria({ since: '2024', until: '2023' })).toThrow(/after/);
  });

  it('compares partial dates on what both have', () => {
    expect(compareDates('2022-03', '2022-03-15')).toBe(0);
    expect(compareDates('2022-02-28', '2022-03')).toBe(-1);
    expect(compareDates('2023', '2022-12-31')).toBe(1);
  });
});
