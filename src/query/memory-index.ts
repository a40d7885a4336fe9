import type { Alternative, CandidatePlan, Vocabulary, WordOptions } from '../model/query.js';
import { deletions, indexTokens, nearestTerms, takesTypoKeys, typoKeys } from '../model/tokens.js';

/**
 * An inverted index over directives held in memory: the same candidate
 * retrieval as the SQLite store's FTS5 index, for big corpus JSON files (and
 * the TUI on them), where a full fuse.js scan costs seconds per keystroke.
 * Building it costs one pass over the texts; it is built only for corpora big
 * enough to need it.
 */
export class MemoryIndex implements Vocabulary {
  private readonly postings = new Map<string, number[]>();
  /** How often the term occurs in each posting's directive, parallel to `postings`. */
  private readonly frequencies = new Map<string, number[]>();
  private readonly averageLength: number;
  private readonly sortedTerms: string[];
  private readonly lengths: Uint32Array;
  private deletesByKey: Map<string, string[]> | null = null;

  constructor(bodies: readonly string[]) {
    this.lengths = new Uint32Array(bodies.length);
    let total = 0;
    bodies.forEach((body, i) => {
      const tokens = indexTokens(body);
      this.lengths[i] = tokens.length;
      total += tokens.length;
      const counts = new Map<string, number>();
      for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
      for (const [token, count] of counts) {
        const list = this.postings.get(token);
        if (list) {
          list.push(i);
          this.frequencies.get(token)!.push(count);
        } else {
          this.postings.set(token, [i]);
          this.frequencies.set(token, [count]);
        }
      }
    });
    this.averageLength = bodies.length > 0 ? total / bodies.length : 1;
    this.sortedTerms = [...this.postings.keys()].sort();
  }

  get size(): number {
    return this.lengths.length;
  }

  /** SymSpell deletion keys, built on the first typo lookup. */
  private deletes(): Map<string, string[]> {
    if (this.deletesByKey) return this.deletesByKey;
    const map = new Map<string, string[]>();
    for (const term of this.sortedTerms) {
      if (!takesTypoKeys(term)) continue;
      for (const key of deletions(term)) {
        const list = map.get(key);
        if (list) list.push(term);
        else map.set(key, [term]);
      }
    }
    this.deletesByKey = map;
    return map;
  }

  near(word: string, budget: number): { term: string; docs: number }[] {
    const deletes = this.deletes();
    const found = new Map<string, number>();
    for (const key of typoKeys(word, budget)) {
      for (const term of deletes.get(key) ?? []) found.set(term, this.postings.get(term)!.length);
      if (this.postings.has(key)) found.set(key, this.postings.get(key)!.length);
    }
    return nearestTerms(word, budget, found);
  }

  /** Terms starting with `prefix`, by binary search over the sorted vocabulary. */
  private withPrefix(prefix: string): string[] {
    let lo = 0;
    let hi = this.sortedTerms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sortedTerms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.sortedTerms.length && this.sortedTerms[i]!.startsWith(prefix); i++) out.push(this.sortedTerms[i]!);
    return out;
  }

  /**
   * The directives (indices) the plan admits and `allowed` keeps, best first by
   * bm25 — the ranking SQLite's FTS5 gives the store's candidates, so both
   * readers hand fuse.js the same kind of shortlist.
   */
  candidates(plan: CandidatePlan, limit: number, allowed: (index: number) => boolean = () => true): number[] {
    const n = this.lengths.length;
    const scores = new Float64Array(n);
    const k1 = 1.2;
    const b = 0.75;
    const word = (o: WordOptions): Set<number> => {
      const hits = new Set<number>();
      const terms = new Set([...o.words, ...o.prefixes.flatMap((p) => this.withPrefix(p))]);
      for (const term of terms) {
        const list = this.postings.get(term);
        if (!list) continue;
        const tfs = this.frequencies.get(term)!;
        const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
        list.forEach((i, k) => {
          const tf = tfs[k]!;
          scores[i]! += (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * this.lengths[i]!) / this.averageLength));
          hits.add(i);
        });
      }
      return hits;
    };
    const alt = (a: Alternative): Set<number> => {
      const sets = a.options.map(word);
      return a.join === 'or' ? union(sets) : intersect(sets);
    };
    const admitted = intersect(plan.clauses.map((clause) => union(clause.map(alt))));
    const ranked = [...admitted].filter(allowed);
    ranked.sort((x, y) => scores[y]! - scores[x]! || x - y);
    return ranked.slice(0, limit);
  }
}

function union(sets: Set<number>[]): Set<number> {
  if (sets.length === 1) return sets[0]!;
  const out = new Set<number>();
  for (const s of sets) for (const i of s) out.add(i);
  return out;
}

function intersect(sets: Set<number>[]): Set<number> {
  if (sets.length === 1) return sets[0]!;
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  const out = new Set<number>();
  for (const i of smallest!) if (rest.every((s) => s.has(i))) out.add(i);
  return out;
}
