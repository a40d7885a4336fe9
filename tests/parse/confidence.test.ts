import { describe, expect, it } from 'vitest';
import { confidenceOf, type ConfidenceWeights } from '../../src/parse/confidence.js';

const WEIGHTS: ConfidenceWeights = {
  evidence: { 'explicit-cue': 0.95, frame: 0.9, 'bare-imperative': 0.6 },
  doubts: { 'non-agent-will': 0.5, 'mixed-document': 0.8 },
  fallback: 0.4,
};

describe('confidenceOf', () => {
  it('takes the strongest evidence as the base', () => {
    expect(confidenceOf(['bare-imperative', 'explicit-cue'], WEIGHTS)).toBe(0.95);
  });
  it('scales the base down for each doubt', () => {
    expect(confidenceOf(['explicit-cue', 'non-agent-will', 'mixed-document'], WEIGHTS)).toBe(0.38);
  });
  it('falls back when no evidence is known', () => {
    expect(confidenceOf([], WEIGHTS)).toBe(0.4);
  });
});
