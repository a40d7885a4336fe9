import type { LanguageParser } from '../types.js';
import { parseEnglishDirectives } from './directives.js';
import { englishMetadata } from './metadata.js';

/**
 * The English parser as ordered passes (issue 11 item 4); `directives.ts` runs them
 * sentence by sentence, word lists live in src/vocab/en:
 *   1. lines.ts, segment.ts  logical lines, paragraphs and sentences with offsets
 *   2. frames.ts             reporting frames ("The meeting stressed that …") and issuers
 *   3. cues.ts               deontic cues, and which of them govern a clause
 *   4. subjects.ts           the subject before a cue and whether it can be an addressee
 *   5. clauses.ts            ';'/':' clauses, split again at cues with their own subject
 *   6. assemble.ts           clauses and cues as directives (object-frame.ts: cues carried by the frame)
 *   7. draft.ts, actions.ts  actions, purpose, themes; metadata.ts reads title, date, place, participants
 */
export const englishParser: LanguageParser = {
  language: 'en',
  directives: parseEnglishDirectives,
  metadata: englishMetadata,
};
