import Fuse, { type Expression, type FuseResult, type FuseResultMatch } from 'fuse.js';
import { HAN, searchItem, type SearchItem } from '../model/tokens.js';
import type { Directive, DocumentMeta } from '../model/types.js';

/**
 * Fields searched, and how much a match in each counts. The directive's own
 * words (`text`) decide most; `actions` repeat the text's verbs and objects in
 * a cleaner form, so they confirm a text match without outweighing it;
 * `addressee` and `themes` are short labels — a hit there is precise, worth a
 * little more than an incidental word in a long text would be alone; the
 * document title is shared by every directive of a document, so it only
 * nudges ties and lets "conference moral" reach into the title.
 */
export const SEARCH_KEYS = [
  { name: 'text', weight: 3 },
  { name: 'actions', weight: 2 },
  { name: 'addressee', weight: 1.5 },
  { name: 'themes', weight: 1.5 },
  { name: 'title', weight: 0.5 },
] as const;

export type SearchKey = (typeof SEARCH_KEYS)[number]['name'];

export const SEARCH_KEY_NAMES: readonly SearchKey[] = SEARCH_KEYS.map((key) => key.name);

/**
 * What a search looks in unless told otherwise: the directive's own fields.
 * The title is shared by every directive of a document, so one title word
 * pulled in whole documents (issue 14); `--in …,title` asks for it.
 */
export const DEFAULT_SEARCH_IN: readonly SearchKey[] = ['text', 'actions', 'addressee', 'themes'];

/**
 * Plain terms in fuse's extended search are fuzzy (Bitap). With
 * `ignoreLocation` a term's score is about errors ÷ term length, so 0.3 lets a
 * five-letter word carry one typo ("skils") and a ten-letter word three, while
 * 0.4 already let "moral" match "modern"-like words all over the seed corpus.
 */
export const DEFAULT_THRESHOLD = 0.3;

/**
 * A Han character carries about as much as a short English word, so one
 * missing character in a three-character query ("稳经济" for "稳住经济") is an
 * error rate of 0.33: Chinese queries get a little more room (issue 6).
 */
export const HAN_THRESHOLD = 0.4;

/** The fuzzy threshold a query gets unless the caller sets one. */
export function thresholdFor(query: string): number {
  return HAN.test(query) ? HAN_THRESHOLD : DEFAULT_THRESHOLD;
}

export interface SearchOptions {
  /** Plain case-insensitive substring matching of the whole query: no syntax, no typos. */
  exact?: boolean;
  /** fuse.js threshold for fuzzy terms (0 = exact … 1 = anything). */
  threshold?: number;
  /** The fields to look in (default DEFAULT_SEARCH_IN). */
  in?: readonly SearchKey[];
}

export interface SearchMatch {
  field: SearchKey;
  /** Which item of a list field (actions, themes) matched. */
  index?: number;
  /** Character ranges in that field's value, end exclusive, sorted and merged. */
  ranges: Array<[number, number]>;
}

export interface SearchHit {
  directive: Directive;
  /** 0 is a perfect match, 1 no match at all (fuse.js convention). */
  score: number;
  matches: SearchMatch[];
}

type TermKind = 'fuzzy' | 'include' | 'exact' | 'prefix' | 'suffix';

export interface Term {
  kind: TermKind;
  value: string;
  negate: boolean;
}

export interface ParsedQuery {
  /** Every group must match (AND); within a group any term may (OR). */
  groups: Term[][];
  /** Terms that must match no field. */
  negations: Term[];
}

function parseTerm(token: string): Term | null {
  let rest = token;
  const negate = rest.startsWith('!');
  if (negate) rest = rest.slice(1);
  let kind: TermKind = negate ? 'include' : 'fuzzy';
  if (rest.startsWith("'")) {
    rest = rest.slice(1);
    kind = 'include';
  } else if (rest.startsWith('=')) {
    rest = rest.slice(1);
    kind = 'exact';
  } else if (rest.startsWith('^')) {
    rest = rest.slice(1);
    kind = 'prefix';
  } else if (rest.endsWith('$') && rest.length > 1) {
    rest = rest.slice(0, -1);
    kind = 'suffix';
  }
  return rest === '' ? null : { kind, value: rest, negate };
}

