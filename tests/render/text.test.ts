import { describe, expect, it } from 'vitest';
import { displayWidth, focusSegments, toSegments, truncate, truncateSegments, wrapSegments } from '../../src/render/text.js';

describe('text layout', () => {
  it('counts CJK characters as two columns', () => {
    expect(displayWidth('防汛')).toBe(4);
    expect(truncate('各地区各部门必须压实防汛责任', 9)).toBe('各地区各…');
    expect(displayWidth(truncate('各地区各部门必须压实防汛责任', 9))).toBeLessThanOrEqual(9);
    expect(truncate('short', 10)).toBe('short');
  });

  it('splits at highlight ranges given in raw offsets, sanitizing each piece', () => {
    expect(toSegments('a\x1b[2Jbc', [[1, 5]])).toEqual([{ text: 'a' }, { text: '\\x1b[2J', mark: true }, { text: 'bc' }]);
  });

  it('keeps marks when truncating', () => {
    expect(truncateSegments([{ text: 'abc' }, { text: 'def', mark: true }], 5)).toEqual([{ text: 'abc' }, { text: 'd', mark: true }, { text: '…' }]);
  });

  it('brings a late first match into view', () => {
    const segments = [{ text: 'one two three four five six seven eight nine ' }, { text: 'ten', mark: true }];
    const focused = focusSegments(segments, 20);
    expect(focused[0]!.text.startsWith('…')).toBe(true);
    expect(focused[1]).toEqual({ text: 'ten', mark: true });
  });

  it('wraps at spaces, keeps punctuation with its word, breaks CJK between characters', () => {
    const lines = wrapSegments([{ text: 'aaa bbb ' }, { text: 'ccc', mark: true }, { text: '; ddd' }], 8);
    expect(lines.map((line) => line.map((s) => (s.mark ? `[${s.text}]` : s.text)).join(''))).toEqual(['aaa bbb', '[ccc]; ddd']);
    expect(wrapSegments([{ text: '各地区各部门必须' }], 6).map((line) => line.map((s) => s.text).join(''))).toEqual(['各地区', '各部门', '必须']);
  });
});
