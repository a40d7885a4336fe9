import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { PLAIN_THEME } from '../../src/render/theme.js';
import { describeCriteria, toggleFacet } from '../../src/tui/facets.js';
import { detailLines } from '../../src/render/detail.js';
import { fitSpans, listRow } from '../../src/tui/lines.js';
import { byId, corpus, docs } from '../fixtures/load.js';

describe('fitSpans: every line cut and padded to its width by display columns', () => {
  it.each([
    ['short text', 12, 'short text  '],
    ['a longer piece of text', 10, 'a longer …'],
    ['防汛责任压实', 8, '防汛责… '],
    ['防汛责任压实', 7, '防汛责…'],
    ['防汛', 5, '防汛 '],
  ])('%j in %i columns', (text, width, expected) => {
    const line = fitSpans([{ text }], width);
    expect(line).toBe(expected);
    expect(stringWidth(line)).toBeLessThanOrEqual(width);
  });

  it('keeps colour codes out of the count', () => {
    const line = fitSpans([{ text: 'must', paint: (t) => `\x1b[31m${t}\x1b[39m` }, { text: ' do it' }], 8);
    expect(stringWidth(line)).toBe(8);
    expect(line).toBe('\x1b[31mmust\x1b[39m do…');
  });
});

describe('list rows and the detail pane', () => {
  it('fits a CJK row exactly, with the match in view', () => {
    const hit = { directive: byId('cc33dd44-2'), score: 0, matches: [{ field: 'text' as const, ranges: [[17, 21]] as Array<[number, number]> }] };
    for (const width of [60, 80]) {
      const row = listRow(hit, docs.get('cc33dd44'), width, PLAIN_THEME, { selected: true, ids: 10 });
      expect(stringWidth(row)).toBe(width);
      expect(row.startsWith('› necessary')).toBe(true);
    }
    // narrow: the text first, the force last (issue 15.8)
    for (const width of [30, 40, 57]) {
      const row = listRow(hit, docs.get('cc33dd44'), width, PLAIN_THEME, { selected: true, ids: 10 });
      expect(stringWidth(row)).toBe(width);
      expect(row).toMatch(/^› .*necessary$/);
    }
  });

  it('wraps every detail line to the pane, the directive marked in its paragraph', () => {
    const directive = byId('aa11bb22-3');
    const lines = detailLines(directive, corpus.documents.find((d) => d.id === 'aa11bb22'), { theme: PLAIN_THEME, wrap: 40 });
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain('»provinces should strive to finish dredging before the flood season«');
  });
});

describe('facet toggles', () => {
  it('combines forces in force order, and the values of any other facet (any of them, as repeated flags do)', () => {
    let criteria = toggleFacet({}, 'force', 'should');
    criteria = toggleFacet(criteria, 'force', 'must');
    expect(criteria.forces).toEqual(['must', 'should']);
    criteria = toggleFacet(criteria, 'issuer', 'the meeting');
    criteria = toggleFacet(criteria, 'issuer', '会议');
    expect(describeCriteria(criteria)).toBe('force: must,should · issuer: the meeting,会议');
    criteria = toggleFacet(toggleFacet(criteria, 'force', 'must'), 'force', 'should');
    criteria = toggleFacet(criteria, 'issuer', '会议');
    expect(describeCriteria(criteria)).toBe('issuer: the meeting');
    criteria = toggleFacet(criteria, 'issuer', 'the meeting');
    expect(describeCriteria(criteria)).toBe('');
  });
});
