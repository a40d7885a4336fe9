/** The English passes in order, sentence by sentence, carrying frames and list intros across sentences. */
import type { DraftDirective } from '../types.js';
import { sentenceDirectives, type Intro } from './assemble.js';
import { ORDINAL_IS_TO, clip } from './clauses.js';
import { withConfidence } from './document-signals.js';
import { readFrame, trailingFrame, type Frame } from './frames.js';
import { listIntro, runInLabel } from './intros.js';
import { ASSESSMENT_REGEX } from './frame-patterns.js';
import { hasMainVerb } from './lexicon.js';
import { segment, type Sentence } from './segment.js';

export function parseEnglishDirectives(text: string): DraftDirective[] {
  const drafts: DraftDirective[] = [];
  let frame: Frame | null = null;
  let intro: Intro | null = null;
  // a paragraph of bare imperatives continues the directive passage of the one before it (issue 10 item 5)
  let carried = false;
  let sentences = 0;
  for (const paragraph of segment(text)) {
    let paragraphHasDirective = false;
    let paragraphHasFrame = false;
    let previousWasDirective: boolean = carried;
    let label: { sentence: Sentence; frame: Frame | null } | null = null;
    for (const raw of paragraph.sentences) {
      // a dateline opens a new story: no frame carries into it, and it is no part of any issuer (issue 10 item 12)
      const dateline = DATELINE.exec(text.slice(raw.start, raw.end));
      const sentence = dateline ? { ...raw, start: raw.start + dateline[0].length } : raw;
      if (dateline) {
        frame = null;
        intro = null;
        previousWasDirective = false;
      }
      // a stand-alone title line is a heading, numbered or not; a bulleted line without a stop stays an item
      if (sentence.heading && (!sentence.marker || NUMBERING.test(sentence.marker))) {
        previousWasDirective = false;
        intro = null;
        continue;
      }
      let bodyStart = sentence.start;
      const framed = readFrame(text, sentence, frame);
      const trailing = framed ? null : trailingFrame(text, sentence);
      if (framed) {
        frame = framed.frame;
        paragraphHasFrame = true;
        bodyStart = framed.bodyStart;
        intro = null;
      } else {
        const assessment = ASSESSMENT_REGEX.exec(text.slice(sentence.start, sentence.end));
        if (assessment) bodyStart = sentence.start + assessment[0].length;
      }
      const listItem = sentence.marker !== null || ORDINAL_IS_TO.test(text.slice(bodyStart, sentence.end));
      const passage = previousWasDirective || paragraphHasDirective || (frame !== null && (paragraphHasFrame || listItem)) || intro !== null;
      const produced = sentenceDirectives(text, trailing ? { ...sentence, end: trailing.end } : sentence, bodyStart, {
        frame: trailing?.frame ?? frame,
        intro,
        objectFrame: framed?.objectCue ?? false,
        needTo: framed?.needTo ?? false,
        passage,
        listItem,
        framedHere: framed !== null || trailing !== null,
      });
      // "Guarantee supply and strengthen reserves. We should …": a command label run into its paragraph
      const labelled = label && produced.length > 0 && !framed ? runInLabel(text, label.sentence, label.frame) : null;
      if (labelled) drafts.push(labelled);
      label = produced.length === 0 && !passage && raw === paragraph.sentences[0] && !framed ? { sentence, frame } : null;
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
      } else if (!listItem && !(intro && produced.some((d) => d.signals?.includes('list-item')))) {
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
    carried = previousWasDirective && paragraphHasDirective;
    sentences += paragraph.sentences.length;
    // a paragraph that is neither framed nor directive ends the frame's reach
    if (!paragraphHasDirective && !paragraphHasFrame && !(intro && paragraph.sentences.at(-1)?.endsWithColon)) frame = null;
  }
  return withConfidence(drafts, sentences);
}

/** "BEIJING, June 3 (Xinhua) -- ": where a news story starts. */
const DATELINE = /^[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s*\((?:Xinhua|CGTN|Reuters|AP|AFP|China Daily|People's Daily|CCTV)\)\s*(?:--|—|–|-)\s*/;

/** List numbers ("3.", "II.", "(1)", "（一）") as against bullets ("—", "■"). */
const NUMBERING = /^(?:\(?\d{1,2}[.．、)]?|（?[\d一二三四五六七八九十]{1,3}[）、.．]|[IVX]{1,4}[.．]|\([a-z]\)|[①-⑳])$/;
