import stringWidth from 'string-width';
import { sanitize, type SanitizeOptions } from './sanitize.js';

/** A run of terminal-safe text, marked when it should be highlighted. */
export interface Segment {
  text: string;
  mark?: boolean;
  /** Which mark, when marks differ (a directive's force in `directives doc`); kept through wrapping. */
  tag?: string;
}

let segmenter: Intl.Segmenter | undefined;
/** Created on first use: building a segmenter costs start-up time that JSON output never needs. */
const graphemes = {
  segment: (text: string) => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text),
};

export const displayWidth = (text: string): number => stringWidth(text);

/**
 * Split raw document text at highlight ranges and sanitize each piece on its
 * own, so a range's offsets (into the raw text) stay meaningful even though
 * sanitizing changes lengths. A sequence cut by a range boundary is harmless:
 * every ESC is made visible whichever piece it falls in.
 */
export function toSegments(raw: string, ranges: ReadonlyArray<readonly [number, number]> = [], options: SanitizeOptions = {}): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end <= start) continue;
    if (start > at) segments.push({ text: sanitize(raw.slice(at, start), options) });
    segments.push({ text: sanitize(raw.slice(start, end), options), mark: true });
    at = end;
  }
  if (at < raw.length) segments.push({ text: sanitize(raw.slice(at), options) });
  return segments;
}

export const segmentsWidth = (segments: readonly Segment[]): number => segments.reduce((sum, s) => sum + displayWidth(s.text), 0);

/** Cut to at most `width` columns, ending in "…" when cut; wide (CJK) characters count two. */
export function truncateSegments(segments: readonly Segment[], width: number): Segment[] {
  if (segmentsWidth(segments) <= width) return [...segments];
  if (width <= 0) return [];
  const result: Segment[] = [];
  let room = width - 1;
  for (const segment of segments) {
    let kept = '';
    for (const { segment: g } of graphemes.segment(segment.text)) {
      const w = displayWidth(g);
      if (w > room) break;
      kept += g;
      room -= w;
    }
    if (kept) result.push({ ...segment, text: kept });
    if (kept.length < segment.text.length) break;
  }
  result.push({ text: '…' });
  return result;
}

export function truncate(text: string, width: number): string {
  return truncateSegments([{ text }], width)
    .map((s) => s.text)
    .join('');
}

export function padEnd(text: string, width: number): string {
  const w = displayWidth(text);
  return w >= width ? text : text + ' '.repeat(width - w);
}

export function padStart(text: string, width: number): string {
  const w = displayWidth(text);
  return w >= width ? text : ' '.repeat(width - w) + text;
}

/**
 * When the first highlight would fall past a third of `width`, drop the text
 * before it (down to a word boundary) behind a leading "…", so a search hit
 * deep in a long directive is still visible in a truncated table cell.
 */
export function focusSegments(segments: readonly Segment[], width: number): Segment[] {
  const firstMark = segments.findIndex((s) => s.mark);
  if (firstMark === -1) return [...segments];
  const before = segments.slice(0, firstMark).map((s) => s.text).join('');
  if (displayWidth(before) <= width / 3) return [...segments];
  // Keep about a quarter of the width as lead-in context, starting at a word.
  let keep = '';
  for (const word of before.split(/(?<= )/).reverse()) {
    if (displayWidth(keep + word) > width / 4) break;
    keep = word + keep;
  }
  return [{ text: `…${keep}` }, ...segments.slice(firstMark)];
}

/**
 * Line-breaking rules for CJK text (kinsoku shori; the Chinese layout
 * requirements, W3C clreq §3.1.7): closing punctuation never starts a line,
 * opening punctuation never ends one.
 */
const NO_LINE_START = new Set([...'，、。．,.：:；;？?！!）)］]｝}〕〉》」』】〗〙〛”’…‥·・ー々〜～%％']);
const NO_LINE_END = new Set([...'（(［[｛{〔〈《「『【〖〘〚“‘']);

/**
 * Word-wrap segments to `width` columns; a word wider than the line (CJK runs)
 * breaks between characters, keeping to the CJK line-breaking rules.
 */
export function wrapSegments(segments: readonly Segment[], width: number): Segment[][] {
  // Words may span segments ("production;" where only "production" is marked): collect them whole first.
  const words: Segment[][] = [[]];
  for (const segment of segments) {
    for (const piece of segment.text.split(/(?<= )/)) {
      if (piece === '') continue;
      words[words.length - 1]!.push(segment.mark ? { text: piece, mark: true, ...(segment.tag !== undefined ? { tag: segment.tag } : {}) } : { text: piece });
      if (piece.endsWith(' ')) words.push([]);
    }
  }
  const lines: Segment[][] = [[]];
  let used = 0;
  const push = (text: string, mark: boolean | undefined, tag?: string): void => {
    const line = lines[lines.length - 1]!;
    const last = line[line.length - 1];
    if (last && Boolean(last.mark) === Boolean(mark) && last.tag === tag) last.text += text;
    else line.push(mark ? { text, mark, ...(tag !== undefined ? { tag } : {}) } : { text });
  };
  const newline = (): void => {
    const line = lines[lines.length - 1]!;
    const last = line[line.length - 1];
    if (last) last.text = last.text.replace(/ +$/, '');
    lines.push([]);
    used = 0;
  };
  const lastGrapheme = (): { text: string; mark: boolean | undefined; tag: string | undefined } | null => {
    const line = lines[lines.length - 1]!;
    const last = line[line.length - 1];
    if (!last || last.text === '') return null;
    const parts = [...graphemes.segment(last.text)];
    // a line of one character keeps it: moving it would leave the line empty
    if (line.length === 1 && parts.length < 2) return null;
    return { text: parts[parts.length - 1]!.segment, mark: last.mark, tag: last.tag };
  };
  const popGrapheme = (): { text: string; mark: boolean | undefined; tag: string | undefined } | null => {
    const found = lastGrapheme();
    if (!found) return null;
    const line = lines[lines.length - 1]!;
    const last = line[line.length - 1]!;
    last.text = last.text.slice(0, last.text.length - found.text.length);
    if (last.text === '') line.pop();
    used -= displayWidth(found.text);
    return found;
  };
  for (const word of words) {
    const text = word.map((p) => p.text).join('');
    if (text === '') continue;
    const w = displayWidth(text.replace(/ +$/, ''));
    if (used > 0 && used + w > width) newline();
    if (used === 0 && text.trim() === '') continue;
    if (w <= width) {
      for (const piece of word) push(piece.text, piece.mark, piece.tag);
      used += displayWidth(text);
      continue;
    }
    for (const piece of word) {
      for (const { segment: g } of graphemes.segment(piece.text)) {
        const gw = displayWidth(g);
        if (used + gw > width) {
          // The last character moves down with it when `g` may not start a line, or that character may not end one.
          const carried = NO_LINE_START.has(g) || NO_LINE_END.has(lastGrapheme()?.text ?? '') ? popGrapheme() : null;
          newline();
          if (carried) {
            push(carried.text, carried.mark, carried.tag);
            used += displayWidth(carried.text);
          }
        }
        push(g, piece.mark, piece.tag);
        used += gw;
      }
    }
  }
  const lastLine = lines[lines.length - 1]!;
  const tail = lastLine[lastLine.length - 1];
  if (tail) tail.text = tail.text.replace(/ +$/, '');
  return lines.filter((line, i) => line.length > 0 || i === 0);
}

export function paintSegments(segments: readonly Segment[], mark: (text: string) => string): string {
  return segments.map((s) => (s.mark ? mark(s.text) : s.text)).join('');
}
