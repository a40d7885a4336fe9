import { ZH_FRAME_VERBS, ZH_MEETING_ISSUER, ZH_MEETING_SUBJECTS } from '../../vocab/zh/cues.js';
import { agentOf } from './cues.js';
import type { Span } from './segment.js';

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
// "在主持学习时", "在回信中", "在会上讲话时": any short circumstance of the speech
// "对防汛工作作出重要指示", "作出批示": a written instruction reports as a speech does
const SPEECH =
  '在[^，。]{1,12}?(?:时|中|上)(?:发表重要讲话|讲话)?|发表重要讲话|作重要讲话|讲话|(?:对[^，。]{1,24}?)?作出(?:重要)?(?:指示|批示)';
/** When the speech was given: "5月20日", "日前", "近日下午". */
const WHEN = '(?:(?:\\d{1,2}月)?\\d{1,2}日|日前|近日|今天|昨天)(?:上午|下午|晚上|晚)?';
/** Titles before a name ("中共中央总书记、国家主席习近平"): not part of the speaker's name. */
const TITLE_PREFIX = '(?:[\\u4e00-\\u9fa5]{0,12}?(?:总书记|主席|总理|书记|常委|委员|部长|主任|组长|省长|市长)、?)*';

const MEETING_FRAME = new RegExp(`^(?:${MEETING})(?:上)?(?:${MEETING_ADVERBS})*(?:研究)?(${VERBS})(?:了)?[，,：:]?`);
const SPEAKER_FRAME = new RegExp(
  `^${TITLE_PREFIX}(他|她|[\\u4e00-\\u9fa5]{2,10}?)(${TITLES})?(?:${WHEN})?(${SPEECH})?(?:还|也|同时|进一步|并|特别|深刻|再次|最后)?(指出|强调|要求|提出|表示|希望|号召)[，,：:]`,
);
const NARRATIVE = new RegExp(`^(?:${MEETING})(?:还|也|同时|并|认真|原则)?(?!${VERBS})`);
/** A clause that opens a frame after a narrative head: "会议讨论了…，决定将…", "…审议通过《…》，指出…". */
const FRAME_CLAUSE = /^(?:会议)?(?:还|并|同时|一致|进一步|特别)?(决定|指出|强调|要求)[，,：:]?/;
/**
 * A speaker who reports ("李希表示，", "以色列军方人士表示，", "习近平在回信中说，"): verbs
 * of saying need no known name, but only open a sentence.
 */
const SAYER_FRAME = /^(他|她|[\u4e00-\u9fa5]{2,8}?)(?:在[^，。]{1,10}中)?(?:还|也|同时|进一步)?(表示|说|提醒)[，,：:]/;
/** A body that decides at the head of a sentence: "国家药监局研究部署加强…" (rule 5). */
const BODY_DECISION = /^([\u4e00-\u9fa5]{2,12}?)(?:近日|日前)?(?:研究)?(部署)(?![会上])/;
/**
 * Frames inside a sentence's later clauses, reported by whoever the sentence is about:
 * "…相继发布通知，提高…" (issue), "…发表联合声明称，…" (say), "…，号召广大青年…" (call for),
 * "…，强调要…" (emphasize). They hold for their own sentence only.
 */
const INNER_FRAMES: readonly [RegExp, string][] = [
  [/(?:发布|印发|下发)(?:了)?(?:紧急)?通知$/, 'issue'],
  [/(?:声明|表态)称$/, 'say'],
  [/^(?:并|还|同时)?(?:号召|呼吁)/, 'call for'],
  [/^(?:并|还|同时)?要求(?![^，。]{0,4}(?:的|是))/, 'require'],
  [/^(?:并|还|同时)?强调(?=要|必须|应)/, 'emphasize'],
  [/^(?:并|还|同时)?指出(?=要|必须|应)/, 'point out'],
];
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
    // a body that acts ("水利部要求，") reports as a speaker does; any other long name does not
    const body = agentOf(name) === name;
    const known =
      body ||
      (name.length <= 4 &&
        (speakers.includes(name) || speaker[2] !== undefined || speaker[3] !== undefined || /^(?:指出|强调)$/.test(speaker[4]!)));
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
  const decision = BODY_DECISION.exec(sentence);
  if (decision && agentOf(decision[1]!) === decision[1]) {
    return { reporting: 'decide', issuer: decision[1]!, verb: decision[2]!, contentStart: start + decision[0].length };
  }
  const sayer = SAYER_FRAME.exec(sentence);
  if (sayer && !ZH_MEETING_SUBJECTS.some((s) => sayer[1]!.startsWith(s))) {
    const pronoun = sayer[1] === '他' || sayer[1] === '她';
    return {
      reporting: sayer[2] === '提醒' ? 'remind' : 'say',
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

/**
 * A frame in a later clause of a sentence (see INNER_FRAMES), with its content: the
 * next clause for a frame that ends its clause, the rest of the clause otherwise.
 */
export function innerFrame(text: string, clauses: readonly Span[], issuer: string | null): Frame | null {
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i]!;
    const piece = text.slice(clause.start, clause.end);
    for (const [pattern, reporting] of INNER_FRAMES) {
      const m = pattern.exec(piece);
      if (!m) continue;
      const atEnd = m.index + m[0].length === piece.length;
      // a frame that opens its clause ("号召…") is inner only after the sentence's subject
      if (atEnd ? i + 1 >= clauses.length : i === 0) continue;
      const contentStart = atEnd ? clauses[i + 1]!.start : clause.start + m[0].length;
      return { reporting, issuer, verb: m[0], contentStart };
    }
  }
  return null;
}
