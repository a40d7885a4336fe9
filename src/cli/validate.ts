import { InvalidArgumentError } from 'commander';
import { UsageError } from '../errors.js';
import { normalizeDate } from '../model/date.js';
import type { Language } from '../model/types.js';
import { toCriteria, type Criteria } from '../query/filter.js';
import { DEFAULT_SEARCH_IN, SEARCH_KEY_NAMES, type SearchKey } from '../query/search.js';
import { parseLimit, type SortOptions } from '../query/sort.js';
import { parseFields } from '../render/fields.js';
import type { Force } from '../vocab/forces.js';
import type { SortKey } from '../vocab/dimensions.js';

/*
 * Every check of a value given on the command line, in one place (issue 11):
 * commander checks `.choices()`; what it cannot express is checked here, and
 * every failure is a UsageError (exit 2) naming the option.
 */

/** Filter flags as commander hands them over (see flags.ts `addFilterOptions`). */
export interface FilterOptions {
  doc?: string[];
  force?: string[];
  minForce?: string;
  reporting?: string[];
  issuer?: string[];
  addressee?: string[];
  theme?: string[];
  since?: string;
  until?: string;
  lang?: string[];
  minConfidence?: string;
  aligned?: boolean;
  unaligned?: boolean;
}

export interface SortCliOptions {
  sort?: string;
  reverse?: boolean;
  limit?: string;
}

/**
 * `--force must --force should` and `--force Must,should` both collect, each
 * checked against its table whatever its case (issue 14).
 */
export function collectVocabulary(option: string, noun: string, values: readonly string[]): (value: string, previous: string[] | undefined) => string[] {
  const one = oneOfVocabulary(option, noun, values);
  return (value, previous) => [
    ...(previous ?? []),
    ...value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean)
      .map((v) => one(v)),
  ];
}

/** One value of a table, matched case-insensitively, as the table spells it. */
export function oneOfVocabulary(_option: string, noun: string, values: readonly string[]): (value: string) => string {
  return (value) => {
    const found = values.find((v) => v === value.trim().toLowerCase());
    if (found === undefined) throw new InvalidArgumentError(`"${value}" is not a ${noun}. Valid: ${values.join(', ')}.`);
    return found;
  };
}

/** `--doc a --doc b`: a repeated text filter keeps every value (any of them matches). */
export function collectText(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** The filter flags as criteria; `--since`/`--until` must be dates, in order. */
export function criteriaFrom(options: FilterOptions): Criteria {
  // commander has already checked force and language values against their tables
  return toCriteria({
    doc: options.doc,
    forces: options.force === undefined ? undefined : ([...new Set(options.force)] as Force[]),
    minForce: options.minForce as Force | undefined,
    reporting: options.reporting,
    issuer: options.issuer,
    addressee: options.addressee,
    theme: options.theme,
    since: options.since,
    until: options.until,
    lang: options.lang as Language[] | undefined,
    minConfidence: options.minConfidence,
    aligned: options.aligned ? true : options.unaligned ? false : undefined,
  });
}

/** `--sort`, `--reverse`, `--limit`; only search results can be sorted by score. */
export function sortFrom(options: SortCliOptions, scoreAllowed: boolean): SortOptions {
  const key = options.sort as SortKey | undefined;
  if (key === 'score' && !scoreAllowed) throw new UsageError('--sort score: only search results have a score');
  const limit = countOption(options.limit, '--limit');
  return {
    ...(key !== undefined ? { key } : {}),
    ...(options.reverse ? { reverse: true } : {}),
    ...(limit !== undefined ? { limit } : {}),
  };
}

/** `--limit n`, `--top n`: a positive whole number. */
export function countOption(input: string | undefined, option: string): number | undefined {
  return parseLimit(input, option);
}

/** `--fields`, else the config file's `fields` for the formats with columns (JSON keeps whole records unless --fields says otherwise). */
export function defaultFields(options: { fields?: string; json?: boolean; ndjson?: boolean }, ctx: { config?: { fields?: string } }): string | undefined {
  return options.fields ?? (options.json || options.ndjson ? undefined : ctx.config?.fields);
}

/** `--fields a,b,c`: known names only; null when not given (the command's default columns). */
export function fieldsOption<F extends string>(input: string | undefined, valid: readonly F[], defaults: readonly F[]): F[] | null {
  return input === undefined ? null : parseFields(input, valid, defaults);
}

/** `--date` of parse and add: any date the corpus can store, a year-less `--MM-DD` included. */
export function dateOption(input: string | undefined): string | null {
  if (input === undefined) return null;
  const date = normalizeDate(input);
  if (date === null) throw new UsageError(`--date: not a date: ${JSON.stringify(input)} (use YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD)`);
  return date;
}

/** Inputs of parse and add: `-` (standard input) at most once. */
export function checkInputs(inputs: readonly string[]): void {
  if (inputs.filter((input) => input === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
}

/** The words of `search`, joined with spaces; there must be some. */
export function searchQuery(words: readonly string[]): string {
  const query = words.join(' ');
  if (query.trim() === '') throw new UsageError('search: the query is empty');
  return query;
}

/** `--in a,b`: the search fields to look in (default: the directive's own, not the title). */
export function searchIn(input: string | undefined): SearchKey[] {
  if (input === undefined) return [...DEFAULT_SEARCH_IN];
  const keys = input
    .split(',')
    .map((key) => key.trim().toLowerCase())
    .filter(Boolean);
  const unknown = keys.filter((key) => !(SEARCH_KEY_NAMES as readonly string[]).includes(key));
  if (unknown.length > 0 || keys.length === 0) {
    throw new UsageError(`--in: ${unknown.length > 0 ? `unknown field ${JSON.stringify(unknown[0])}` : 'no fields'} (fields: ${SEARCH_KEY_NAMES.join(', ')})`);
  }
  return [...new Set(keys)] as SearchKey[];
}

/** Two flags that exclude each other, where commander's `.conflicts()` is not used. */
export function notBoth<K extends string>(options: Partial<Record<K, unknown>>, a: K, b: K): void {
  if (options[a] && options[b]) throw new UsageError(`choose one of --${a} and --${b}`);
}
