import type { Signal } from '../signals.js';

/**
 * How much each signal says about a Chinese directive (issue 10, "Say how sure it is"),
 * calibrated on the Chinese development documents: a cue under a frame, or a cue with a
 * named actor, is almost always right; a bare verb clause or a list position alone less
 * so; anything in a mixed news document is in doubt.
 */
// shaped like parse/confidence.ts's ConfidenceWeights; typed here by Signal alone, since vocab sits below parse
export const ZH_CONFIDENCE: {
  evidence: Partial<Record<Signal, number>>;
  doubts: Partial<Record<Signal, number>>;
  fallback: number;
} = {
  evidence: {
    'explicit-cue': 0.95,
    frame: 0.85,
    'requirement-frame': 0.85,
    // a bare verb clause under a readout's frame is right far more often than one in a
    // frameless text, where reviews of work done read the same way
    'carried-frame': 0.8,
    'list-item': 0.8,
    'bare-imperative': 0.7,
  },
  doubts: {
    'no-subject': 0.97,
    hope: 0.9,
    'non-agent-will': 0.7,
    // on the bulletin of the development set, 3 of 47 "directives" were right before the
    // story rules; what is left there is mostly right, but the kind of text stays risky
    'mixed-document': 0.75,
  },
  fallback: 0.5,
};
