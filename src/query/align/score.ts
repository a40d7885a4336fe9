/**
 * Costs of the segment alignment, in nats (negative log-probabilities), after
 * Gale & Church, "A Program for Aligning Sentences in Bilingual Corpora"
 * (Computational Linguistics 19:1, 1993): a bead's cost is its prior plus how
 * unlikely its length ratio is, less what its anchors say for it.
 */

/**
 * Bead shapes [English segments, Chinese segments] with their prior weight.
 * A segment without counterpart weighs ten times Gale & Church's 0.0099: with
 * their figure a translation that skipped a passage drifted out of step
 * rather than skip it (`npm run eval:align -- --omit`).
 */
export const BEADS = [
  { en: 1, zh: 1, prior: 0.84 },
  { en: 2, zh: 1, prior: 0.06 },
  { en: 1, zh: 2, prior: 0.045 },
  { en: 3, zh: 1, prior: 0.015 },
  { en: 1, zh: 3, prior: 0.01 },
  { en: 2, zh: 2, prior: 0.01 },
  { en: 1, zh: 0, prior: 0.05 },
  { en: 0, zh: 1, prior: 0.05 },
] as const;

export const BEAD_COST = BEADS.map((b) => -Math.log(b.prior));

export interface LengthModel {
  /** English content characters per Chinese character. */
  ratio: number;
  /** Variance of the English length per Chinese character. */
  variance: number;
}

/** Abramowitz–Stegun 26.2.17: the normal upper tail, enough precision for costs. */
export function upperTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return 0.3989422804014327 * Math.exp((-z * z) / 2) * poly;
}

/** How far a bead's English length is from what its Chinese length predicts, in standard deviations. */
export function lengthDelta(en: number, zh: number, model: LengthModel): number {
  const mean = (zh + en / model.ratio) / 2;
  return (en - zh * model.ratio) / Math.sqrt(Math.max(1, mean) * model.variance);
}

/** Probability of a length difference at least this large (two-sided), 1 for a perfect fit. */
export function lengthFit(delta: number): number {
  return Math.max(1e-12, 2 * upperTail(Math.abs(delta)));
}

const STEP = 0.005;
const MISFIT = Float64Array.from({ length: 1601 }, (_, k) => -Math.log(lengthFit(k * STEP)));

/** -log(lengthFit(delta)) from a table: the programme asks it millions of times. */
export function misfitCost(delta: number): number {
  const k = Math.abs(delta) / STEP;
  if (k >= 1600) return MISFIT[1600]!;
  const low = Math.floor(k);
  return MISFIT[low]! + (k - low) * (MISFIT[low + 1]! - MISFIT[low]!);
}

/** Anchor weights: a shared number is strong evidence, a number on one side only is evidence against. */
const STRONG_MATCH = 2.5;
/** Added to a strong match when the token is rare on both sides (dp.ts, RARE). */
export const RARE_MATCH = 4;
const STRONG_MISS = 0.9;
const WEAK_MATCH = 0.6;
const TERM_MATCH = 0.35;
const TERM_MISS = 0.12;
const HEADING_MATCH = 1.5;
const HEADING_MISS = 1.0;

/**
 * What the anchors of a bead say for it (positive) or against it (negative),
 * in nats: `strong`, `weak` and `terms` are the matches between its sides,
 * the others what each side holds. Positional, as the programme calls it
 * millions of times and an object per call is garbage.
 */
export function anchorScore(
  strong: number,
  weak: number,
  terms: number,
  strongEn: number,
  strongZh: number,
  termsEn: number,
  termsZh: number,
  headingEn: boolean,
  headingZh: boolean,
): number {
  const strongShared = Math.min(strong, strongEn, strongZh);
  const termsShared = Math.min(terms, termsEn, termsZh);
  const strongMiss = strongEn + strongZh - 2 * strongShared;
  const termMiss = termsEn + termsZh - 2 * termsShared;
  let score = STRONG_MATCH * strongShared - STRONG_MISS * strongMiss + WEAK_MATCH * weak + TERM_MATCH * termsShared - TERM_MISS * termMiss;
  if (headingEn && headingZh) score += HEADING_MATCH;
  else if (headingEn !== headingZh) score -= HEADING_MISS;
  return score;
}

export function multisetOverlap<T>(a: readonly T[], b: readonly T[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<T, number>();
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) + 1);
  let shared = 0;
  for (const x of a) {
    const left = counts.get(x) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(x, left - 1);
    }
  }
  return shared;
}
