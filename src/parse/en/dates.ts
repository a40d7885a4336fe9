/** Metadata: the document's date, full (ISO) or partial ("--09-21") when the year is unknown. */
import { monthNumber } from '../../model/date.js';
import { EN_MONTHS } from '../../vocab/en/words.js';

const MONTH = `(?:${EN_MONTHS.join('|')})\\.?`;
const pad = (n: number): string => String(n).padStart(2, '0');
/** Only the head of a long text carries its date. */
const HEAD = 3000;

export function findDate(text: string, title: string | null): string | null {
  const sample = text.length > HEAD ? text.slice(0, HEAD) : text;
  let m = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`).exec(sample);
  if (m) return `${m[3]}-${pad(monthNumber(m[1]!)!)}-${pad(Number(m[2]))}`;
  m = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH})\\s+(\\d{4})\\b`).exec(sample);
  if (m) return `${m[3]}-${pad(monthNumber(m[2]!)!)}-${pad(Number(m[1]))}`;
  m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(sample);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})`).exec(sample);
  if (m) {
    const month = monthNumber(m[1]!)!;
    const day = Number(m[2]);
    if (day >= 1 && day <= 31) {
      // the title often carries the year: "… (March 2022)"
      const year = title ? new RegExp(`\\b${m[1]!.slice(0, 3)}[a-z]*\\.?\\s+(\\d{4})\\b`, 'i').exec(title)?.[1] ?? /\b(19|20)\d{2}\b/.exec(title)?.[0] : undefined;
      return year ? `${year}-${pad(month)}-${pad(day)}` : `--${pad(month)}-${pad(day)}`;
    }
  }
  m = new RegExp(`\\b(${MONTH})\\s+(\\d{4})\\b`).exec(title ?? sample);
  if (m) return `${m[2]}-${pad(monthNumber(m[1]!)!)}`;
  return null;
}
