/** Pass 6c, intros and labels: a colon-closed line whose items inherit its cue, and a command label run into its paragraph. */
import type { DraftDirective } from '../types.js';
import { addresseeFor } from './addressees.js';
import type { Intro } from './assemble.js';
import { clip, splitClauses } from './clauses.js';
import { findCues, type Cue } from './cues.js';
import { makeDraft } from './draft.js';
import type { Frame } from './frames.js';
import { opensImperative, words } from './lexicon.js';
import type { Sentence } from './segment.js';
import { subjectStartOf } from './subjects.js';

/** "We must:" — the cue of a colon-closed line's last clause, which its list items inherit. */
export function listIntro(text: string, sentence: Sentence, bodyStart: number, frame: Frame | null): { intro: Intro; cue: Cue | null; clauseStart: number } {
  const body = { start: bodyStart, end: sentence.end };
  const cue = findCues(text, body)[0];
  const lastClause = splitClauses(text, body).at(-1);
  if (!cue || !lastClause || cue.start < lastClause.start) {
    return { intro: { cue: null, force: frame?.force ?? null, addressee: null }, cue: null, clauseStart: 0 };
  }
  const cueStart = subjectStartOf(text, { start: lastClause.start, end: cue.start });
  return {
    intro: {
      cue: text.slice(cueStart, cue.end).replace(/\s+also\b/i, ' also').trim(),
      force: cue.force,
      addressee: addresseeFor(text, lastClause.start, cue),
    },
    cue,
    clauseStart: lastClause.start,
  };
}

/** A short bare-verb sentence opening a paragraph, kept if a directive follows it. */
export function runInLabel(text: string, sentence: Sentence, frame: Frame | null): DraftDirective | null {
  const span = clip(text, sentence);
  const body = text.slice(span.start, span.end);
  const count = words(body).length;
  if (count < 2 || count > 12 || !opensImperative(body) || /[,;:]/.test(body)) return null;
  return makeDraft(text, span, sentence, { force: 'imperative', cue: null, addressee: null, frame, signals: ['run-in-label', 'bare-imperative', 'no-subject'] }, span.start);
}
