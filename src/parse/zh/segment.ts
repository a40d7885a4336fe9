/**
 * Offset-exact segmentation of Chinese text: paragraphs, sentences, the ；/：/list-item
 * segments inside a sentence, and the ，-clauses inside those. Every span indexes the
 * original text, so `text.slice(start, end)` is always the piece it names.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** 0-based index of the non-empty line the sentence starts on. */
  paragraph: number;
  /** 0-based index within the document. */
  index: number;
  /** The sentence opens a new paragraph (first sentence of its line). */
  opensParagraph: boolean;
}

export interface Segment extends Span {
  /** The segment opened with a list marker (一是, （一）, 第一、, 1.). */
  listItem: boolean;
  /** The segment ended at a colon: an introducing line ("会议要求：", "要做到："). */
  introducesList: boolean;
}

const TERMINATORS = new Set(['。', '！', '？', '!', '?']);
/** A line ending in one of these runs on into the next line (the government work reports wrap mid-sentence). */
const CONTINUERS = new Set(['，', '、', '：', '；', '（', '“', '《', ',', '(']);
const OPENERS: Record<string, string> = { '“': '”', '《': '》', '（': '）', '(': ')', '‘': '’', '「': '」', '【': '】' };
const CLOSERS = new Set(Object.values(OPENERS));
/** Any quote or bracket: a span without one nests nothing (the common case, and a hot path). */
const NESTING_CHAR = /[“”《》（）()‘’「」【】]/;
const OPENER_CODES = new Map(Object.entries(OPENERS).map(([open, close]) => [open.charCodeAt(0), close.charCodeAt(0)]));
const NESTING_CODES = new Set([...OPENER_CODES.keys(), ...OPENER_CODES.values()]);
/**
 * A news dateline ("央视网消息（新闻联播）：", "新华社消息："): it introduces a story, not a
 * list, so a line holding only the dateline ends there and the dateline belongs to no
 * sentence's content (issue 10, item 12).
 */
export const DATELINE = /^[^，。；：:\n]{0,16}?(?:消息|讯)(?:[（(][^）)\n]{1,16}[）)])?[：:]/;
/** Characters trimmed from either end of a span. */
const EDGE = /[\s\u3000”’」】]/;
const TRAILING = /[\s\u3000，,、：:；;。！？!?]/;

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /[\s\u3000]/.test(ch);

/** Trim whitespace, stray closing quotes at the start and clause punctuation at the end. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && EDGE.test(text[s]!)) s++;
  while (e > s && TRAILING.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/**
 * Depth of quote/bracket nesting at every offset of [start, end): cues and separators
 * inside “…” 《…》 （…） are quoted content, never structure.
 */
export function nestingMask(text: string, start: number, end: number): Uint8Array {
  const mask = new Uint8Array(end - start);
  // everything before the first quote or bracket is at depth 0, as the array already is
  const first = text.slice(start, end).search(NESTING_CHAR);
  if (first < 0) return mask;
  const stack: number[] = [];
  for (let i = start + first; i < end; i++) {
    const code = text.charCodeAt(i);
    const depth = stack.length;
    if (!NESTING_CODES.has(code)) {
      mask[i - start] = depth;
      continue;
    }
    if (depth > 0 && code === stack[depth - 1]) {
      stack.pop();
      mask[i - start] = depth;
      continue;
    }
    const closer = OPENER_CODES.get(code);
    if (closer !== undefined) {
      mask[i - start] = depth + 1;
      stack.push(closer);
      continue;
    }
    // an unbalanced closer: ignore rather than nest
    mask[i - start] = depth;
  }
  return mask;
}

/** Sentences of the whole text, split at 。！？ and at line ends that close a sentence. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = -1;
  let lineHasText = false;
  let sentenceStart = -1;
  let sentenceParagraph = 0;
  let opens = false;
  let lastLineOpened = -1;

  const close = (end: number): void => {
    if (sentenceStart < 0) return;
    const span = trimSpan(text, sentenceStart, end);
    if (span.end > span.start) {
      sentences.push({ ...span, paragraph: sentenceParagraph, index: sentences.length, opensParagraph: opens });
    }
    sentenceStart = -1;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') {
      if (lineHasText) {
        let j = i - 1;
        while (j >= 0 && isSpace(text[j]) && text[j] !== '\n') j--;
        const last = j >= 0 ? text[j]! : '';
        const lineStart = text.lastIndexOf('\n', j) + 1;
        const datelineOnly = DATELINE.exec(text.slice(lineStart, j + 1).trim())?.[0].length === text.slice(lineStart, j + 1).trim().length;
        if (!CONTINUERS.has(last) || datelineOnly) close(i);
      }
      lineHasText = false;
      continue;
    }
    if (isSpace(ch)) continue;
    if (!lineHasText) {
      lineHasText = true;
      paragraph++;
    }
    if (sentenceStart < 0) {
      if (CLOSERS.has(ch) || TERMINATORS.has(ch)) continue;
      sentenceStart = i;
      sentenceParagraph = paragraph;
      opens = lastLineOpened !== paragraph;
      lastLineOpened = paragraph;
    }
    if (TERMINATORS.has(ch)) close(i);
  }
  close(text.length);
  return sentences;
}

/** Length of a dateline opening the span at `start`, or 0. */
export function datelineLength(text: string, start: number, end: number): number {
  return DATELINE.exec(text.slice(start, Math.min(end, start + 40)))?.[0].length ?? 0;
}

