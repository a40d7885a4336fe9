import type { Directive } from '../model/types.js';
import { parseQuery, type Term } from './search.js';
import { indexTokens, isHanToken, typoBudget } from './tokens.js';

/**
 * Candidate retrieval for big corpora (issue 5): the query's words are matched
 * against the index vocabulary — exactly, as a prefix, or within a typo or two —
 * and the matching words' posting lists are merged by an FTS5 query. fuse.js
 * then ranks only those candidates, so a search costs about the same at a
 * million directives as at a thousand.
 */

/** What the index offers: the vocabulary words within a number of typos of a word. */
export interface Vocabulary {
  near(word: string, budget: number): { term: string; docs: number }[];
}

/** How many vocabulary words one query word may stand for. */
const MAX_EXPANSIONS = 12;

const quote = (token: string): string => `"${token.replace(/"/g, '""')}"`;

/** The FTS5 alternatives for one query word: itself, words starting with it, words within its typo budget. */
export function expandToken(token: string, vocabulary: Vocabulary, mode: 'fuzzy' | 'prefix' | 'whole'): string {
  if (isHanToken(token) || mode === 'whole') return quote(token);
  const options = new Set<string>([token.length >= 2 ? `${quote(token)} *` : quote(token)]);
  if (mode === 'fuzzy') {
    const budget = typoBudget(token);
    if (budget > 0) {
      for (const w of vocabulary.near(token, budget).slice(0, MAX_EXPANSIONS)) options.add(quote(w.term));
    }
  }
  const list = [...options];
  return list.length === 1 ? list[0]! : `(${list.join(' OR ')})`;
}

function termExpression(term: Term, vocabulary: Vocabulary): string | null {
  if (term.kind === 'suffix' || term.kind === 'exact') return null; // the index cannot answer these; fuse checks them
  const tokens = indexTokens(term.value);
  if (tokens.length === 0) return null;
  const mode = term.kind === 'fuzzy' ? 'fuzzy' : 'prefix';
  const parts = tokens.map((token, i) => expandToken(token, vocabulary, mode === 'prefix' && i < tokens.length - 1 ? 'whole' : mode));
  if (parts.length === 1) return parts[0]!;
  // a fuzzy Chinese term may miss a character ("稳经济" for "稳住经济"), which breaks a bigram:
  // any of its bigrams makes a candidate, and bm25 puts those sharing most of them first
  const joiner = mode === 'fuzzy' && tokens.every(isHanToken) ? ' OR ' : ' AND ';
  return `(${parts.join(joiner)})`;
}

/**
 * An FTS5 MATCH expression that every directive the fuzzy search can find
 * satisfies, or null when the query has nothing the index can narrow by (then
 * the caller scans). Negations are left to the ranking step.
 */
export function candidateQuery(query: string, vocabulary: Vocabulary): string | null {
  const { groups } = parseQuery(query);
  const clauses: string[] = [];
  for (const group of groups) {
    const alternatives = group.map((term) => termExpression(term, vocabulary));
    // one alternative the index cannot express means the group cannot narrow the candidates
    if (alternatives.some((a) => a === null)) continue;
    clauses.push(alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' OR ')})`);
  }
  return clauses.length === 0 ? null : clauses.join(' AND ');
}

/** The plain-substring needle an `--exact` query scans for. */
export function exactNeedle(query: string): string {
  return query.trim();
}

export type CandidateSource = (match: string | null, limit: number) => Directive[];
