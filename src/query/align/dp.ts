import type { Anchors } from './anchors.js';
import { anchorScore, BEAD_COST, BEADS, lengthDelta, lengthFit, misfitCost, RARE_MATCH, type LengthModel } from './score.js';

/** What the dynamic programme knows of a segment. */
export interface SegmentFeatures {
  length: number;
  heading: boolean;
  anchors: Anchors;
}

/** A run of English segments aligned with a run of Chinese segments; ranges are end-exclusive. */
export interface Bead {
  en: [number, number];
  zh: [number, number];
  /** Probability of its length ratio, 0–1. */
  lengthFit: number;
  /** What its anchors say, in nats (positive: for). */
  anchors: number;
}

/**
 * Above this many cells the programme keeps to a band around the diagonal:
 * a translation wanders from it by the size of an omission, not by half the document.
 */
const FULL_CELLS = 250_000;

/** Beyond this many cells even an excerpt is aligned within the band (a cell costs about 25 bytes with its anchor matches). */
const MAX_CELLS = 4_000_000;

/** A token in at most this many segments of each side is rare: its match all but fixes the alignment there. */
export const RARE = 2;

/** Cost per (Chinese-equivalent) character of a segment without counterpart, in nats. */
const DROP_PER_CHAR = 0.02;

interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

function bandOf(n: number, m: number, whole: boolean): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  // an excerpt may sit anywhere in the whole: no diagonal to keep to, as far as memory allows
  const cells = (n + 1) * (m + 1);
  const full = cells <= FULL_CELLS || (whole && cells <= MAX_CELLS);
  const half = Math.max(80, Math.abs(n - m) + Math.ceil(0.1 * Math.max(n, m)));
  for (let i = 0; i <= n; i++) {
    const centre = n === 0 ? 0 : Math.round((i * m) / n);
    lo[i] = full ? 0 : Math.max(0, centre - half);
    hi[i] = full ? m : Math.min(m, centre + half);
  }
  return { lo, hi };
}

/**
 * Anchor matches of the segment pairs near the band, found through posting
 * lists (which Chinese segments hold each token) rather than by comparing
 * every pair: a report's 700 × 700 pairs would cost most of the run.
 */
class MatchTable {
  private readonly from: Int32Array;
  private readonly offset: Int32Array;
  readonly strong: Float32Array;
  readonly weak: Float32Array;
  readonly terms: Float32Array;
  /** Strong matches of a token found in at most RARE segments of each side: a date or sum said once. */
  readonly rare: Float32Array;
  constructor(en: readonly SegmentFeatures[], zh: readonly SegmentFeatures[], band: Band) {
    const n = en.length;
    this.from = new Int32Array(n);
    this.offset = new Int32Array(n + 1);
    const to = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      this.from[i] = Math.max(0, band.lo[i]! - 4);
      to[i] = Math.min(zh.length, band.hi[Math.min(n, i + 4)]! + 1);
      this.offset[i + 1] = this.offset[i]! + Math.max(0, to[i]! - this.from[i]!);
    }
    const size = this.offset[n]!;
    this.strong = new Float32Array(size);
    this.weak = new Float32Array(size);
    this.terms = new Float32Array(size);
    this.rare = new Float32Array(size);
    const strongEn = postings(en.map((s) => s.anchors.strong));
    const strongZh = postings(zh.map((s) => s.anchors.strong));
    const numbersZh = postings(zh.map((s) => [...s.anchors.strong, ...s.anchors.weak]));
    const weakZh = postings(zh.map((s) => s.anchors.weak));
    const termsZh = postings(zh.map((s) => s.anchors.terms));
    for (let i = 0; i < n; i++) {
      const a = en[i]!.anchors;
      const add = (into: Float32Array, tokens: readonly (string | number)[], index: Map<string | number, Posting>, rare?: Float32Array): void => {
        for (const [token, count] of countsOf(tokens)) {
          const posting = index.get(token);
          if (posting === undefined) continue;
          const isRare = rare !== undefined && posting.segments.length <= RARE && (strongEn.get(token)?.segments.length ?? 0) <= RARE;
          for (let k = lowerBound(posting.segments, this.from[i]!); k < posting.segments.length && posting.segments[k]! < to[i]!; k++) {
            const at = this.offset[i]! + posting.segments[k]! - this.from[i]!;
            into[at]! += Math.min(count, posting.counts[k]!);
            if (isRare) rare[at]! += 1;
          }
        }
      };
      add(this.strong, a.strong, strongZh, this.rare);
      add(this.weak, a.weak, numbersZh);
      add(this.weak, a.strong, weakZh);
      add(this.terms, a.terms, termsZh);
    }
  }
  /** Index of pair (i, j) in the match arrays, -1 outside the stored band. */
  at(i: number, j: number): number {
    const k = j - this.from[i]!;
    return k < 0 || this.offset[i]! + k >= this.offset[i + 1]! ? -1 : this.offset[i]! + k;
  }
}

interface Posting {
  segments: number[];
  counts: number[];
}

