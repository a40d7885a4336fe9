import { stackOrder, type ForceCounts, type Trend } from '../query/trend.js';
import { FORCES, type Force } from '../vocab/forces.js';
import { renderCsv, renderTsv } from './delimited.js';
import type { Theme } from './theme.js';

const MAX_BAR = 50;
const SPARKS = '▁▂▃▄▅▆▇█';

/** Without colour a stacked bar tells its forces apart by glyph. */
const FORCE_GLYPH: Record<Force, string> = {
  must: '█',
  'must-not': 'X',
  should: '▓',
  necessary: '▒',
  will: '░',
  strive: '=',
  encourage: '+',
  may: '-',
  imperative: '·',
};

/** One character per period, lowest to highest count. */
export function sparkline(counts: readonly number[]): string {
  const max = counts.reduce((m, n) => Math.max(m, n), 0);
  return counts.map((n) => (n === 0 ? ' ' : SPARKS[Math.min(SPARKS.length - 1, Math.floor((n / max) * (SPARKS.length - 1)))])).join('');
}

function stackedBar(forces: ForceCounts, total: number, length: number, theme: Theme): string {
  let bar = '';
  let drawn = 0;
  let cumulative = 0;
  for (const force of stackOrder(forces)) {
    cumulative += forces[force] ?? 0;
    // cumulative rounding keeps the bar's total length exact
    const upTo = Math.round((cumulative / total) * length);
    const glyph = theme.color ? '█' : FORCE_GLYPH[force];
    bar += theme.force(force, glyph.repeat(Math.max(0, upTo - drawn)));
    drawn = Math.max(drawn, upTo);
  }
  return bar;
}

export interface TrendView {
  theme: Theme;
  width: number;
  stack: boolean;
}

/** For people: a sparkline of the whole span, a bar per period (stacked by force on request), then what has no period. */
export function renderTrendChart(trend: Trend, view: TrendView): string[] {
  const { theme, width, stack } = view;
  const lines: string[] = [];
  const { buckets } = trend;
  if (buckets.length > 0) {
    lines.push(`${buckets[0]!.period}–${buckets[buckets.length - 1]!.period}  ${theme.bar(sparkline(buckets.map((b) => b.count)))}  ${trend.total - trend.undated.count - trend.coarse.count} directives by ${trend.by}`);
    const labelWidth = buckets.reduce((w, b) => Math.max(w, b.period.length), 0);
    const max = buckets.reduce((m, b) => Math.max(m, b.count), 0);
    const countWidth = String(max).length;
    const room = Math.max(4, Math.min(MAX_BAR, width - labelWidth - countWidth - 4));
    for (const b of buckets) {
      const length = b.count === 0 ? 0 : Math.max(1, Math.round((b.count / max) * room));
      const bar = stack && b.count > 0 ? stackedBar(b.forces, b.count, length, theme) : theme.bar('█'.repeat(length));
      lines.push(`${b.period.padEnd(labelWidth)}  ${bar}${' '.repeat(room - length)} ${String(b.count).padStart(countWidth)}`);
    }
    if (stack) {
      const used = FORCES.filter((f) => buckets.some((b) => (b.forces[f] ?? 0) > 0));
      lines.push(`${' '.repeat(labelWidth)}  ${used.map((f) => `${theme.force(f, theme.color ? '█' : FORCE_GLYPH[f])} ${f}`).join('  ')}`);
    }
  }
  lines.push(...leftOver(trend).map((line) => theme.dim(line)));
  return lines;
}

/** What no period holds, and how to fix it: never silently dropped (issue 12). */
export function leftOver(trend: Trend): string[] {
  const lines: string[] = [];
  if (trend.coarse.count > 0) lines.push(`${trend.coarse.count} directives in documents dated only to the year: not placed in a ${trend.by} (try --by year).`);
  if (trend.undated.count > 0) {
    const yearless = trend.undated.yearless > 0 ? ` (${trend.undated.yearless} dated without a year, like --09-21)` : '';
    lines.push(
      `${trend.undated.count} directives in undated documents${yearless}: give a document its full date with \`directives add FILE --date YYYY-MM-DD\` (or a date: line in its front matter).`,
    );
  }
  return lines;
}

/** Header and rows for TSV and CSV: period, count, and one column per force with --stack force. Undated and coarse rows come last. */
function table(trend: Trend, stack: boolean): { header: string[]; rows: string[][] } {
  const forces = stack ? FORCES.filter((f) => [...trend.buckets, trend.undated, trend.coarse].some((b) => (b.forces[f] ?? 0) > 0)) : [];
  const row = (period: string, count: number, counts: ForceCounts): string[] => [period, String(count), ...forces.map((f) => String(counts[f] ?? 0))];
  const rows = trend.buckets.map((b) => row(b.period, b.count, b.forces));
  if (trend.coarse.count > 0) rows.push(row('year-only', trend.coarse.count, trend.coarse.forces));
  if (trend.undated.count > 0) rows.push(row('undated', trend.undated.count, trend.undated.forces));
  return { header: ['period', 'count', ...forces], rows };
}

export function renderTrendTsv(trend: Trend, stack: boolean): string {
  return renderTsv(table(trend, stack).rows);
}

export function renderTrendCsv(trend: Trend, stack: boolean): string {
  const { header, rows } = table(trend, stack);
  return renderCsv(header, rows);
}
