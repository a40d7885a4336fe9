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
