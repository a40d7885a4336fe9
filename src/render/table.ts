import { sanitize } from './sanitize.js';
import { displayWidth, focusSegments, padEnd, paintSegments, segmentsWidth, toSegments, truncateSegments, type Segment } from './text.js';
import type { Theme } from './theme.js';

export interface Column {
  header: string;
  /** The column that takes what width is left, and gives it up first. Default: the last. */
  flex?: boolean;
  /** Cap on a non-flex column's width. */
  max?: number;
  align?: 'left' | 'right';
  /** Never truncate (ids, forces): a cut id is useless. */
  keep?: boolean;
  /** Colour for the whole cell, given the raw value (e.g. by force). */
  paint?: (text: string, raw: string) => string;
}

export interface Cell {
  /** Raw value from the corpus; sanitized here. */
  raw: string;
  /** Characters to highlight, offsets into `raw`, end exclusive. */
  ranges?: ReadonlyArray<readonly [number, number]>;
}

const GAP = 2;
const MIN_FLEX = 12;
const MIN_COLUMN = 6;
const DEFAULT_MAX = 32;

/**
 * A table for people: a header, columns sized with string-width (a CJK
 * character is two columns), every line fitted to `width` by truncating with
 * "…" — the flex column first. Returns the lines joined, without a final newline.
 */
export function renderTable(columns: readonly Column[], rows: readonly Cell[][], width: number, theme: Theme): string {
  const cells: Segment[][][] = rows.map((row) => row.map((cell) => toSegments(cell.raw, cell.ranges)));
  const flexIndex = Math.max(0, columns.findIndex((c) => c.flex) === -1 ? columns.length - 1 : columns.findIndex((c) => c.flex));
  const natural = columns.map((column, i) =>
    Math.max(displayWidth(column.header), ...cells.map((row) => segmentsWidth(row[i] ?? []))),
  );
  const widths = natural.map((w, i) => (i === flexIndex ? w : Math.min(w, columns[i]!.max ?? DEFAULT_MAX)));
  const total = (): number => widths.reduce((a, b) => a + b, 0) + GAP * (columns.length - 1);
  // The flex column (the directive text) is what people came for: keep it at least 40% of the line.
  const shrink = (floor: number): void => {
    if (total() > width) widths[flexIndex] = Math.max(Math.min(floor, natural[flexIndex] ?? 0), widths[flexIndex]! - (total() - width));
  };
  // The flex column (the directive text) is what people came for: it gives up
  // width only down to 40% of the line, then the widest other column narrows.
  shrink(Math.max(MIN_FLEX, Math.floor(width * 0.4)));
  const floorOf = (i: number): number => (columns[i]!.keep ? natural[i]! : Math.min(natural[i]!, MIN_COLUMN));
  while (total() > width) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (i !== flexIndex && w > floorOf(i) && (widest === -1 || w > widths[widest]!)) widest = i;
    });
    if (widest === -1) break;
    widths[widest]! -= 1;
  }
  shrink(MIN_FLEX);

  const last = columns.length - 1;
  const line = (parts: string[]): string => parts.join(' '.repeat(GAP)).replace(/ +$/, '');
  const header = line(
    columns.map((column, i) => {
      const title = truncateSegments([{ text: sanitize(column.header) }], widths[i]!).map((s) => s.text).join('');
      return theme.header(i === last ? title : padEnd(title, widths[i]!));
    }),
  );
  const body = cells.map((row, r) =>
    line(
      columns.map((column, i) => {
        const w = widths[i]!;
        const fitted = truncateSegments(focusSegments(row[i] ?? [], w), w);
        const plainWidth = segmentsWidth(fitted);
        let text = paintSegments(fitted, theme.match);
        if (column.paint) text = column.paint(text, rows[r]![i]?.raw ?? '');
        const pad = i === last && column.align !== 'right' ? '' : ' '.repeat(Math.max(0, w - plainWidth));
        return column.align === 'right' ? pad + text : text + pad;
      }),
    ),
  );
  return [header, ...body].join('\n');
}

export interface TsvOptions {
  /** A first line naming the columns (`--header`). */
  header?: readonly string[];
  /**
   * Colour for some columns, by index: only when colour was asked for through
   * a pipe (`--color always`, FORCE_COLOR) — colour never changes the layout (issue 14).
   */
  paint?: ReadonlyArray<((text: string, raw: string) => string) | undefined>;
}

/** Tab-separated values for scripts: no truncation; tabs and newlines in values become spaces; no header or colour unless asked. */
export function renderTsv(rows: readonly string[][], options: TsvOptions = {}): string {
  const { header, paint } = options;
  const body = rows.map((row) =>
    row
      .map((value, i) => {
        const safe = sanitize(value);
        const style = paint?.[i];
        return style && safe !== '' ? style(safe, value) : safe;
      })
      .join('\t'),
  );
  return (header ? [header.map((name) => sanitize(name)).join('\t'), ...body] : body).join('\n');
}

/**
 * A cell a spreadsheet would read as a formula (OWASP "CSV Injection": it
 * starts with =, +, -, @, a tab or a carriage return) gets a leading
 * apostrophe, and is quoted, so it shows as the text it is. The apostrophe is
 * the OWASP advice; a number such as -1 is a formula trigger too, so it is
 * kept only when the whole cell is a plain number.
 */
export function neutralizeFormula(value: string): string {
  if (!/^[=+\-@\t\r]/.test(value) || /^[+-]?\d+(\.\d+)?$/.test(value)) return value;
  return `'${value}`;
}

/**
 * RFC 4180: CRLF line ends, a header line, fields holding a comma, quote, CR or
 * LF quoted with quotes doubled. Control characters are still neutralised —
 * people open CSV in terminals too — but tabs and newlines are kept. Cells a
 * spreadsheet would run as a formula are defused (neutralizeFormula).
 */
export function renderCsv(header: readonly string[], rows: readonly string[][]): string {
  const field = (value: string): string => {
    const raw = neutralizeFormula(value);
    const safe = sanitize(raw, { keepNewlines: true, keepTabs: true });
    return raw !== value || /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
