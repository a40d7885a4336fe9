import type { ThemeChange } from '../query/diff/themes.js';
import { EMPTY_VALUE_LABEL } from './facets.js';
import { renderTsv } from './delimited.js';
import { renderTable, type Column } from './table.js';
import type { Theme } from './theme.js';

const level = (n: number | null): string => (n === null ? '' : n.toFixed(1));
const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

/** Columns of `diff --by theme`, in the table and in TSV. */
const HEADER = ['theme', 'A', 'B', 'change', 'added', 'dropped', 'stronger', 'weaker', 'force A', 'force B'] as const;

function cells(row: ThemeChange): string[] {
  return [
    row.theme ?? EMPTY_VALUE_LABEL,
    String(row.a),
    String(row.b),
    signed(row.b - row.a),
    String(row.added),
    String(row.dropped),
    String(row.strengthened),
    String(row.weakened),
    level(row.levelA),
    level(row.levelB),
  ];
}

/** For people: one row per theme, biggest gain or loss first; force is the mean level on the force scale (must = 4). */
export function renderThemeTable(rows: readonly ThemeChange[], width: number, theme: Theme): string {
  const columns: Column[] = HEADER.map((header, i) => (i === 0 ? { header, flex: true } : { header, align: 'right', keep: true }));
  const body = rows.map((row) => cells(row).map((raw) => ({ raw })));
  return `${renderTable(columns, body, width, theme)}\n${theme.dim('force: mean level on the force scale (must/must-not 4, should/necessary/imperative 3, will 2, strive/encourage 1, may 0)')}`;
}

export function renderThemeTsv(rows: readonly ThemeChange[]): string {
  return renderTsv(rows.map((row) => cells(row).map((value, i) => (i === 0 && row.theme === null ? '' : value))));
}
