/** Pass 7, actions and metadata: a directive's span and fields become a draft with its actions, purpose and themes. */
import type { Force } from '../../vocab/forces.js';
import type { Signal } from '../../vocab/signals.js';
import type { Span } from '../span.js';
import type { DraftDirective } from '../types.js';
import { describeActions } from './actions.js';
import type { Frame } from './frames.js';
import type { Sentence } from './segment.js';

export interface DraftFields {
  force: Force;
  cue: string | null;
  addressee: string | null;
  frame: Frame | null;
  /** The evidence for it, strongest first (vocab/signals.ts). */
  signals: Signal[];
}

/** `actionsFrom`: where the predicate begins (after the cue), so the subject is no action. */
export function makeDraft(text: string, span: Span, sentence: Sentence, fields: DraftFields, actionsFrom: number): DraftDirective {
  const described = describeActions(text, { start: Math.max(span.start, actionsFrom), end: span.end });
  return {
    start: span.start,
    end: span.end,
    force: fields.force,
    cue: fields.cue,
    reporting: fields.frame?.reporting ?? null,
    issuer: fields.frame?.issuer ?? null,
    addressee: fields.addressee,
    actions: described.actions,
    purpose: described.purpose,
    themes: described.themes,
    paragraph: sentence.paragraph,
    sentence: sentence.index,
    signals: fields.signals,
  };
}
