import type { Signal } from '../signals.js';

/**
 * How much each signal says about an English directive (parse/confidence.ts combines
 * them: the strongest evidence sets the base, each doubt scales it). Calibrated on
 * eval/dev (issue 10): the ≥ 0.9 band must be ≥ 0.98 precise, and what is often
 * wrong — news lines, weak cues, labels — must fall below 0.7.
 */
export const EN_CONFIDENCE = {
  evidence: {
    'explicit-cue': 0.95,
    frame: 0.93,
    'requirement-frame': 0.95,
    'carried-frame': 0.9,
    'list-item': 0.9,
    'object-frame': 0.9,
    'bare-imperative': 0.8,
    'run-in-label': 0.75,
  },
  doubts: {
    'no-subject': 0.97,
    'no-frame-passage': 0.95,
    'shared-subject': 0.98,
    'weak-cue': 0.75,
    'non-agent-will': 0.9,
    hope: 0.85,
    'mixed-document': 0.6,
  },
  fallback: 0.5,
} as const satisfies {
  evidence: Partial<Record<Signal, number>>;
  doubts: Partial<Record<Signal, number>>;
  fallback: number;
};
