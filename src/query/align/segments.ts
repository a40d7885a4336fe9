import type { Language } from '../../model/types.js';

/** One alignment unit: a sentence, or a line that ends without one (a heading, a broken line). */
export interface Segment {
  /** Offsets into the document source, end exclusive. */
  start: number;
  end: number;
  /** Characters that carry content: letters and digits of English, every non-space character of Chinese. */
  length: number;
  /** The segment is a whole line without closing punctuation: a title or heading. */
  heading: boolean;
}

// A sentence ends at these, with any closing quotes or brackets after them.
const ZH_END = /[。！？!?]+[”’」』）)]*/g;
// English: . ! ? followed by a space and not after a one-letter or common abbreviation ("U.S.", "No. 1").
const EN_END = /[.!?]+["'”’)\]]*(?=\s)/g;
const EN_ABBREVIATION = /(?:\b[A-Z]|\b(?:No|Mr|Mrs|Ms|Dr|St|Art|Vol|etc|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e))\.$/;
const EN_NUMBERING = /^\s*(?:\d{1,2}|[IVXL]{1,6}|\(?[0-9a-z]{1,2}\))\.$/;
const OPEN_LINE = /[,，;；:：、—-]$|[.。!！?？"”’)）]$/;

/** Sentences and lines of a document, in order, each with its offsets; blank lines give none. */
export function segmentDocument(source: string, language: Language): Segment[] {
  const segments: Segment[] = [];
  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    splitLine(source, lineStart, lineEnd, language, segments);
    lineStart = lineEnd + 1;
  }
  return segments;
}

function splitLine(source: string, from: number, to: number, language: Language, into: Segment[]): void {
  const line = source.slice(from, to);
  const pattern = language === 'zh' ? ZH_END : EN_END;
  pattern.lastIndex = 0;
  const cuts: number[] = [];
  for (let m = pattern.exec(line); m !== null; m = pattern.exec(line)) {
    const end = m.index + m[0].length;
    if (language === 'en' && m[0].startsWith('.') && EN_ABBREVIATION.test(line.slice(Math.max(0, m.index - 5), m.index + 1))) continue;
    // "4. Fighting three critical battles", "II. Tasks": a heading's number, not a sentence
    if (language === 'en' && EN_NUMBERING.test(line.slice(0, m.index + 1))) continue;
    cuts.push(end);
  }
  cuts.push(line.length);
  const before = into.length;
  let at = 0;
  for (const cut of cuts) {
    pushTrimmed(source, from + at, from + cut, language, into);
    at = cut;
  }
  const only = into.length === before + 1 ? into[into.length - 1] : undefined;
  if (only !== undefined) {
    const text = source.slice(only.start, only.end);
    const short = language === 'zh' ? only.length <= 40 : only.length <= 120;
    only.heading = short && !OPEN_LINE.test(text);
  }
}

function pushTrimmed(source: string, start: number, end: number, language: Language, into: Segment[]): void {
  while (start < end && /\s/.test(source[start]!)) start++;
  while (end > start && /\s/.test(source[end - 1]!)) end--;
  if (end <= start) return;
  const length = contentLength(source.slice(start, end), language);
  if (length === 0) return;
  into.push({ start, end, length, heading: false });
}

function contentLength(text: string, language: Language): number {
  if (language === 'zh') return text.replace(/[\s\u3000]/g, '').length;
  return text.replace(/[^\p{L}\p{N}]/gu, '').length;
}

/** Index of the segment holding `offset` (the last one starting at or before it); -1 before the first. */
export function segmentAt(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
