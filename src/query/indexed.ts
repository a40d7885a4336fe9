import type { Alternative, CandidatePlan, Vocabulary, WordOptions } from '../model/query.js';
import { parseQuery, type Term } from './search.js';
import { isHanToken, queryTokens, typoBudget } from '../model/tokens.js';

/**
 * Candidate retrieval for big corpora (issue 5): the query's words are matched
 * against the index vocabulary — exactly, as a prefix, or within a typo or two —
 * and the matching words' posting lists are merged by an FTS5 query. fuse.js
 * then ranks only those candidates, so a search costs about the same at a
 * million directives as at a thousand.
 */

/**
 * How many candidates fuse.js ranks per search, from either index. The index
 * orders them (bm25 in SQLite, idf and length in memory), so the best fuzzy
 * matches are among the first couple of hundred; tests/query/store-reader.test.ts
 * checks the top ten against a full scan.
 */
export const CANDIDATES = 100;

/** How many vocabulary words one query word may stand for. */
const MAX_EXPANSIONS = 12;

/** One query word: itself (and words it starts, when long enough), and the words within its typo budget. */
function wordOptions(token: string, vocabulary: Vocabulary, mode: 'fuzzy' | 'prefix' | 'whole'): WordOptions {
  if (isHanToken(token) || mode === 'whole' || token.length < 2) return { words: [token], prefixes: [] };
  const words: string[] = [];
  if (mode === 'fuzzy') {
    const budget = typoBudget(token);
    if (budget > 0) for (const w of vocabulary.near(token, budget).slice(0, MAX_EXPANSIONS)) words.push(w.term);
  }
  return { words, prefixes: [token] };
}

function alternative(term: Term, vocabulary: Vocabulary): Alternative | null {
  if (term.kind === 'suffix' || term.kind === 'exact') return null; // the index cannot answer these; fuse checks them
  const tokens = queryTokens(term.value);
  if (tokens.length === 0) return null;
  const mode = term.kind === 'fuzzy' ? 'fuzzy' : 'prefix';
  const options = tokens.map((token, i) => wordOptions(token, vocabulary, mode === 'prefix' && i < tokens.length - 1 ? 'whole' : mode));
  // a fuzzy Chinese term may miss a character ("稳经济" for "稳住经济"), which breaks a bigram:
  // any of its bigrams makes a candidate, and the ranking puts those sharing most of them first
  const join = mode === 'fuzzy' && tokens.length > 1 && tokens.every(isHanToken) ? 'or' : 'and';
  return { join, options };
}

/**
 * The candidates every directive the fuzzy search can find satisfies, or null
 * when the query has nothing an index can narrow by (then the caller scans).
 * Negations are left to the ranking step.
 */
export function candidatePlan(query: string, vocabulary: Vocabulary): CandidatePlan | null {
  const { groups } = parseQuery(query);
  const clauses: Alternative[][] = [];
  for (const group of groups) {
    const alternatives = group.map((term) => alternative(term, vocabulary));
    // one alternative the index cannot express means the group cannot narrow the candidates
    if (alternatives.some((a) => a === null)) continue;
    clauses.push(alternatives as Alternative[]);
  }
  return clauses.length === 0 ? null : { clauses };
}
