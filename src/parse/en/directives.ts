/** The English passes in order, sentence by sentence, carrying frames and list intros across sentences. */
import type { DraftDirective } from '../types.js';
import { sentenceDirectives, type Intro } from './assemble.js';
import { clip, splitClauses } from './clauses.js';
import { findCues, type Cue } from './cues.js';
import { readFrame, type Frame } from './frames.js';
import { ASSESSMENT_REGEX, hasMainVerb } from './lexicon.js';
import { segment, type Sentence } from './segment.js';
import { addresseeFor, subjectStartOf } from './subjects.js';

export function parseEnglishDirectives(text: string): DraftDirective[] {
  const drafts: DraftDirective[] = [];
  let frame: Frame | null = null;
  let intro: Intro | null = null;
  for (const paragraph of segment(text)) {
    let paragraphHasDirective = false;
    let paragraphHasFrame = false;
    let previousWasDirective = false;
    for (const sentence of paragraph.sentences) {
      if (sentence.heading && !sentence.marker) {
        previousWasDirective = false;
        intro = null;
        continue;
      }
      let bodyStart = sentence.start;
      const framed = readFrame(text, sentence, frame);
      if (framed) {
        frame = framed.frame;
        paragraphHasFrame = true;
        bodyStart = framed.bodyStart;
        intro = null;
      } else {
        const assessment = ASSESSMENT_REGEX.exec(text.slice(sentence.start, sentence.end));
        if (assessment) bodyStart = sentence.start + assessment[0].length;
      }
      const produced = sentenceDirectives(text, sentence, bodyStart, {
        frame,
        intro,
        objectFrame: framed?.objectCue ?? false,
        needTo: framed?.needTo ?? false,
        passage: previousWasDirective || paragraphHasDirective || (frame !== null && (paragraphHasFrame || sentence.marker !== null)) || intro !== null,
      });
      // a colon-closed sentence with a cue and nothing after it introduces a list
      if (sentence.endsWithColon) {
        const opened = listIntro(text, sentence, bodyStart, frame);
        if (opened.cue !== null || framed || produced.length === 0) {
          intro = opened.intro;
          // the intro clause itself is not a directive; earlier clauses of the sentence may be
          const kept = produced.filter((d) => opened.cue === null || d.start < opened.clauseStart);
          drafts.push(...kept);
          paragraphHasDirective ||= kept.length > 0;
          previousWasDirective = true;
          continue;
        }
      } else if (!sentence.marker) {
        intro = null;
      }
      // a verbless fragment split off by translation belongs to the directive before it
      const last = drafts[drafts.length - 1];
      if (produced.length === 0 && previousWasDirective && !framed && last && !hasMainVerb(text.slice(sentence.start, sentence.end)) && last.paragraph === paragraph.index) {
        last.end = clip(text, { start: last.start, end: sentence.end }).end;
        continue;
      }
      drafts.push(...produced);
      previousWasDirective = produced.length > 0;
      paragraphHasDirective ||= produced.length > 0;
    }
    // a paragraph that is neither framed nor directive ends the frame's reach
    if (!paragraphHasDirective && !paragraphHasFrame && !(intro && paragraph.sentences.at(-1)?.endsWithColon)) frame = null;
  }
  return drafts;
}

/** "We must:" — the cue of a colon-closed line's last clause, which its list items inherit. */
function listIntro(text: string, sentence: Sentence, bodyStart: number, frame: Frame | null): { intro: Intro; cue: Cue | null; clauseStart: number } {
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
