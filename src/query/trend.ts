import { monthOf, type DateCount } from '../model/query.js';
import type { Directive, DocumentMeta } from '../model/types.js';
import { FORCES, type Force } from '../vocab/forces.js';

/** A count wants every match of a search, not a screenful. */
export const ALL_MATCHES = 1_000_000_000;

/** Periods `directives trend --by` counts in. */
export const TREND_PERIODS = ['year', 'quarter', 'month'] as const;
export type TrendPeriod = (typeof TREND_PERIODS)[number];

export type { DateCount } from '../model/query.js';

/** What `CorpusReader.dateCounts` counts: the criteria's directives, or those a search finds; per force only when asked. */
export interface DateCountOptions {
  /** A search query (blank: every directive the criteria keep). */
  query?: string;
  byForce?: boolean;
}

export type ForceCounts = Partial<Record<Force, number>>;

export interface TrendBucket {
  /** "2022", "2022-Q1", "2022-03". */
  period: string;
  count: number;
  forces: ForceCounts;
}

export interface Trend {
  by: TrendPeriod;
  /** Every period from the first to the last with directives, empty ones included, so a chart's gaps show. */
  buckets: TrendBucket[];
  /** Directives whose document has no date, or a date without a year (`--09-21`): never dropped, counted here. */
  undated: { count: number; yearless: number; forces: ForceCounts };
  /** Directives whose date is too coarse for the period (a year only, by month): counted apart, with a year. */
  coarse: { count: number; forces: ForceCounts };
  total: number;
}

/** The period a date falls in; 'undated' without a year, 'coarse' when the date says too little. */
export function periodOf(date: string | null, by: TrendPeriod): string | 'undated' | 'coarse' {
  if (date === null || !/^\d{4}/.test(date)) return 'undated';
  const year = date.slice(0, 4);
  if (by === 'year') return year;
  const month = /^\d{4}-(\d{2})/.exec(date)?.[1];
  if (month === undefined) return 'coarse';
  return by === 'month' ? `${year}-${month}` : `${year}-Q${Math.ceil(Number(month) / 3)}`;
}

/** The period after `period`, to fill the gaps between the first and the last. */
function nextPeriod(period: string, by: TrendPeriod): string {
  const year = Number(period.slice(0, 4));
  if (by === 'year') return String(year + 1);
  const n = Number(by === 'quarter' ? period.slice(6) : period.slice(5));
  const last = by === 'quarter' ? 4 : 12;
  const [y, k] = n === last ? [year + 1, 1] : [year, n + 1];
  return by === 'quarter' ? `${y}-Q${k}` : `${y}-${String(k).padStart(2, '0')}`;
}

const addForce = (forces: ForceCounts, force: Force | null, n: number): void => {
  if (force !== null) forces[force] = (forces[force] ?? 0) + n;
};

/** Bucket per-date counts into periods (issue 12). Pure. */
export function trendOf(rows: readonly DateCount[], by: TrendPeriod): Trend {
  const periods = new Map<string, TrendBucket>();
  const trend: Trend = { by, buckets: [], undated: { count: 0, yearless: 0, forces: {} }, coarse: { count: 0, forces: {} }, total: 0 };
  for (const { date, force, count } of rows) {
    if (count === 0) continue;
    trend.total += count;
    const period = periodOf(date, by);
    if (period === 'undated') {
      trend.undated.count += count;
      if (date !== null) trend.undated.yearless += count;
      addForce(trend.undated.forces, force, count);
    } else if (period === 'coarse') {
      trend.coarse.count += count;
      addForce(trend.coarse.forces, force, count);
    } else {
      let bucket = periods.get(period);
      if (!bucket) periods.set(period, (bucket = { period, count: 0, forces: {} }));
      bucket.count += count;
      addForce(bucket.forces, force, count);
    }
  }
  const keys = [...periods.keys()].sort();
  if (keys.length > 0) {
    for (let p = keys[0]!; ; p = nextPeriod(p, by)) {
      trend.buckets.push(periods.get(p) ?? { period: p, count: 0, forces: {} });
      if (p === keys[keys.length - 1]) break;
    }
  }
  return trend;
}

/** Per-date counts of some directives, their documents' dates read from `docs`. */
export function tallyDates(directives: Iterable<Directive>, docs: ReadonlyMap<string, Pick<DocumentMeta, 'date'>>, byForce = true): DateCount[] {
  return mergeDates(
    (function* () {
      for (const d of directives) yield { date: docs.get(d.doc)?.date ?? null, force: byForce ? d.force : null, count: 1 };
    })(),
  );
}

/** Rows of one month and force summed into one (a store counts per document; several share a date, more a month). */
export function mergeDates(rows: Iterable<DateCount>): DateCount[] {
  const counts = new Map<string, DateCount>();
  for (const row of rows) {
    const date = monthOf(row.date);
    const key = `${date ?? ''}\u0000${row.force ?? ''}`;
    const found = counts.get(key);
    if (found) found.count += row.count;
    else counts.set(key, { ...row, date });
  }
  return [...counts.values()];
}

/** Forces in the force table's order, for stacking. */
export function stackOrder(forces: ForceCounts): Force[] {
  return FORCES.filter((force) => (forces[force] ?? 0) > 0);
}
