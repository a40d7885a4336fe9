/**
 * Words as the full-text index sees them. Latin text splits at anything that is
 * not a letter or digit; Chinese has no spaces, so each run of Han characters
 * becomes its overlapping bigrams ("职业教育" → 职业 业教 教育), the usual way to
 * index CJK for retrieval without a dictionary — and its single characters
 * too, so a one-character query (党, 要) finds in a corpus folder what a full
 * scan finds (issue 14). The index side (indexTokens) holds both; the query
 * side (queryTokens) asks for bigrams, or the character itself when a run is
 * one character long, so every query token is a token the index holds.
 */

/** Han characters (CJK unified ideographs, extension A, compatibility): the one definition. */
export const HAN_CHARS = '\\u3400-\\u9fff\\uf900-\\ufaff';
export const HAN = new RegExp(`[${HAN_CHARS}]`);
const HAN_RUN = new RegExp(`[${HAN_CHARS}]+`, 'g');
const HAN_TOKEN = new RegExp(`^[${HAN_CHARS}]+$`);
const TOKEN = /[\p{L}\p{N}]+/gu;

export function hanBigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length <= 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

function tokens(text: string, han: (run: string, out: string[]) => void): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let last = 0;
  for (const m of lower.matchAll(HAN_RUN)) {
    for (const t of lower.slice(last, m.index).match(TOKEN) ?? []) out.push(t);
    han(m[0], out);
    last = m.index + m[0].length;
  }
  for (const t of lower.slice(last).match(TOKEN) ?? []) out.push(t);
  return out;
}

// loops, not push(...): a run of 200k Han characters would overflow the call stack (issue 7)
const pushBigrams = (run: string, out: string[]): void => {
  for (const bigram of hanBigrams(run)) out.push(bigram);
};

/** The index tokens of a text, in order (duplicates kept): words, and each Han run's bigrams followed by its characters. */
export function indexTokens(text: string): string[] {
  return tokens(text, (run, out) => {
    const chars = [...run];
    if (chars.length > 1) pushBigrams(run, out);
    for (const char of chars) out.push(char);
  });
}

/** The tokens a query word is looked up by: words, Han bigrams, and a lone Han character as itself. */
export function queryTokens(text: string): string[] {
  return tokens(text, pushBigrams);
}

/** The text the index stores for a directive: its tokens joined by spaces. */
export function indexText(text: string): string {
  return indexTokens(text).join(' ');
}

export function isHanToken(token: string): boolean {
  return HAN_TOKEN.test(token);
}

/**
 * Edit distance with swaps of neighbours counted as one edit (optimal string
 * alignment), giving up as soon as it must exceed `max`: the caller only cares
 * whether a vocabulary word is within one or two typos.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** The longest vocabulary word the store keeps typo (deletion) keys for; longer words match exactly or as prefixes. */
export const MAX_TYPO_WORD = 24;

/** How many typos a fuzzy query word may carry, by its length (fuse.js's threshold 0.3 allows about as many). */
export function typoBudget(token: string): number {
  if (isHanToken(token)) return 0;
  // No keyed word is within two edits of a longer one, and the lookup's keys grow
  // with the cube of the length: a pasted 1,600-letter "word" took minutes (issue 7).
  if (token.length > MAX_TYPO_WORD + 2) return 0;
  if (token.length >= 8) return 2;
  if (token.length >= 4) return 1;
  return 0;
}

/**
 * A word with one character deleted, every way (SymSpell). Two words within one
 * edit — insertion, deletion, substitution or a swap of neighbours
 * ("entreprise"/"enterprise") — share at least one of these keys or one is the
 * other, so typo candidates come from an index lookup instead of a scan of the
 * whole vocabulary.
 */
export function deletions(word: string): string[] {
  const chars = [...word];
  if (chars.length < 3) return [];
  const out = new Set<string>();
  for (let i = 0; i < chars.length; i++) out.add(chars.slice(0, i).join('') + chars.slice(i + 1).join(''));
  return [...out];
}

/** Every key that finds the vocabulary words within `budget` (1 or 2) edits of `word` (SymSpell). */
export function typoKeys(word: string, budget: number): string[] {
  if (budget <= 0) return [];
  const keys = new Set<string>([word, ...deletions(word)]);
  if (budget >= 2) for (const d of deletions(word)) for (const dd of deletions(d)) keys.add(dd);
  return [...keys];
}

/** Whether a vocabulary word gets typo keys: Han bigrams, numbers and very long words match exactly. */
export function takesTypoKeys(term: string): boolean {
  return !isHanToken(term) && term.length <= MAX_TYPO_WORD && !/^\d+$/.test(term);
}

/** Of the words a typo-key lookup found, those really within `budget` edits of `word`, most frequent first. */
export function nearestTerms(word: string, budget: number, found: Iterable<readonly [string, number]>): { term: string; docs: number }[] {
  return [...found]
    .filter(([term]) => term !== word && boundedDistance(word, term, budget) <= budget)
    .map(([term, docs]) => ({ term, docs }))
    .sort((a, b) => b.docs - a.docs);
}

/**
 * What a directive is found by, field by field (the search keys of
 * query/search.ts, weighted there): its text, its actions as "verb object",
 * its addressee, its themes and its document's title. The full-text indexes
 * of both engines index exactly these, through searchableText.
 */
export interface SearchItem {
  text: string;
  actions: string[];
  addressee: string | null;
  themes: string[];
  title: string | null;
}

export function searchItem(directive: { text: string; actions: readonly { verb: string; object: string }[]; addressee: string | null; themes: readonly string[] }, title: string | null): SearchItem {
  return {
    text: directive.text,
    actions: directive.actions.map((a) => `${a.verb} ${a.object}`.trim()),
    addressee: directive.addressee,
    themes: [...directive.themes],
    title,
  };
}

/** The search fields of a directive as one text, for an index. */
export function searchableText(directive: Parameters<typeof searchItem>[0], title: string | null): string {
  const item = searchItem(directive, title);
  return [item.text, ...item.actions, item.addressee ?? '', ...item.themes, item.title ?? ''].join(' \n ');
}
