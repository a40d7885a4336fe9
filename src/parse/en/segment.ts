/** Pass 1b, segment: paragraphs and sentences with offsets, list markers, headings and colon-closed intros. */
import { EN_ABBREVIATIONS } from '../../vocab/en/words.js';
import { trimWhitespace, type Span } from '../span.js';
import { LIST_MARKER, TERMINAL, logicalBlocks } from './lines.js';

export interface Sentence extends Span {
  /** Index of the sentence in the document. */
  index: number;
  paragraph: number;
  /** Set when the sentence opens with a list marker ("— ", "■", "(1)", "1."), kept outside the text. */
  marker: string | null;
  /** The sentence's line ends in a colon that introduces what follows. */
  endsWithColon: boolean;
  /** True when the sentence is a heading line (short, no closing punctuation, its own line). */
  heading: boolean;
}

export interface Paragraph extends Span {
  index: number;
  sentences: Sentence[];
}

const ABBREVIATIONS: ReadonlySet<string> = new Set(EN_ABBREVIATIONS);

function isAbbreviation(text: string, dotIndex: number): boolean {
  let i = dotIndex - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i]!)) i--;
  const word = text.slice(i + 1, dotIndex).toLowerCase();
  if (word === '') return false;
  if (ABBREVIATIONS.has(word)) return true;
  // a single capital initial: "J. Smith"
  return /^[a-z]$/.test(word) && /[A-Z]/.test(text[dotIndex - 1]!);
}

/** Sentence boundaries inside one logical line. */
function splitSentences(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  const re = /[.!?。！？]+["'”’)\]]*(?=\s+|$)/g;
  re.lastIndex = span.start;
  const slice = text.slice(0, span.end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const end = m.index + m[0].length;
    if (end > span.end) break;
    const next = slice.slice(end).match(/^\s+(\S)/);
    if (next) {
      const ch = next[1]!;
      // a lowercase continuation is not a new sentence ("etc. and …")
      if (/[a-z]/.test(ch)) continue;
      if (m[0][0] === '.' && isAbbreviation(slice, m.index)) continue;
      // "1." or "No. 1" style numbers
      if (m[0] === '.' && /(?:^|\s)\d{1,2}$/.test(slice.slice(Math.max(start, m.index - 3), m.index)) && m.index - start <= 3) continue;
    }
    out.push({ start, end });
    const ws = next ? next[0].length - 1 : 0;
    start = end + ws;
  }
  if (start < span.end) out.push({ start, end: span.end });
  return out;
}

export function segment(text: string): Paragraph[] {
  const { spans, paragraphBreakBefore } = logicalBlocks(text);
  const paragraphs: Paragraph[] = [];
  let sentenceIndex = 0;
  spans.forEach((block, i) => {
    if (paragraphBreakBefore[i] || paragraphs.length === 0) {
      paragraphs.push({ index: paragraphs.length, start: block.start, end: block.end, sentences: [] });
    }
    const paragraph = paragraphs[paragraphs.length - 1]!;
    paragraph.end = block.end;
    const trimmedBlock = trimWhitespace(text, block);
    const blockText = text.slice(trimmedBlock.start, trimmedBlock.end);
    const heading = !TERMINAL.test(blockText) && !/[:;：；,，]$/.test(blockText) && blockText.length < 250;
    for (const raw of splitSentences(text, trimmedBlock)) {
      const s = trimWhitespace(text, raw);
      if (s.end <= s.start) continue;
      let sentenceText = text.slice(s.start, s.end);
      let marker: string | null = null;
      const mm = LIST_MARKER.exec(sentenceText);
      if (mm && mm[0].length < sentenceText.length) {
        marker = mm[0].trim();
        s.start += mm[0].length;
        sentenceText = sentenceText.slice(mm[0].length);
      }
      const endsWithColon = /[:：]\s*$/.test(sentenceText);
      paragraph.sentences.push({
        index: sentenceIndex++,
        paragraph: paragraph.index,
        start: s.start,
        end: s.end,
        marker,
        endsWithColon,
        heading: heading && raw.end === block.end && raw.start <= trimmedBlock.start + (marker?.length ?? 0) + 1,
      });
    }
  });
  return paragraphs;
}
