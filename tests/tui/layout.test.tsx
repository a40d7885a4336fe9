import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { wrapSegments } from '../../src/render/text.js';
import { KEY, eventually, lines, open, press, resize } from './harness.js';

afterEach(() => cleanup());

const wrapText = (text: string, width: number): string[] => wrapSegments([{ text }], width).map((line) => line.map((s) => s.text).join(''));

describe('CJK line breaking (issue 15.8)', () => {
  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    const text = '要加强水库安全监测，确保人民群众生命财产安全、防汛责任落实到位。各地区要（切实）做好“防汛”工作，不得麻痹大意。';
    for (let width = 4; width <= 24; width++) {
      const wrapped = wrapText(text, width);
      expect(wrapped.join('')).toBe(text);
      for (const line of wrapped) {
        expect(stringWidth(line)).toBeLessThanOrEqual(width);
        expect(line).not.toMatch(/^[，、。）”]/u);
        expect(line).not.toMatch(/[（“]$/u);
      }
    }
  });

  it('keeps marks on the characters that move down', () => {
    const wrapped = wrapSegments([{ text: '一二三四' }, { text: '五，', mark: true }], 5 * 2);
    expect(wrapped.at(-1)).toEqual([{ text: '五，', mark: true }]);
  });
});

describe('browse at 40 columns (issue 15.8)', () => {
  it('drops to one column with the text first, the status line on the bottom row', async () => {
    const app = await open({}, { columns: 140, rows: 24 });
    resize(app, { columns: 40, rows: 24 });
    await eventually(() => expect(lines(app).some((line) => line.startsWith('── detail'))).toBe(true));
    const shown = lines(app);
    expect(shown).toHaveLength(24);
    expect(shown.at(-1)).toMatch(/^12 of 12\b/);
    for (const line of shown) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    // a row: the text (not "……"), then the force
    const row = shown.find((line) => line.startsWith('› '))!;
    expect(row).toMatch(/^› \w[\w\s-]{10,}.*must-not$/);
    await press(app, KEY.down);
  });
});