const CLOSING = /[。！？!?；;：:，,、]/;
/**
 * A stand-alone title line (DIRECTIVES.md, headings): the sentence is a whole line that
 * ends without punctuation — a headline, a section title, a programme's label. Bulleted
 * lines (■, —) are items, not titles.
 */
export function isHeadingLine(text: string, sentence: Sentence): boolean {
  if (!sentence.opensParagraph || sentence.end - sentence.start > 80) return false;
  const lineEnd = text.indexOf('\n', sentence.end);
  const rest = text.slice(sentence.end, lineEnd === -1 ? text.length : lineEnd);
  if (rest.trim() !== '' && !/^[\s”’」】）)]*$/.test(rest)) return false;
  if (CLOSING.test(text[sentence.end] ?? '') || /[。！？!?]/.test(rest)) return false;
  return !/^[—■●◆▲·•-]/.test(text[sentence.start]!);
}

/** Pieces of [start, end) split at `separators` outside quotes and brackets, each trimmed. */
export function splitAt(text: string, start: number, end: number, separators: ReadonlySet<string>): Span[] {
  const mask = NESTING_CHAR.test(text.slice(start, end)) ? nestingMask(text, start, end) : null;
  const pieces: Span[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if ((mask === null || mask[i - start] === 0) && separators.has(text[i]!)) {
      pieces.push(trimSpan(text, from, i));
      from = i + 1;
    }
  }
  pieces.push(trimSpan(text, from, end));
  return pieces.filter((piece) => piece.end > piece.start);
}

const CLAUSE_SEPARATORS = new Set(['，', ',']);

/** The ，-clauses of a span. */
export function splitClauses(text: string, start: number, end: number): Span[] {
  return splitAt(text, start, end, CLAUSE_SEPARATORS);
}

const CN_NUMERAL = '一二三四五六七八九十';
/** Markers stripped from the span: numbers, not words (DIRECTIVES.md, "The span"). */
const NUMBER_MARKER = new RegExp(
  `^(?:[（(][${CN_NUMERAL}\\d]{1,3}[）)]|[${CN_NUMERAL}]{1,3}、|\\d{1,2}[.．、](?!\\d)|[—■●◆▲·•-]+)\\s*`,
);
/** List words that stay inside the span, like "First, …". */
const WORD_MARKER = new RegExp(`^(?:[${CN_NUMERAL}]{1,3}是|第[${CN_NUMERAL}]{1,3}[、，,]?|其[${CN_NUMERAL}][、，,]?)`);
/** A list word in mid-sentence (…；二是…, …，三是…) opens a new item. */
const INNER_WORD_MARKER = new RegExp(`[；;，,]([${CN_NUMERAL}]{1,3}是)`, 'g');

/** Length of a leading number marker (stripped) at `start`, or 0. */
export function numberMarkerLength(text: string, start: number, end: number): number {
  return NUMBER_MARKER.exec(text.slice(start, Math.min(end, start + 12)))?.[0].length ?? 0;
}

export function startsWithListWord(text: string, start: number, end: number): boolean {
  return WORD_MARKER.test(text.slice(start, Math.min(end, start + 6)));
}

/**
 * Segments of a sentence: split at ；, at a colon that closes an introduction, and before
 * the list words 二是, 三是 … Number markers are cut off the segment's start.
 */
export function splitSegments(text: string, start: number, end: number): Segment[] {
  const mask = nestingMask(text, start, end);
  const cuts: { at: number; skip: number; colon: boolean }[] = [];
  for (let i = start; i < end; i++) {
    if (mask[i - start] !== 0) continue;
    const ch = text[i]!;
    if (ch === '；' || ch === ';') cuts.push({ at: i, skip: 1, colon: false });
    else if (ch === '：' || ch === ':') cuts.push({ at: i, skip: 1, colon: true });
  }
  const body = text.slice(start, end);
  for (const m of body.matchAll(INNER_WORD_MARKER)) {
    const at = start + (m.index ?? 0);
    if (mask[at - start] !== 0 || text[at] === '；' || text[at] === ';') continue;
    // "…，二是…" — the comma closes the previous item
    cuts.push({ at, skip: 1, colon: false });
  }
  cuts.sort((a, b) => a.at - b.at);

  const segments: Segment[] = [];
  let from = start;
  const push = (to: number, colon: boolean): void => {
    let s = from;
    while (s < to && isSpace(text[s])) s++;
    const numberLength = numberMarkerLength(text, s, to);
    const listItem = numberLength > 0 || startsWithListWord(text, s, to);
    const span = trimSpan(text, s + numberLength, to);
    if (span.end > span.start) segments.push({ ...span, listItem, introducesList: colon });
  };
  for (const cut of cuts) {
    push(cut.at, cut.colon);
    from = cut.at + cut.skip;
  }
  push(end, false);
  return segments;
}
