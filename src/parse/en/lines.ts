/**
 * Pass 1a, lines: group the text's lines into logical lines (blocks), keeping offsets into the
 * original string. Texts arrive in three shapes and the newline means
 * something different in each:
 *  - one paragraph per line (readouts, the seed);
 *  - one translation segment per line, sometimes cut mid-sentence (work
 *    report TMX exports: "…violations,\nor respond …");
 *  - hard-wrapped prose from PDFs, where most lines stop near one width.
 */

import type { Span } from '../span.js';

export const TERMINAL = /[.!?。！？]["'”’)\]]*$/;
export const LIST_MARKER = /^(?:[—–■●•▪◆◇□○※\-*]+\s*|\(\d{1,2}\)\s*|（\d{1,2}）\s*|\d{1,2}[.．、)]\s+|[①-⑳]\s*|\([a-z]\)\s*|[IVX]{1,4}[.．]\s*)/;
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
export function logicalBlocks(text: string): { spans: Span[]; paragraphBreakBefore: boolean[] } {
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
        // a line that stops on a comma or a function word runs on, whatever the next one starts with
        // (DIRECTIVES.md: a line break inside a sentence does not end a directive)
        else if (/(?:[,，、]|\b(?:and|or|of|the|to|for|in|with|by|that|a|an))$/i.test(prev)) join = true;
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

