/**
 * Split English text into paragraphs and sentences, keeping offsets into the
 * original string. Texts arrive in three shapes and the newline means
 * something different in each:
 *  - one paragraph per line (readouts, the seed);
 *  - one translation segment per line, sometimes cut mid-sentence (work
 *    report TMX exports: "…violations,\nor respond …");
 *  - hard-wrapped prose from PDFs, where most lines stop near one width.
 */

export interface Span {
  start: number;
  end: number;
}

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

const TERMINAL = /[.!?。！？]["'”’)\]]*$/;
const LIST_MARKER = /^(?:[—–■●•▪◆◇□○※\-*]+\s*|\(\d{1,2}\)\s*|（\d{1,2}）\s*|\d{1,2}[.．、)]\s+|[①-⑳]\s*|\([a-z]\)\s*|[IVX]{1,4}[.．]\s*)/;
const ABBREVIATIONS = new Set([
  'etc', 'e.g', 'i.e', 'no', 'nos', 'mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'u.s', 'u.k', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'art', 'para', 'fig', 'vol', 'co', 'ltd', 'inc', 'corp',
  'gen', 'col', 'prof', 'rev', 'approx', 'dept', 'govt',
]);

interface Line extends Span {
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    let lineEnd = end;
    if (lineEnd > start && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    lines.push({ start, end: lineEnd, text: text.slice(start, lineEnd) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** Hard-wrapped text: many lines stop close to one common width without closing punctuation. */
function wrapWidth(lines: Line[]): number | null {
  const lengths = lines.map((l) => l.text.trimEnd().length).filter((n) => n > 0);
  if (lengths.length < 8) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)]!;
  if (width < 40 || width > 200) return null;
  const near = lines.filter((l) => {
    const t = l.text.trimEnd();
    return t.length >= width * 0.8 && t.length <= width * 1.05 && !TERMINAL.test(t);
  }).length;
  return near >= lengths.length * 0.3 ? width : null;
}

function startsLower(text: string): boolean {
  return /^\s*[a-z(“"'‘]/.test(text) && !LIST_MARKER.test(text.trimStart());
}

/**
 * Group lines into logical lines: a line joins the one before it when the
 * break is only a wrap.
 */
function logicalBlocks(text: string): { spans: Span[]; paragraphBreakBefore: boolean[] } {
  const lines = splitLines(text);
  const width = wrapWidth(lines);
  const spans: Span[] = [];
  const paragraphBreakBefore: boolean[] = [];
  let current: Span | null = null;
  let blankSeen = true;
  let previous: Line | null = null;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (trimmed === '') {
      if (current) spans.push(current);
      current = null;
      blankSeen = true;
      previous = null;
      continue;
    }
    let join = false;
    if (current && previous) {
      const prev = previous.text.trimEnd();
      const closed = TERMINAL.test(prev) || /[:;：；]$/.test(prev);
      const listStart = LIST_MARKER.test(trimmed) && !/^\d/.test(trimmed);
      if (!closed && !listStart) {
        if (startsLower(line.text)) join = true;
        else if (width !== null && prev.length >= width * 0.7 && !/^\d{1,2}[.．]\s/.test(trimmed)) join = true;
      } else if (/;$/.test(prev) && startsLower(line.text)) {
        // a series cut after its semicolon: "…for the people;\nand all public servants should …"
        join = true;
      }
    }
    if (join && current) {
      current.end = line.end;
    } else {
      if (current) spans.push(current);
      paragraphBreakBefore.push(blankSeen || width === null);
      current = { start: line.start, end: line.end };
      blankSeen = false;
    }
    previous = line;
  }
  if (current) spans.push(current);
  return { spans, paragraphBreakBefore };
}

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

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
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
    const trimmedBlock = trimSpan(text, block);
    const blockText = text.slice(trimmedBlock.start, trimmedBlock.end);
    const heading = !TERMINAL.test(blockText) && !/[:;：；,，]$/.test(blockText) && blockText.length < 250;
    for (const raw of splitSentences(text, trimmedBlock)) {
      const s = trimSpan(text, raw);
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
