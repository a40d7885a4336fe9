import { normalizeDate } from '../../model/date.js';

const YEAR = '(?:19|20)\\d{2}';
const MONTH = '(?:0?[1-9]|1[0-2])';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';

/** Most specific first: a full date, then year and month, then a year alone (issue 13). */
const NAME_DATES: readonly RegExp[] = [
  new RegExp(`(?<!\\d)(${YEAR})[-_./](${MONTH})[-_./](${DAY})(?!\\d)`),
  new RegExp(`(?<!\\d)(${YEAR})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)`),
  new RegExp(`(?<!\\d)(${YEAR})[-_./](0[1-9]|1[0-2])(?![\\d])`),
  new RegExp(`(?<!\\d)(${YEAR})(0[1-9]|1[0-2])(?!\\d)`),
  new RegExp(`(?<!\\d)(${YEAR})(?!\\d)`),
];

/**
 * A date written in a file name or URL: "readout-20240612.txt",
 * "2024-06-12-notice.md", gov.cn's ".../202406/t20240612_123.html",
 * "...-2022-06.txt". Returns a stored date form, possibly partial, or null.
 */
export function dateFromName(name: string): string | null {
  for (const pattern of NAME_DATES) {
    const m = pattern.exec(name);
    if (m) {
      const date = normalizeDate(m.slice(1).filter((part) => part !== undefined).join('-'));
      if (date !== null) return date;
    }
  }
  return null;
}

/**
 * Fill in what a date lacks from a hint (a date from the file name, or
 * `--year`): "--06-12" with a hint in 2024 becomes "2024-06-12"; "2024-06"
 * with the hint "2024-06-12" becomes that day. A hint that contradicts the
 * date (another year, another month) is ignored: the text wins.
 */
export function completeDate(date: string | null, hint: string | null | undefined): string | null {
  if (!hint) return date;
  if (date === null) return hint;
  if (date.startsWith('--')) {
    if (hint.startsWith('--')) return date;
    const year = hint.slice(0, 4);
    return normalizeDate(`${year}-${date.slice(2)}`) ?? date;
  }
  if (hint.length > date.length && !hint.startsWith('--') && hint.startsWith(date)) return hint;
  return date;
}
