import type { LanguageParser } from '../types.js';
import { parseEnglishDirectives } from './directives.js';
import { englishMetadata } from './metadata.js';

/**
 * The English parser as ordered passes (issue 11 item 4); `directives.ts` runs them
 * sentence by sentence, word lists live in src/vocab/en:
 *   1. lines.ts, segment.ts          logical lines, paragraphs and sentences with offsets
 *   2. frames.ts (frame-patterns.ts) reporting frames ("The meeting stressed that …"), issuers, trailing frames
 *   3. cues.ts, governing.ts         deontic cues, and which of them govern a clause of their own
 *   4. subjects.ts, addressees.ts    the subject before a cue, and whether and how it is an addressee
 *   5. clauses.ts                    ';'/':' clauses, split again at cues with their own subject
 *   6. assemble.ts, draft-units.ts   clauses and cues as directives; object-frame.ts: cues the frame carries;
 *      intros.ts                     list intros ("We must:") and run-in command labels
 *   7. draft.ts, actions.ts, themes.ts  actions, purpose, themes; metadata.ts, dates.ts: title, date, place, participants
 *   8. document-signals.ts           signals only the whole text shows, then each directive's confidence
 */
export const englishParser: LanguageParser = {
  language: 'en',
  directives: parseEnglishDirectives,
  metadata: englishMetadata,
};