/**
 * fzf's syntax (https://github.com/junegunn/fzf#search-syntax): space = AND,
 * a lone `|` = OR binding tighter than AND (`^core go$ | rb$` is ^core AND
 * (go$ OR rb$)), `'exact`, `^prefix`, `suffix$`, `=whole`, `!not`.
 * fuse.js's own string syntax gives `|` the lower precedence and applies AND
 * within one field, so we build its logical expression ourselves.
 */
export function parseQuery(query: string): ParsedQuery {
  const tokens = query.trim().split(/\s+/).filter(Boolean);
  const groups: Term[][] = [];
  const negations: Term[] = [];
  let joinNext = false;
  for (const token of tokens) {
    if (token === '|') {
      joinNext = groups.length > 0;
      continue;
    }
    const term = parseTerm(token);
    if (term === null) continue;
    if (term.negate) {
      negations.push(term);
      joinNext = false;
      continue;
    }
    if (joinNext) groups[groups.length - 1]!.push(term);
    else groups.push([term]);
    joinNext = false;
  }
  return { groups, negations };
}

const FUSE_PREFIX: Record<TermKind, (value: string) => string> = {
  fuzzy: (v) => v,
  include: (v) => `'${v}`,
  exact: (v) => `=${v}`,
  prefix: (v) => `^${v}`,
  suffix: (v) => `${v}$`,
};

type Item = SearchItem;

function fieldValues(item: Item): Array<{ field: SearchKey; index?: number; value: string }> {
  const values: Array<{ field: SearchKey; index?: number; value: string }> = [{ field: 'text', value: item.text }];
  item.actions.forEach((value, index) => values.push({ field: 'actions', index, value }));
  if (item.addressee !== null) values.push({ field: 'addressee', value: item.addressee });
  item.themes.forEach((value, index) => values.push({ field: 'themes', index, value }));
  if (item.title !== null) values.push({ field: 'title', value: item.title });
  return values;
}

function termHolds(term: Term, value: string): boolean {
  const v = value.toLowerCase();
  const t = term.value.toLowerCase();
  if (term.kind === 'prefix') return v.startsWith(t);
  if (term.kind === 'suffix') return v.endsWith(t);
  if (term.kind === 'exact') return v === t;
  return v.includes(t);
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function groupMatches(raw: Array<{ field: SearchKey; index?: number; ranges: Array<[number, number]> }>): SearchMatch[] {
  const byField = new Map<string, SearchMatch>();
  for (const match of raw) {
    const id = `${match.field}\u0000${match.index ?? ''}`;
    const existing = byField.get(id);
    if (existing) existing.ranges.push(...match.ranges);
    else byField.set(id, { field: match.field, ...(match.index !== undefined ? { index: match.index } : {}), ranges: [...match.ranges] });
  }
  const order = SEARCH_KEYS.map((key) => key.name as string);
  return [...byField.values()]
    .map((match) => ({ ...match, ranges: mergeRanges(match.ranges) }))
    .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field) || (a.index ?? 0) - (b.index ?? 0));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type Searcher = (query: string, options?: SearchOptions) => SearchHit[];

/**
 * Build the index once and return a pure search function: the CLI's `search`
 * and the TUI call this same function, so they rank identically (STYLE.md, habit 7).
 * Hits come best first; equal scores keep the input order. A blank query matches everything.
 */
