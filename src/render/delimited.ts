import { sanitize } from './sanitize.js';

/**
 * The machine-readable tables (TSV and CSV), apart from the aligned table
 * (table.ts): they need no display widths, so `--json`/`--csv`/piped output
 * never loads string-width, whose Unicode tables take ~30 ms to build.
 */

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
