import { ZH_MEETING_ISSUER } from '../../vocab/zh/cues.js';
import { ZH_CONFIDENCE } from '../../vocab/zh/confidence.js';
import { confidenceOf } from '../confidence.js';
import { opensImperative } from './analyze.js';
import { findClauseCue } from './cues.js';
import { sentenceDirectives, type ZhDraft } from './directives.js';
import { detectFrame, frameClause, innerFrame, isNarrative, isNewsOpening, type Frame } from './frames.js';
import { participantsOf, titleSpan } from './metadata.js';
import {
  datelineLength,
  isHeadingLine,
  nestingMask,
  numberMarkerLength,
  splitClauses,
  splitSentences,
  startsWithListWord,
  type Sentence,
} from './segment.js';

export interface ScoredZhDraft extends ZhDraft {
  confidence: number;
}

/**
 * Does a new paragraph continue the directive passage before it (issue 10, item 8)?
 * It does when it opens with a cue ("要…", "各级党委要…"), a list word or number
 * (二是…, （三）…) or a bare verb.
 */
function continuesPassage(text: string, sentence: Sentence, from: number, mask: Uint8Array): boolean {
  const first = splitClauses(text, from, sentence.end)[0];
  if (first === undefined) return false;
  if (numberMarkerLength(text, from, sentence.end) > 0 || startsWithListWord(text, from, sentence.end)) return true;
  if (findClauseCue(text, first, true, mask, sentence.start) !== null) return true;
  return opensImperative(text.slice(first.start, first.end));
}

/**
 * A document of many stories: datelines ("央视网消息：") more than once, or several
 * headlines — unnumbered title lines long enough to tell news (a notice's numbered
 * sections and its signature lines are not stories).
 */
function isMixed(text: string, sentences: Sentence[], headings: boolean[]): boolean {
  let datelines = 0;
  let headlines = 0;
  sentences.forEach((s, i) => {
    if (datelineLength(text, s.start, s.end) > 0) datelines++;
    const numbered = numberMarkerLength(text, s.start, s.end) > 0 || startsWithListWord(text, s.start, s.end);
    if (headings[i] && !numbered && s.end - s.start >= 8) headlines++;
  });
  return datelines >= 2 || headlines >= 4;
}

/** Every directive of a Chinese text, in document order, with its signals and confidence. */
export function chineseDirectives(text: string): ScoredZhDraft[] {
  const title = titleSpan(text);
  const speakers = participantsOf(title ? text.slice(title.end) : text).map((p) => p.name);
  const sentences = splitSentences(text).filter((s) => !title || s.start >= title.end);
  const headings = sentences.map((s) => isHeadingLine(text, s));
  const mixed = isMixed(text, sentences, headings);
  // Readouts report through frames and reset at each paragraph; a text with no frame at
  // all (a work report, a plan) is one directive passage throughout.
  const hasFrames = sentences.some((s) => detectFrame(text, s.start, s.end, speakers, null) !== null);
  let frame: Frame | null = null;
  let carry: Frame | null = null;
  let passage = !hasFrames;
  let paragraph = -1;
  let paragraphHad = false;
  let lastSpeaker: string | null = null;
  const out: ZhDraft[] = [];

  sentences.forEach((sentence, i) => {
    if (headings[i]) {
      // a headline opens a new story: no frame or speaker carries past it (issue 10, item 12)
      frame = null;
      carry = null;
      passage = !hasFrames;
      paragraphHad = false;
      paragraph = sentence.paragraph;
      if (mixed) lastSpeaker = null;
      return;
    }
    const mask = nestingMask(text, sentence.start, sentence.end);
    const dateline = datelineLength(text, sentence.start, sentence.end);
    if (dateline > 0) {
      // a dateline opens a story as a headline does
      [frame, carry, paragraphHad] = [null, null, false];
      if (mixed) lastSpeaker = null;
    }
    let contentStart = sentence.start + dateline;
    while (contentStart < sentence.end && /[\s\u3000]/.test(text[contentStart]!)) contentStart++;
    if (sentence.paragraph !== paragraph) {
      if (hasFrames) {
        carry = paragraphHad ? frame : null;
        frame = null;
        passage = false;
      }
      paragraph = sentence.paragraph;
      paragraphHad = false;
    }
    let active: Frame | null;
    let opensHere = false;
    const found = detectFrame(text, contentStart, sentence.end, speakers, lastSpeaker);
    if (found) {
      if (found.issuer && found.issuer !== ZH_MEETING_ISSUER) lastSpeaker = found.issuer;
      carry = null;
      if (found.reporting === null) {
        // 会议认为: an assessment closes the passage (issue 6)
        frame = null;
        passage = false;
        return;
      }
      frame = found;
      // what a speaker says or reminds of is a directive only where it has a cue of its own
      passage = found.reporting !== 'say' && found.reporting !== 'remind';
      contentStart = found.contentStart;
      active = frame;
      opensHere = true;
    } else if (isNarrative(text, contentStart, sentence.end) || isNewsOpening(text, contentStart, sentence.end)) {
      frame = null;
      passage = false;
      carry = null;
      // "会议审议通过了…，指出…", "…，决定将修订稿提请…审议": a frame after the narrative head
      const clauses = splitClauses(text, contentStart, sentence.end);
      const inner =
        clauses.slice(1).map((clause) => frameClause(text, clause.start, clause.end)).find((f) => f !== null) ??
        innerFrame(text, clauses, null);
      if (!inner) return;
      // a decision stays with its sentence; 指出/强调 carry on like any frame
      if (inner.reporting !== 'decide') frame = inner;
      passage = inner.reporting !== 'decide' && inner.reporting !== 'say';
      active = inner;
      contentStart = inner.contentStart;
      opensHere = true;
    } else {
      if (carry && continuesPassage(text, sentence, contentStart, mask)) {
        frame = carry;
        passage = true;
      }
      carry = null;
      active = frame;
    }
    if (contentStart >= sentence.end) return;
    const context = { text, sentence, frame: active, passage, contentStart, frameOpensHere: opensHere, mask, mixed };
    // "北京市有关部门发布通知，提高…": a frame inside the sentence, for this sentence only
    const inner = active === null ? innerFrame(text, splitClauses(text, contentStart, sentence.end), lastSpeaker) : null;
    let directives = inner
      ? sentenceDirectives({ ...context, frame: inner, passage: inner.reporting !== 'say', contentStart: inner.contentStart, frameOpensHere: true })
      : [];
    if (directives.length === 0) directives = sentenceDirectives(context);
    if (directives.length > 0) {
      out.push(...directives);
      paragraphHad = true;
      passage = true;
    }
  });
  return out.map((d) => ({ ...d, confidence: confidenceOf(d.signals, ZH_CONFIDENCE) }));
}
