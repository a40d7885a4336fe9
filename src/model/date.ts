const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Month number (1–12) from an English month name or its 3-letter abbreviation. */
export function monthNumber(name: string): number | null {
  const lower = name.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((month) => month === lower || (lower.length >= 3 && month.startsWith(lower)));
  return index === -1 ? null : index + 1;
}

/**
 * Normalise a user-given date to the forms the corpus stores:
 * `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `--MM-DD` when the year is unknown.
 * Returns null when the input is not a date.
 */
export function normalizeDate(input: string): string | null {
  const text = input.trim();
  let m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(text);
  if (m) {
    const year = m[1]!;
    if (m[2] === undefined) return year;
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    if (m[3] === undefined) return `${year}-${pad(month)}`;
    const day = Number(m[3]);
    return validDay(month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
  }
  m = /^--(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    return validDay(month, day) ? `--${pad(month)}-${pad(day)}` : null;
  }
  // "March 17, 2022", "Mar 17 2022", "17 March 2022", "March 2022"
  m = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text) ?? null;
  if (m) {
    const month = monthNumber(m[1]!);
    const day = Number(m[2]);
    return month && validDay(month, day) ? `${m[3]}-${pad(month)}-${pad(day)}` : null;
  }
  m = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(text);
  if (m) {
    const month = monthNumber(m[2]!);
    const day = Number(m[1]);
    return month && validDay(month, day) ? `${m[3]}-${pad(month)}-${pad(day)}` : null;
  }
  m = /^([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(text);
  if (m) {
    const month = monthNumber(m[1]!);
    return month ? `${m[2]}-${pad(month)}` : null;
  }
  m = /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?$/.exec(text);
  if (m) return normalizeDate([m[1], m[2], m[3]].filter((part) => part !== undefined).join('-'));
  return null;
}

/**
 * A sortable key for comparing stored dates with `--since/--until`:
 * partial dates compare by what they have; an unknown year sorts as unknown.
 */
export function dateKey(date: string | null): string | null {
  if (!date || date.startsWith('--')) return null;
  return date;
}
