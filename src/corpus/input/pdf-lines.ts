/** One line of a PDF page's text layer; y grows up the page, as in PDF space. */
export interface Line {
  text: string;
  x: number;
  y: number;
  height: number;
  /** Where the line's last glyph ends. */
  right: number;
  page: number;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** A sentence or a heading may end a paragraph here; a line ending otherwise runs on. */
const ENDS_SENTENCE = /[.!?:;。！？：；…]["'”’)）」』]*$/;
/** "3", "- 3 -", "Page 3", "Page 3 of 50", "3/50", "第3页", "— 3 —" once digits are '#'. */
const PAGE_NUMBER = /^(?:[-–—\s]*#+[-–—\s]*|page\s*#+(?:\s*(?:of|\/)\s*#+)?|#+\s*(?:of|\/)\s*#+|第\s*#+\s*页(?:\s*共\s*#+\s*页)?)$/i;

/** Lines near a page's top or bottom edge: where running headers and footers live. */
const EDGE_LINES = 2;

function key(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

function edges(lines: Line[]): Line[] {
  if (lines.length <= EDGE_LINES * 2) return lines;
  return [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
}

/**
 * Lines that repeat at the top or bottom of many pages (a running title, a
 * date line, "Page 3 of 50") and bare page numbers: not the document's text.
 */
function furniture(pages: Line[][]): Set<Line> {
  const drop = new Set<Line>();
  const seenOn = new Map<string, Set<number>>();
  for (const lines of pages) {
    for (const line of edges(lines)) {
      const k = key(line.text);
      if (PAGE_NUMBER.test(k)) drop.add(line);
      const pagesWith = seenOn.get(k) ?? new Set<number>();
      pagesWith.add(line.page);
      seenOn.set(k, pagesWith);
    }
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  if (pages.length >= 2) {
    for (const lines of pages) for (const line of edges(lines)) if ((seenOn.get(key(line.text))?.size ?? 0) >= threshold) drop.add(line);
  }
  return drop;
}

/** The lower median: with paragraph gaps among line gaps, the usual spacing is the lower half's. */
function lowerMedian(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Join two wrapped lines: undo a hyphenated break, no space between Chinese characters. */
function joinWrapped(a: string, b: string): string {
  if (/[A-Za-z]-$/.test(a) && /^[a-z]/.test(b)) return a.slice(0, -1) + b;
  if (CJK.test(a.slice(-1)) && CJK.test(b.charAt(0))) return a + b;
  return `${a} ${b}`;
}

/**
 * Pages of lines → paragraphs separated by blank lines. A paragraph ends
 * where the gap to the next line is clearly wider than the usual line
 * spacing, or where a short line ends a sentence (the last line of a
 * paragraph rarely reaches the margin); otherwise lines, and pages, run on.
 */
export function joinLines(pages: Line[][]): string {
  const drop = furniture(pages);
  const kept = pages.map((lines) => lines.filter((line) => !drop.has(line)));
  const gaps: number[] = [];
  const margin = new Map<number, number>();
  for (const lines of kept) {
    for (let i = 1; i < lines.length; i++) {
      const gap = lines[i - 1]!.y - lines[i]!.y;
      if (gap > 0) gaps.push(gap);
    }
    for (const line of lines) margin.set(line.page, Math.max(margin.get(line.page) ?? 0, line.right));
  }
  const spacing = lowerMedian(gaps);
  const paragraphs: string[] = [];
  let current = '';
  let previous: Line | null = null;
  for (const line of kept.flat()) {
    let breaks = previous === null;
    if (previous !== null) {
      const gap = previous.y - line.y;
      const wide = previous.page === line.page && spacing > 0 && (gap > spacing * 1.4 || gap < 0);
      const short = ENDS_SENTENCE.test(previous.text) && previous.right < (margin.get(previous.page) ?? 0) * 0.85;
      breaks = wide || short;
    }
    if (breaks) {
      if (current !== '') paragraphs.push(current);
      current = line.text;
    } else current = joinWrapped(current, line.text);
    previous = line;
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs.join('\n\n');
}
