import { UsageError } from '../errors.js';
import { dateKey, normalizeDate } from '../model/date.js';
import { isPaired, type StoredLink } from '../model/links.js';
import { anyOf, type Criteria } from '../model/query.js';
import type { Directive, DocumentMeta } from '../model/types.js';
import { DIMENSIONS, type Dimension } from '../vocab/dimensions.js';
import { forcesAtLeast } from '../vocab/forces.js';

export type { Criteria } from '../model/query.js';

/** Raw strings as the command line gives them. */
export interface CriteriaInput extends Omit<Criteria, 'since' | 'until' | 'minConfidence'> {
  since?: string;
  until?: string;
  minConfidence?: string;
}

function parseDate(option: string, input: string | undefined): string | undefined {
  if (input === undefined) return undefined;
  const date = normalizeDate(input);
  if (date === null || date.startsWith('--')) {
    throw new UsageError(`${option}: not a date: ${JSON.stringify(input)} (use YYYY-MM-DD, YYYY-MM or YYYY)`);
  }
  return date;
}

function parseConfidence(input: string | undefined): number | undefined {
  if (input === undefined) return undefined;
  const value = Number(input);
  if (input.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new UsageError(`--min-confidence: expected a number from 0 to 1, got ${JSON.stringify(input)}`);
  }
  return value;
}

/** Validate user input into criteria; bad values are usage errors (exit 2). */
export function toCriteria(input: CriteriaInput): Criteria {
  const since = parseDate('--since', input.since);
  const until = parseDate('--until', input.until);
  if (since && until && compareDates(since, until) > 0) throw new UsageError(`--since ${since} is after --until ${until}`);
  const minConfidence = parseConfidence(input.minConfidence);
  const criteria: Criteria = { ...input, since, until, minConfidence };
  // absent is absent: JSON.stringify-keyed caches and equality checks see no undefined members
  for (const key of Object.keys(criteria) as (keyof Criteria)[]) if (criteria[key] === undefined) delete criteria[key];
  return criteria;
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
  return doc.id.toLowerCase().startsWith(q) || contains(doc.file, q) || contains(doc.title, q);
}

type Test = (d: Directive, doc: DocumentMeta | undefined, link: StoredLink | undefined) => boolean;

/** The test one dimension of the criteria imposes, or null when the criteria leave it open. */
function testFor(dimension: Dimension, criteria: Criteria): Test | null {
  switch (dimension.kind) {
    case 'document': {
      const docs = anyOf(criteria.doc);
      return docs.length === 0 ? null : (_, document) => document !== undefined && docs.some((doc) => documentMatches(document, doc));
    }
    case 'force': {
      const { forces, minForce } = criteria;
      const anyOf = forces !== undefined && forces.length > 0 ? new Set(forces) : null;
      const atLeast = minForce !== undefined ? new Set(forcesAtLeast(minForce)) : null;
      if (anyOf === null && atLeast === null) return null;
      return (d) => (anyOf === null || anyOf.has(d.force)) && (atLeast === null || atLeast.has(d.force));
    }
    case 'text':
    case 'list': {
      const needles = anyOf(criteria[dimension.key as 'reporting' | 'issuer' | 'addressee' | 'theme']);
      return needles.length === 0 ? null : (d, doc) => dimension.values(d, doc).some((value) => needles.some((needle) => contains(value, needle)));
    }
    case 'language': {
      const langs = anyOf(criteria.lang);
      return langs.length === 0 ? null : (_, doc) => doc !== undefined && langs.includes(doc.language);
    }
    case 'date': {
      // year and month are facets of the same date; only `date` carries the range
      if (dimension.key !== 'date') return null;
      const { since, until } = criteria;
      if (since === undefined && until === undefined) return null;
      // A document whose year is unknown cannot be placed in a date range, so a bound excludes it.
      return (_, doc) => {
        const key = dateKey(doc?.date ?? null);
        return key !== null && (since === undefined || compareDates(key, since) >= 0) && (until === undefined || compareDates(key, until) <= 0);
      };
    }
    case 'number': {
      const { minConfidence } = criteria;
      return minConfidence === undefined ? null : (d) => (d.confidence ?? 1) >= minConfidence;
    }
    case 'link': {
      // the force pair is a facet of the same links; only `aligned` filters
      const { aligned } = criteria;
      if (dimension.key !== 'aligned' || aligned === undefined) return null;
      return (_, __, link) => link !== undefined && isPaired(link) === aligned;
    }
  }
}

/** Criteria → predicate over directives; `docs` resolves each directive's document, `links` its translation link. */
export function matcher(criteria: Criteria, docs: ReadonlyMap<string, DocumentMeta>, links: ReadonlyMap<string, StoredLink> = NO_LINKS): (directive: Directive) => boolean {
  const tests = DIMENSIONS.map((dimension) => testFor(dimension, criteria)).filter((test): test is Test => test !== null);
  return (d) => {
    const document = docs.get(d.doc);
    const link = links.get(d.id);
    return tests.every((test) => test(d, document, link));
  };
}

const NO_LINKS: ReadonlyMap<string, StoredLink> = new Map();

export function indexDocuments<T extends DocumentMeta>(documents: readonly T[]): Map<string, T> {
  return new Map(documents.map((doc) => [doc.id, doc]));
}

export function filterDirectives(
  directives: readonly Directive[],
  docs: ReadonlyMap<string, DocumentMeta>,
  criteria: Criteria,
  links?: ReadonlyMap<string, StoredLink>,
): Directive[] {
  return directives.filter(matcher(criteria, docs, links));
}
