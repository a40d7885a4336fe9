import { ZH_FRAME_VERBS, ZH_MEETING_ISSUER, ZH_MEETING_SUBJECTS } from '../../vocab/zh/cues.js';

export interface Frame {
  /** English base verb, or null for an assessment (会议认为). */
  reporting: string | null;
  issuer: string | null;
  /** The frame verb as written (强调, 决定 …). */
  verb: string;
  /** Offset where the reported content begins (after "会议强调，"). */
  contentStart: number;
}

const VERBS = ZH_FRAME_VERBS.map((entry) => entry.verb).join('|');
const MEETING = ZH_MEETING_SUBJECTS.join('|');
const MEETING_ADVERBS = '还|也|同时|进一步|并|特别|明确|深刻|再次|最后|一致|认真';
const TITLES = '总书记|总理|副总理|主席|副主席|书记|同志|组长|部长|主任';
const SPEECH = '在(?:会上|讲话中|重要讲话中|主持会议时|讲话时|发言中|会议上|总结讲话中|会上讲话时)(?:发表重要讲话|讲话)?|发表重要讲话|作重要讲话|讲话';

const MEETING_FRAME = new RegExp(`^(?:${MEETING})(?:上)?(?:${MEETING_ADVERBS})*(?:研究)?(${VERBS})(?:了)?[，,：:]?`);
const SPEAKER_FRAME = new RegExp(
  `^(他|她|[\\u4e00-\\u9fa5]{2,4}?)(${TITLES})?(${SPEECH})?(?:还|也|同时|进一步|并|特别|深刻|再次|最后)?(指出|强调|要求|提出|表示|希望|号召)[，,：:]`,
);
const NARRATIVE = new RegExp(`^(?:${MEETING})(?:还|也|同时|并|认真|原则)?(?!${VERBS})`);
/** A clause that opens a reported decision after a narrative head: "会议讨论了…，决定将…". */
const DECISION_CLAUSE = /^(?:会议)?(?:还|并|同时|一致)?(决定)[，,：:]?/;

const reportingOf = (verb: string): string | null =>
  ZH_FRAME_VERBS.find((entry) => entry.verb === verb)?.reporting ?? null;

/**
 * The frame heading the sentence [start, end), if any. `speakers` are names the metadata
 * found (…主持会议并讲话); any other name counts only with a title or a speech phrase
 * ("习近平总书记强调", "李强在讲话中指出"). `lastSpeaker` resolves 他/她.
 */
export function detectFrame(
  text: string,
  start: number,
  end: number,
  speakers: readonly string[],
  lastSpeaker: string | null,
): Frame | null {
  const sentence = text.slice(start, end);
  const meeting = MEETING_FRAME.exec(sentence);
  if (meeting) {
    const verb = meeting[1]!;
    return { reporting: reportingOf(verb), issuer: ZH_MEETING_ISSUER, verb, contentStart: start + meeting[0].length };
  }
  const speaker = SPEAKER_FRAME.exec(sentence);
  if (speaker) {
    const name = speaker[1]!;
    const pronoun = name === '他' || name === '她';
    // a bare subject before 指出/强调 and a comma is a speaker too ("习近平指出，"): those
    // verbs report speech; 要求/提出 after an arbitrary noun often do not
    const known =
      speakers.includes(name) ||
      speaker[2] !== undefined ||
      speaker[3] !== undefined ||
      /^(?:指出|强调)$/.test(speaker[4]!);
    if ((pronoun && lastSpeaker) || (!pronoun && known && !ZH_MEETING_SUBJECTS.some((s) => name.startsWith(s)))) {
      const verb = speaker[4]!;
      return {
        reporting: reportingOf(verb),
        issuer: pronoun ? lastSpeaker : name,
        verb,
        contentStart: start + speaker[0].length,
      };
    }
  }
  return null;
}

/** "会议审议通过了…", "会议听取了…": the meeting did something; no frame carries past it. */
export function isNarrative(text: string, start: number, end: number): boolean {
  return NARRATIVE.test(text.slice(start, end));
}

/** A decision clause inside a narrative sentence, as a frame whose content follows 决定. */
export function decisionClause(text: string, clauseStart: number, clauseEnd: number): Frame | null {
  const m = DECISION_CLAUSE.exec(text.slice(clauseStart, clauseEnd));
  if (!m) return null;
  return { reporting: 'decide', issuer: ZH_MEETING_ISSUER, verb: m[1]!, contentStart: clauseStart + m[0].length };
}