export function createSearch(directives: readonly Directive[], documents: readonly DocumentMeta[]): Searcher {
  const titles = new Map(documents.map((doc) => [doc.id, doc.title ?? doc.file]));
  const items: Item[] = directives.map((d) => searchItem(d, titles.get(d.doc) ?? null));
  const fuses = new Map<number, Fuse<Item>>();
  const fuseFor = (threshold: number): Fuse<Item> => {
    let fuse = fuses.get(threshold);
    if (!fuse) {
      fuse = new Fuse(items, {
        keys: SEARCH_KEYS.map((key) => ({ name: key.name, weight: key.weight })),
        threshold,
        ignoreLocation: true,
        useExtendedSearch: true,
        includeScore: true,
        includeMatches: true,
        shouldSort: false,
      });
      fuses.set(threshold, fuse);
    }
    return fuse;
  };

  const everything = (): SearchHit[] => directives.map((directive) => ({ directive, score: 0, matches: [] }));

  function exactSearch(query: string, keys: ReadonlySet<SearchKey>): SearchHit[] {
    const needle = query.trim();
    if (needle === '') return everything();
    const pattern = new RegExp(escapeRegExp(needle), 'giu');
    const weight = new Map<SearchKey, number>(SEARCH_KEYS.map((key) => [key.name, key.weight]));
    const maxWeight = Math.max(...SEARCH_KEYS.map((key) => key.weight));
    const hits: SearchHit[] = [];
    items.forEach((item, i) => {
      const raw: Array<{ field: SearchKey; index?: number; ranges: Array<[number, number]> }> = [];
      for (const { field, index, value } of fieldValues(item)) {
        if (!keys.has(field)) continue;
        const ranges = [...value.matchAll(pattern)].map((m): [number, number] => [m.index, m.index + m[0].length]);
        if (ranges.length) raw.push({ field, ...(index !== undefined ? { index } : {}), ranges });
      }
      if (raw.length === 0) return;
      // Exact hits are all perfect; the best field they occur in orders them.
      const best = Math.max(...raw.map((m) => weight.get(m.field) ?? 0));
      hits.push({ directive: directives[i]!, score: 1 - best / maxWeight, matches: groupMatches(raw) });
    });
    return hits.sort((a, b) => a.score - b.score);
  }

  function fuzzySearch(query: string, threshold: number, keys: ReadonlySet<SearchKey>): SearchHit[] {
    const { groups, negations } = parseQuery(query);
    const allowed = (i: number): boolean => {
      const values = fieldValues(items[i]!).filter(({ field }) => keys.has(field));
      return negations.every((term) => !values.some(({ value }) => termHolds(term, value)));
    };
    if (groups.length === 0) return negations.length === 0 ? everything() : everything().filter((_, i) => allowed(i));
    const expression: Expression = {
      $and: groups.map((group) => ({
        $or: group.flatMap((term) => SEARCH_KEYS.filter((key) => keys.has(key.name)).map((key) => ({ [key.name]: FUSE_PREFIX[term.kind](term.value) }))),
      })),
    };
    const results: Array<FuseResult<Item>> = fuseFor(threshold).search(expression);
    return results
      .filter((result) => allowed(result.refIndex))
      .map((result) => ({
        directive: directives[result.refIndex]!,
        score: result.score ?? 0,
        matches: groupMatches(
          (result.matches ?? []).map((m: FuseResultMatch) => ({
            field: m.key as SearchKey,
            ...(m.refIndex !== undefined && (m.key === 'actions' || m.key === 'themes') ? { index: m.refIndex } : {}),
            ranges: m.indices.map(([start, end]): [number, number] => [start, end + 1]),
          })),
        ),
        order: result.refIndex,
      }))
      .sort((a, b) => a.score - b.score || a.order - b.order)
      .map(({ order: _order, ...hit }) => hit);
  }

  return (query, options = {}) => {
    const keys = new Set(options.in ?? DEFAULT_SEARCH_IN);
    return options.exact ? exactSearch(query, keys) : fuzzySearch(query, options.threshold ?? thresholdFor(query), keys);
  };
}

/** One-shot search; see createSearch. */
export function search(
  directives: readonly Directive[],
  documents: readonly DocumentMeta[],
  query: string,
  options: SearchOptions = {},
): SearchHit[] {
  return createSearch(directives, documents)(query, options);
}