function countsOf<T>(tokens: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

function postings(lists: ReadonlyArray<readonly (string | number)[]>): Map<string | number, Posting> {
  const index = new Map<string | number, Posting>();
  lists.forEach((tokens, segment) => {
    for (const [token, count] of countsOf(tokens)) {
      let posting = index.get(token);
      if (posting === undefined) index.set(token, (posting = { segments: [], counts: [] }));
      posting.segments.push(segment);
      posting.counts.push(count);
    }
  });
  return index;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Which document may be left unmatched before and after the stretch the other
 * translates, at no cost (an excerpt against the whole report); null: both whole.
 */
export type FreeEnds = 'en' | 'zh' | null;

/** The best sequence of beads through both documents (Gale–Church with anchors). */
export function alignSegments(en: readonly SegmentFeatures[], zh: readonly SegmentFeatures[], model: LengthModel, freeEnds: FreeEnds = null): Bead[] {
  const n = en.length;
  const m = zh.length;
  const band = bandOf(n, m, freeEnds !== null);
  const table = new MatchTable(en, zh, band);
  // cells stored row by row, each row only over its band
  const rowStart = new Int32Array(n + 2);
  for (let r = 0; r <= n; r++) rowStart[r + 1] = rowStart[r]! + band.hi[r]! - band.lo[r]! + 1;
  const cost = new Float64Array(rowStart[n + 1]!).fill(Infinity);
  const back = new Int8Array(rowStart[n + 1]!).fill(-1);
  cost[0] = 0;
  const prefixEn = prefix(en.map((s) => s.length));
  const prefixZh = prefix(zh.map((s) => s.length));
  const strongEnSum = prefix(en.map((s) => s.anchors.strong.length));
  const strongZhSum = prefix(zh.map((s) => s.anchors.strong.length));
  const termsEnSum = prefix(en.map((s) => s.anchors.terms.length));
  const termsZhSum = prefix(zh.map((s) => s.anchors.terms.length));
  const beadEn = Int32Array.from(BEADS, (b) => b.en);
  const beadZh = Int32Array.from(BEADS, (b) => b.zh);
  const { lo, hi } = band;
  for (let i = 0; i <= n; i++) {
    const row = rowStart[i]! - lo[i]!;
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestBead = -1;
      for (let b = 0; b < beadEn.length; b++) {
        const pi = i - beadEn[b]!;
        const pj = j - beadZh[b]!;
        if (pi < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const previous = cost[rowStart[pi]! + pj - lo[pi]!]!;
        if (previous === Infinity) continue;
        const lenEn = prefixEn[i]! - prefixEn[pi]!;
        const lenZh = prefixZh[j]! - prefixZh[pj]!;
        // A segment left out costs a flat price and a little per character, not the
        // length misfit of Gale–Church: that grows with the segment, and a translation
        // that skipped a long passage then drifts out of step rather than skip it.
        if (freeEnds === 'zh' && pi === i && (i === 0 || i === n)) {
          if (previous < best) [best, bestBead] = [previous, b];
          continue;
        }
        if (freeEnds === 'en' && pj === j && (j === 0 || j === m)) {
          if (previous < best) [best, bestBead] = [previous, b];
          continue;
        }
        const lengthCost = pi === i || pj === j ? DROP_PER_CHAR * (lenEn / model.ratio + lenZh) : misfitCost(lengthDelta(lenEn, lenZh, model));
        const total = previous + BEAD_COST[b]! + lengthCost - beadAnchors(pi, i, pj, j);
        if (total < best) {
          best = total;
          bestBead = b;
        }
      }
      cost[row + j] = best;
      back[row + j] = bestBead;
    }
  }

  function beadAnchors(i0: number, i1: number, j0: number, j1: number): number {
    let strong = 0;
    let weak = 0;
    let terms = 0;
    let rare = 0;
    for (let i = i0; i < i1; i++) {
      for (let j = j0; j < j1; j++) {
        const at = table.at(i, j);
        if (at < 0) continue;
        strong += table.strong[at]!;
        weak += table.weak[at]!;
        terms += table.terms[at]!;
        rare += table.rare[at]!;
      }
    }
    const bothSides = i1 > i0 && j1 > j0;
    const headingEn = i1 - i0 === 1 && en[i0]!.heading;
    const headingZh = j1 - j0 === 1 && zh[j0]!.heading;
    return RARE_MATCH * rare + anchorScore(
      strong,
      weak,
      terms,
      strongEnSum[i1]! - strongEnSum[i0]!,
      strongZhSum[j1]! - strongZhSum[j0]!,
      bothSides ? termsEnSum[i1]! - termsEnSum[i0]! : 0,
      bothSides ? termsZhSum[j1]! - termsZhSum[j0]! : 0,
      bothSides && headingEn,
      bothSides && headingZh,
    );
  }

  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const b = back[rowStart[i]! + j - band.lo[i]!]!;
    if (b < 0) throw new Error(`align: no path through cell ${i},${j}`);
    const bead = BEADS[b]!;
    const i0 = i - bead.en;
    const j0 = j - bead.zh;
    const lenEn = prefixEn[i]! - prefixEn[i0]!;
    const lenZh = prefixZh[j]! - prefixZh[j0]!;
    beads.push({ en: [i0, i], zh: [j0, j], lengthFit: lengthFit(lengthDelta(lenEn, lenZh, model)), anchors: beadAnchors(i0, i, j0, j) });
    i = i0;
    j = j0;
  }
  return beads.reverse();
}

function prefix(values: readonly number[]): Float64Array {
  const sums = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) sums[k + 1] = sums[k]! + values[k]!;
  return sums;
}
