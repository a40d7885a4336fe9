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
/** A clause that opens a frame after a narrative head: "会议讨论了…，决定将…", "…审议通过《…》，指出…". */
const FRAME_CLAUSE = /^(?:会议)?(?:还|并|同时|一致|进一步|特别)?(决定|指出|强调|要求)[，,：:]?/;
/**
 * A speaker who reports ("李希表示，", "以色列军方人士表示，", "习近平在回信中说，"): verbs
 * of saying need no known name, but only open a sentence.
 */
const SAYER_FRAME = /^(他|她|[\u4e00-\u9fa5]{2,8}?)(?:在[^，。]{1,10}中)?(?:还|也|同时|进一步)?(表示|说)[，,：:]/;
/**
 * A story's opening news sentence: who did what when ("国务院总理李强9月18日主持召开…",
 * "来自水利部的消息，今天…"). It reports an event, not an instruction (issue 10, item 10).
 */
const NEWS_OPENING = new RegExp(
  '^(?:来自[^，。]{1,20}的消息|记者[^，。]{0,24}(?:获悉|了解到)|' +
    '[^，。]{0,40}?(?:\\d{1,2}月\\d{1,2}日|\\d{1,2}日|今天|近日|日前|昨天)(?:（[^）]{1,12}）)?[^，。]{0,16}?' +
    '(?:主持召开|召开|举行|会见|会谈|出席|考察|调研|开幕|闭幕|启动|发布|印发|举办|致信|回信|致电))',
);

/** Does the sentence open a story with news of an event (see NEWS_OPENING)? */
export function isNewsOpening(text: string, start: number, end: number): boolean {
  return NEWS_OPENING.test(text.slice(start, end));
}

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
  const sayer = SAYER_FRAME.exec(sentence);
  if (sayer && !ZH_MEETING_SUBJECTS.some((s) => sayer[1]!.startsWith(s))) {
    const pronoun = sayer[1] === '他' || sayer[1] === '她';
    return {
      reporting: 'say',
      issuer: pronoun ? lastSpeaker : sayer[1]!,
      verb: sayer[2]!,
      contentStart: start + sayer[0].length,
    };
  }
  return null;
}

/** "会议审议通过了…", "会议听取了…": the meeting did something; no frame carries past it. */
export function isNarrative(text: string, start: number, end: number): boolean {
  return NARRATIVE.test(text.slice(start, end));
}

/** A frame clause inside a narrative sentence (决定/指出/强调/要求), whose content follows the verb. */
export function frameClause(text: string, clauseStart: number, clauseEnd: number): Frame | null {
  const m = FRAME_CLAUSE.exec(text.slice(clauseStart, clauseEnd));
  if (!m) return null;
  const verb = m[1]!;
  return { reporting: reportingOf(verb), issuer: ZH_MEETING_ISSUER, verb, contentStart: clauseStart + m[0].length };
}
