import { describe, expect, it } from 'vitest';
import { createSearch, parseQuery, search, SEARCH_KEY_NAMES } from '../../src/query/search.js';
import { corpus } from '../fixtures/load.js';

const ids = (query: string, exact = false): string[] => search(corpus.directives, corpus.documents, query, { exact }).map((h) => h.directive.id);
/** With the title searched too (`--in text,actions,addressee,themes,title`). */
const withTitle = (query: string, exact = false): string[] =>
  search(corpus.directives, corpus.documents, query, { exact, in: SEARCH_KEY_NAMES }).map((h) => h.directive.id);

describe('parseQuery (fzf syntax)', () => {
  it('space is AND, a lone | is OR binding tighter, ! negates', () => {
    expect(parseQuery("^core go$ | rb$ 'x !=y")).toEqual({
      groups: [
        [{ kind: 'prefix', value: 'core', negate: false }],
        [
          { kind: 'suffix', value: 'go', negate: false },
          { kind: 'suffix', value: 'rb', negate: false },
        ],
        [{ kind: 'include', value: 'x', negate: false }],
      ],
      negations: [{ kind: 'exact', value: 'y', negate: true }],
    });
  });

  it('ignores empty operators and a leading |', () => {
    expect(parseQuery("| ' ! water")).toEqual({ groups: [[{ kind: 'fuzzy', value: 'water', negate: false }]], negations: [] });
  });
});

describe('search', () => {
  it('forgives a typo and ranks the best field match first', () => {
    expect(ids('irigation')[0]).toBe('aa11bb22-4');
    expect(ids('dredgng flood')[0]).toBe('aa11bb22-3');
  });

  it('AND holds across fields: one word in the text, one in the title (when the title is searched)', () => {
    expect(withTitle('dredging conservancy')).toEqual(['aa11bb22-3']);
  });

  it('the title is searched only when asked for, and its hits say so (issue 14)', () => {
    expect(ids('conservancy')).toEqual([]);
    const hits = search(corpus.directives, corpus.documents, 'conservancy', { in: SEARCH_KEY_NAMES });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.matches.map((m) => m.field)).toContain('title');
  });

  it('OR takes either term', () => {
    expect(new Set(ids("'dredging | 'irrigation"))).toEqual(new Set(['aa11bb22-3', 'aa11bb22-4']));
  });

  it('prefix, suffix and negation', () => {
    expect(ids('^counties')).toEqual(['aa11bb22-5']);
    expect(ids("'water !^banks !irrigation")).toEqual(expect.not.arrayContaining(['aa11bb22-4', 'aa11bb22-6']));
    expect(ids("'water !^banks !irrigation")).toContain('aa11bb22-5');
    expect(ids('funds$')).toEqual(['aa11bb22-1']);
  });

  it('a negation excludes a match in any field searched, the title included; alone it keeps the rest in corpus order', () => {
    expect(withTitle('!water')).toEqual(['cc33dd44-1', 'cc33dd44-2', 'ee55ff66-1', 'ee55ff66-2']);
  });

  it('returns nothing for nonsense', () => {
    expect(ids('zzzz')).toEqual([]);
  });

  it('matches Chinese', () => {
    expect(ids('防汛责任')[0]).toBe('cc33dd44-1');
  });

  it('reports match ranges into the field value, end exclusive', () => {
    const [hit] = search(corpus.directives, corpus.documents, "'flood-control");
    const text = hit!.matches.find((m) => m.field === 'text');
    const [start, end] = text!.ranges[0]!;
    expect(hit!.directive.text.slice(start, end).toLowerCase()).toBe('flood-control');
    const action = hit!.matches.find((m) => m.field === 'actions');
    expect(action?.index).toBe(0);
  });

  it('--exact matches a plain case-insensitive substring, phrases included, no typos', () => {
    expect(ids('WATER-RIGHTS trading', true)).toEqual(['aa11bb22-5']);
    expect(ids('water-rihgts', true)).toEqual([]);
    expect(ids("'water", true)).toEqual([]);
    const [hit] = search(corpus.directives, corpus.documents, 'Rural Water', { exact: true });
    const start = hit!.directive.text.indexOf('rural water');
    expect(hit!.matches[0]).toEqual({ field: 'text', ranges: [[start, start + 11]] });
  });

  it('ranks a text match above a title-only match', () => {
    const order = withTitle('safety', true);
    expect(order.indexOf('aa11bb22-2')).toBeLessThan(order.indexOf('ee55ff66-1'));
  });

  it('one index serves many queries with the same answers', () => {
    const find = createSearch(corpus.directives, corpus.documents);
    expect(find('irigation').map((h) => h.directive.id)).toEqual(ids('irigation'));
    expect(find('   ')).toHaveLength(corpus.directives.length);
  });
});
