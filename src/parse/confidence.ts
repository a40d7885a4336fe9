import type { Signal } from '../vocab/signals.js';

/**
 * How much each signal says about a directive, per language (vocab/en, vocab/zh):
 * the strongest piece of evidence sets the base, each doubt scales it down.
 * Calibrated on the development set (issue 10: ≥ 0.98 precise at ≥ 0.9).
 */
export interface ConfidenceWeights {
  /** Base confidence a positive signal gives; the highest present wins. */
  readonly evidence: Partial<Readonly<Record<Signal, number>>>;
  /** Factor (0–1) each doubt multiplies the base by. */
  readonly doubts: Partial<Readonly<Record<Signal, number>>>;
  /** Base when no positive signal is present. */
  readonly fallback: number;
}

export function confidenceOf(signals: readonly Signal[], weights: ConfidenceWeights): number {
  let base = weights.fallback;
  let factor = 1;
  for (const signal of signals) {
    const evidence = weights.evidence[signal];
    if (evidence !== undefined && evidence > base) base = evidence;
    const doubt = weights.doubts[signal];
    if (doubt !== undefined) factor *= doubt;
  }
  return Math.round(Math.min(1, Math.max(0, base * factor)) * 100) / 100;
}
