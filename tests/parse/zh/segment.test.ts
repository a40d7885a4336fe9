import { describe, expect, it } from 'vitest';
import { splitClauses, splitSegments, splitSentences } from '../../../src/parse/zh/segment.js';

const slices = (text: string, spans: { start: number; end: number }[]): string[] =>
  spans.map((span) => text.slice(span.start, span.end));

describe('splitSentences', () => {
  it('splits at 。！？ and at line ends, with exact offsets and paragraph numbers', () => {
    const text = '标题\n\n会议强调，要加强A。要推进B！\n会议还研究了其他事项。';
    const sentences = splitSentences(text);
    expect(slices(text, sentences)).toEqual(['标题', '会议强调，要加强A', '要推进B', '会议还研究了其他事项']);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 2]);
  });

  it('runs a line ending in ， on into the next line', () => {
    const text = '省级政府对本辖区债务负总责，\n省级以下各级地方政府各负其责。';
    expect(slices(text, splitSentences(text))).toEqual([text.slice(0, -1)]);
  });
});

describe('splitSegments', () => {
  it('splits at ；, list words and a closing colon; number markers fall outside', () => {
    const text = '会议要求：一是加强A；二是推进B，三是完善C';
    const segments = splitSegments(text, 0, text.length);
    expect(slices(text, segments)).toEqual(['会议要求', '一是加强A', '二是推进B', '三是完善C']);
    expect(segments.map((s) => [s.listItem, s.introducesList])).toEqual([
      [false, true],
      [true, false],
      [true, false],
      [true, false],
    ]);
    const numbered = '（一）加强A；1.推进B';
    expect(slices(numbered, splitSegments(numbered, 0, numbered.length))).toEqual(['加强A', '推进B']);
  });

  it('keeps separators inside quotes and titles', () => {
    const text = '要落实“外防输入，内防反弹”总策略，推进《规则；修订稿》';
    expect(slices(text, splitClauses(text, 0, text.length))).toEqual(['要落实“外防输入，内防反弹”总策略', '推进《规则；修订稿》']);
    expect(splitSegments(text, 0, text.length)).toHaveLength(1);
  });
});
