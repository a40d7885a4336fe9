/** Pass 8, document signals and confidence: what only the whole text shows, then each draft's confidence. */
import { EN_CONFIDENCE } from '../../vocab/en/confidence.js';
import { confidenceOf } from '../confidence.js';
import type { DraftDirective } from '../types.js';

/**
 * Signals that only the whole text shows, then each draft's confidence. A text where
 * few sentences are directives is a mixed one (news lines, a bulletin): what it yields
 * is doubtful (issue 10, "Say how sure it is").
 */
export function withConfidence(drafts: DraftDirective[], sentences: number): DraftDirective[] {
  const sentencesWithDirectives = new Set(drafts.map((d) => d.sentence)).size;
  const mixed = sentences >= MIXED_MIN_SENTENCES && sentencesWithDirectives < sentences * MIXED_SHARE;
  for (const draft of drafts) {
    const signals = draft.signals ?? [];
    if (mixed) signals.push('mixed-document');
    draft.signals = signals;
    draft.confidence = confidenceOf(signals, EN_CONFIDENCE);
  }
  return drafts;
}

/** Below this share of directive sentences, in a text at least this long, a text is mixed. */
const MIXED_MIN_SENTENCES = 12;
const MIXED_SHARE = 0.15;
