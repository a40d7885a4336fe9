import { UsageError } from '../errors.js';
import { dateKey, normalizeDate } from '../model/date.js';
import type { Directive, DocumentMeta, Language } from '../model/types.js';
import { forcesAtLeast, type Force } from '../vocab/forces.js';

/** What `list`, `search` and `facets` (and the TUI) narrow directives by. All optional. */
export interface Criteria {
  /** Document id prefix, file name, or title substring. */
  doc?: string;
  forces?: Force[];
  minForce?: Force;
  reporting?: string;
  issuer?: string;
  addressee?: string;
  theme?: string;
  /** Normalised dates (see normalizeDate). */
  since?: string;
  until?: string;
  lang?: Language;
}

/** Raw strings as the command line gives them. */
export interface CriteriaInput extends Omit<Criteria, 'since' | 'until'> {
  since?: string;
  until?: string;
}

function parseDate(option: string, input: string | undefined): string | undefined {
  if (input === undefined) return undefined;
  const date = normalizeDate(input);
  if (date === null || date.startsWith('--')) {
    throw new UsageError(`${option}: not a date: ${JSON.stringify(input)} (use YYYY-MM-DD, YYYY-MM or YYYY)`);
  }
  return date;
}

/** Validate user input into criteria; bad dates are usage errors (exit 2). */
export function toCriteria(input: CriteriaInput): Criteria {
  const since = parseDate('--since', input.since);
  const until = parseDate('--until', input.until);
  if (since && until && compareDates(since, until) > 0) throw new UsageError(`--since ${since} is after --until ${until}`);
  return { ...input, since, until };
}

/**
 * Compare partial ISO dates on what both have ("2022-03" vs "2022-03-15" → equal),
 * so a document dated only by month is kept by a day bound inside that month.
 */
export function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

const contains = (value: string | null | undefined, needle: string): boolean =>
  value !== null && value !== undefined && value.toLowerCase().includes(needle.toLowerCase());

export function documentMatches(doc: DocumentMeta, query: string): boolean {
  const q = query.toLowerCase();
  return doc.id.toLowerCase().startsWith(q) || doc.file?.toLowerCase() === q || contains(doc.file, q) || contains(doc.title, q);
}

/** Criteria → predicate over directives; `docs` resolves each directive's document. */
export function matcher(criteria: Criteria, docs: ReadonlyMap<string, DocumentMeta>): (directive: Directive) => boolean {
  const tests: Array<(d: Directive, doc: DocumentMeta | undefined) => boolean> = [];
  const { doc, forces, minForce, reporting, issuer, addressee, theme, since, until, lang } = criteria;
  if (doc !== undefined) tests.push((_, document) => document !== undefined && documentMatches(document, doc));
  if (forces !== undefined && forces.length > 0) tests.push((d) => forces.includes(d.force));
  if (minForce !== undefined) {
    const allowed = forcesAtLeast(minForce);
    tests.push((d) => allowed.includes(d.force));
  }
  if (reporting !== undefined) tests.push((d) => contains(d.reporting, reporting));
  if (issuer !== undefined) tests.push((d) => contains(d.issuer, issuer));
  if (addressee !== undefined) tests.push((d) => contains(d.addressee, addressee));
  if (theme !== undefined) tests.push((d) => d.themes.some((t) => contains(t, theme)));
  if (lang !== undefined) tests.push((_, document) => document?.language === lang);
  // A document whose year is unknown cannot be placed in a date range, so a bound excludes it.
  if (since !== undefined) tests.push((_, document) => inRange(document, (key) => compareDates(key, since) >= 0));
  if (until !== undefined) tests.push((_, document) => inRange(document, (key) => compareDates(key, until) <= 0));
  return (d) => {
    const document = docs.get(d.doc);
    return tests.every((test) => test(d, document));
  };
}

function inRange(doc: DocumentMeta | undefined, test: (key: string) => boolean): boolean {
  const key = dateKey(doc?.date ?? null);
  return key !== null && test(key);
}

export function indexDocuments<T extends DocumentMeta>(documents: readonly T[]): Map<string, T> {
  return new Map(documents.map((doc) => [doc.id, doc]));
}

export function filterDirectives(
  directives: readonly Directive[],
  docs: ReadonlyMap<string, DocumentMeta>,
  criteria: Criteria,
): Directive[] {
  return directives.filter(matcher(criteria, docs));
}
