import type { Language } from '../../model/types.js';
import { BILINGUAL_TERMS, EN_MONTHS, EN_NUMBER_WORDS, ROMAN_NUMERALS, ZH_DIGITS, ZH_UNITS } from '../../vocab/bilingual.js';

/**
 * What of a segment survives translation unchanged (issue 16): numbers with
 * their scale ("1.5 trillion" = "1.5万亿"), years and dates, percentages,
 * counts written in words, list and section markers, quoted titles, and the
 * concepts of the bilingual table. Two segments that share anchors are likely
 * a translation pair; anchors on one side only are evidence against it.
 */
export interface Anchors {
  /** Strong tokens: numbers written in digits, section numbers, list ordinals. */
  strong: string[];
  /** Weak tokens: numbers written in words, which translators often drop or rephrase. */
  weak: string[];
  /** Indices into BILINGUAL_TERMS. */
  terms: number[];
  /** Quoted titles (《…》, or a capitalised name in quotes). */
  titles: number;
}

const EN_SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const EN_NUMBER = /(\d[\d,]*(?:\.\d+)?)(\s*(?:%|percent|per cent))?(?:\s+(thousand|million|billion|trillion))?/gi;
const ZH_NUMBER = /(\d[\d,]*(?:\.\d+)?)(多)?([十百千万亿]*)(%)?/g;
const ZH_PERCENT_WORDS = /百分之([\d.]+)/g;
const ZH_WORD_COUNT = /(?<![第进之])([二两三四五六七八九十]{1,3})(?=[年个项条次倍种大批方面家名位])/g;
const ZH_ORDINAL = /(?:([一二三四五六七八九十]{1,2})是|第([一二三四五六七八九十]{1,2})[，,、])/g;
const ZH_SECTION = /^\s*([一二三四五六七八九十]{1,2})、/;
const ZH_ITEM = /^\s*[（(]([一二三四五六七八九十]{1,2}|\d{1,2})[)）]/;
const EN_ORDINAL = /\b(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)(?:ly)?,/g;
const EN_SECTION = /^\s*([IVX]{1,4})\.\s/;
const EN_ITEM = /^\s*\((\d{1,2})\)|^\s*(\d{1,2})\.\s/;
const EN_WORD_COUNT = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi;
const EN_DATE = new RegExp(`\\b(${EN_MONTHS.join('|')})\\s+(\\d{1,2})\\b`, 'gi');

/** A number as one canonical token, whatever the digits, separators and scale. */
function numberToken(value: number, percent: boolean): string {
  const rounded = Number(value.toPrecision(6));
  return percent ? `${rounded}%` : String(rounded);
}

export function zhNumeral(text: string): number {
  let total = 0;
  let digit = 0;
  for (const char of text) {
    if (char in ZH_DIGITS) digit = ZH_DIGITS[char as keyof typeof ZH_DIGITS];
    else if (char in ZH_UNITS) {
      total += (digit === 0 ? 1 : digit) * ZH_UNITS[char as keyof typeof ZH_UNITS];
      digit = 0;
    }
  }
  return total + digit;
}

export function anchorsOf(text: string, language: Language): Anchors {
  return language === 'zh' ? zhAnchors(text) : enAnchors(text);
}

function enAnchors(text: string): Anchors {
  const strong: string[] = [];
  const weak: string[] = [];
  for (const m of text.matchAll(EN_NUMBER)) {
    const value = Number(m[1]!.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const scale = m[3] ? EN_SCALE[m[3].toLowerCase()]! : 1;
    strong.push(numberToken(value * scale, m[2] !== undefined));
  }
  for (const m of text.matchAll(EN_DATE)) strong.push(String(EN_MONTHS.indexOf(m[1]!.toLowerCase() as (typeof EN_MONTHS)[number]) + 1));
  for (const m of text.matchAll(EN_ORDINAL)) strong.push(`#${EN_NUMBER_WORDS[m[1]!.toLowerCase() as keyof typeof EN_NUMBER_WORDS]}`);
  const section = EN_SECTION.exec(text);
  if (section) strong.push(`§${ROMAN_NUMERALS.indexOf(section[1] as (typeof ROMAN_NUMERALS)[number]) + 1}`);
  const item = EN_ITEM.exec(text);
  if (item) strong.push(`(${item[1] ?? item[2]})`);
  for (const m of text.matchAll(EN_WORD_COUNT)) weak.push(String(EN_NUMBER_WORDS[m[1]!.toLowerCase() as keyof typeof EN_NUMBER_WORDS]));
  const lower = text.toLowerCase();
  const terms: number[] = [];
  BILINGUAL_TERMS.forEach((term, index) => {
    if (term.en.some((form) => hasWordStart(lower, form))) terms.push(index);
  });
  const titles = (text.match(/[“"][A-Z][^”"]{3,}[”"]/g) ?? []).length;
  return { strong, weak, terms, titles };
}

function zhAnchors(text: string): Anchors {
  const strong: string[] = [];
  const weak: string[] = [];
  for (const m of text.matchAll(ZH_NUMBER)) {
    let value = Number(m[1]!.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    for (const unit of m[3] ?? '') value *= ZH_UNITS[unit as keyof typeof ZH_UNITS];
    strong.push(numberToken(value, m[4] !== undefined));
  }
  for (const m of text.matchAll(ZH_PERCENT_WORDS)) strong.push(numberToken(Number(m[1]), true));
  for (const m of text.matchAll(ZH_ORDINAL)) strong.push(`#${zhNumeral(m[1] ?? m[2]!)}`);
  const section = ZH_SECTION.exec(text);
  if (section) strong.push(`§${zhNumeral(section[1]!)}`);
  const item = ZH_ITEM.exec(text);
  if (item) strong.push(`(${/\d/.test(item[1]!) ? Number(item[1]) : zhNumeral(item[1]!)})`);
  for (const m of text.matchAll(ZH_WORD_COUNT)) weak.push(String(zhNumeral(m[1]!)));
  const terms: number[] = [];
  BILINGUAL_TERMS.forEach((term, index) => {
    if (term.zh.some((form) => text.includes(form))) terms.push(index);
  });
  const titles = (text.match(/《[^》]+》/g) ?? []).length;
  return { strong, weak, terms, titles };
}

function hasWordStart(text: string, form: string): boolean {
  let at = text.indexOf(form);
  while (at !== -1) {
    if (at === 0 || !/[a-z]/.test(text[at - 1]!)) return true;
    at = text.indexOf(form, at + 1);
  }
  return false;
}
