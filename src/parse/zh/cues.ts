import type { Force } from '../../vocab/forces.js';
import {
  ZH_ACTION_VERBS,
  ZH_ADVERBS,
  ZH_AGENT_HEADS,
  ZH_CUES,
  ZH_CUE_TRAPS,
  ZH_DISPOSAL_VERBS,
  ZH_SAYING_VERBS,
  ZH_SHORT_AGENT_ENDINGS,
} from '../../vocab/zh/cues.js';
import { PrefixLexicon } from './lexicon.js';
import type { Span } from './segment.js';

export interface CueHit {
  /** Offset of the cue's first character. */
  start: number;
  end: number;
  cue: string;
  force: Force;
  modal: boolean;
  /** The clause the cue heads. */
  clause: Span;
}

const CUE_WORDS = new PrefixLexicon(ZH_CUES.map((entry) => entry.cue));
const ADVERBS = new PrefixLexicon(ZH_ADVERBS);
const ADVERB_SET = new Set<string>(ZH_ADVERBS);

/** The cue word starting at `pos`, longest first, or null. */
export function cueAt(text: string, pos: number): (typeof ZH_CUES)[number] | null {
  const word = CUE_WORDS.match(text, pos);
  return word === null ? null : (ZH_CUES.find((entry) => entry.cue === word) ?? null);
}

/** True when the cue at `pos` sits inside a longer word (重要, 即将, 应对, 的需要 …). */
export function insideTrapWord(text: string, pos: number, cue: string): boolean {
  for (const trap of ZH_CUE_TRAPS) {
    // every alignment of the trap word that covers the cue's first character
    for (let offset = 0; offset < trap.length; offset++) {
      const from = pos - offset;
      if (from < 0 || !text.startsWith(trap, from)) continue;
      if (from === pos && trap === cue) continue; // 需要 is itself a cue
      return true;
    }
  }
  return false;
}

/** Strip leading adverbs (进一步, 切实, 大力 …) off a phrase. */
export function stripAdverbs(phrase: string): string {
  let rest = phrase;
  for (let adverb = ADVERBS.match(rest); adverb !== null && rest.length > adverb.length; adverb = ADVERBS.match(rest)) {
    rest = rest.slice(adverb.length);
  }
  return rest;
}

/** Strip trailing adverbs (我们既 → 我们, 各地也 → 各地) off a subject. */
export function stripTrailingAdverbs(phrase: string): string {
  let rest = phrase;
  for (let adverb = ADVERBS.matchEnd(rest); adverb !== null && rest.length > adverb.length; adverb = ADVERBS.matchEnd(rest)) {
    rest = rest.slice(0, -adverb.length);
  }
  return rest;
}

const PREDICTION_SUBJECT = /[，、]/;
const LONG_VERBS = new PrefixLexicon(ZH_ACTION_VERBS.filter((verb) => verb.length >= 2));
const startsWithVerb = (phrase: string): boolean => LONG_VERBS.match(phrase) !== null;

const LEADING_PREPOSITION = /^(?:经|自|在|对|从|向|把|将|为了?|以(?![方军色])|按照|根据|通过|围绕|由)/;
const ADVERBIAL_TAIL = /(?:在[^，]{1,24}?(?:时|中|上|里|期间|过程中)|要)$/;

/**
 * The addressee a subject names, or null: "新一届政府" → itself; "我们既" → "我们";
 * "中央和国家机关各部门…在安排部署工作时" → the bodies. A subject naming no actor
 * ("宏观政策", "经济政策的着力点") gives null.
 */
export function agentOf(subject: string): string | null {
  let phrase = subject.trim().replace(/^[，、：\s]+|[，、：\s]+$/g, '');
  phrase = stripTrailingAdverbs(phrase.replace(ADVERBIAL_TAIL, ''));
  phrase = stripTrailingAdverbs(phrase);
  if (phrase.length < 2 || phrase.length > 40) return null;
  // a clause break or a leading preposition ("经党中央同意，…在全党") means no subject here
  if (/[，。；：]/.test(phrase) || LEADING_PREPOSITION.test(phrase)) return null;
  if (/[，。；：“”《》的]$/.test(phrase)) return null;
  // a verb phrase never acts ("强化对深度贫困地区", "认真落实…"); short bodies named by
  // abbreviation may open with a verb's characters (发展改革委, 组织部)
  const short = phrase.length <= 8 && ZH_SHORT_AGENT_ENDINGS.some((end) => phrase.endsWith(end));
  if (stripAdverbs(phrase) !== phrase && !ZH_AGENT_HEADS.some((head) => phrase.startsWith(head))) return null;
  if (startsWithVerb(phrase) && !short) return null;
  if (ZH_AGENT_HEADS.some((head) => phrase.endsWith(head))) return phrase;
  if (phrase.length <= 8 && !phrase.includes('的') && ZH_SHORT_AGENT_ENDINGS.some((end) => phrase.endsWith(end))) {
    return phrase;
  }
  return null;
}


/**
 * Is `prefix` (the clause text before a cue) something a cue may follow: nothing,
 * adverbs, or a subject? A verb of saying before it makes the cue reported content
 * ("明确提出…需要把握好九个问题"); 向…要 is the verb "ask for".
 */
function acceptablePrefix(prefix: string, modal: boolean, cue: string): boolean {
  const bare = stripAdverbs(stripTrailingAdverbs(prefix));
  if (prefix === '' || ADVERB_SET.has(prefix)) return true;
  if (bare === '') return true;
  if (ZH_SAYING_VERBS.some((verb) => prefix.includes(verb))) return false;
  if (/^向/.test(prefix) || /的$/.test(prefix)) return false;
  // a cue in the complement of 让/使 ("让党员干部弄明白能干什么、不能干什么") is described, not ordered
  if (/[让使令]/.test(bare)) return false;
  // 可以 after a subject that does not act states a capability ("平台可以实时感知…")
  if (cue === '可以' && agentOf(prefix) === null) return false;
  if (prefix.length > 40) return false;
  // 将 and full-verb cues after a subject are only commitments when the subject acts
  // ("中国…将以实际行动…"); "极端天气…仍将偏多" predicts.
  if (!modal || cue === '将') {
    // "强化对深度贫困地区支持": 支持 there is the object of a verb, not a cue after a subject
    return agentOf(prefix) !== null && !PREDICTION_SUBJECT.test(prefix) && !/[对向把]/.test(prefix) && !startsWithVerb(prefix);
  }
  return true;
}

/** The disposal 将 (= 把): 将X提请/纳入/作为… */
function isDisposalJiang(text: string, pos: number, clauseEnd: number): boolean {
  const rest = text.slice(pos + 1, clauseEnd);
  return ZH_DISPOSAL_VERBS.some((verb) => rest.includes(verb));
}

/** 需要 as a noun: "…的需要", "需要，", "需要的". */
function isNounXuyao(text: string, pos: number): boolean {
  const before = text[pos - 1];
  const after = text[pos + 2];
  return before === '的' || after === undefined || /[，。；、的\s]/.test(after);
}

/** A schedule, not a commitment: "博览会将于6月26日举行", "峰会将在北京召开". */
const SCHEDULE = /^(?:于|在[^，。]{1,16}(?:举行|召开|举办|开幕|闭幕|启动|开通|开展))/;
/** 应 as "at the invitation / request of": "应某国总统邀请，…" */
const AT_REQUEST = /^[^，。]{1,30}?(?:邀请|之邀|请求)/;

/**
 * Words that read as a cue but report a situation (issue 10, item 10): "仍需要克服不少
 * 困难" (what remains to be overcome), a schedule, an invitation.
 */
function isSituation(text: string, pos: number, cue: string, clause: Span): boolean {
  const after = text.slice(pos + cue.length, clause.end);
  if (cue === '将' && SCHEDULE.test(after)) return true;
  if (cue === '应' && AT_REQUEST.test(after)) return true;
  if (!/[仍尚还]$/.test(text.slice(clause.start, pos))) return false;
  return /^(?:克服|面对|面临|经受|应对)[^，。]*(?:困难|挑战|考验|压力|风险|问题)/.test(after);
}

/**
 * The first cue heading `clause`, if any. `allowVerbCues` admits 努力/支持/鼓励…, which
 * only open a directive at the head of a sentence or item. `mask` is the quote depth
 * from `nestingMask`, starting at `maskStart`.
 */
export function findClauseCue(
  text: string,
  clause: Span,
  allowVerbCues: boolean,
  mask: Uint8Array,
  maskStart: number,
): CueHit | null {
  const clauseText = text.slice(clause.start, clause.end);
  // "按照疫情要防住、经济要稳住…的要求": cues quoted inside a prepositional phrase
  if (/^(?:按照|根据|依照|遵照|本着)/.test(clauseText)) return null;
  for (let pos = clause.start; pos < clause.end; pos++) {
    if ((mask[pos - maskStart] ?? 0) !== 0) continue;
    const entry = cueAt(text, pos);
    if (!entry) continue;
    if (insideTrapWord(text, pos, entry.cue)) continue;
    if (entry.cue === '需要' && isNounXuyao(text, pos)) continue;
    if (entry.cue === '将' && isDisposalJiang(text, pos, clause.end)) continue;
    if (isSituation(text, pos, entry.cue, clause)) continue;
    // 请 ("please", a request) opens its clause or is some other word (请示, 邀请 …)
    if (entry.cue === '请' && pos !== clause.start) continue;
    if (!entry.modal && !allowVerbCues) continue;
    if (!entry.modal && text[pos - 1] === '的') continue;
    const prefix = text.slice(clause.start, pos);
    if (!acceptablePrefix(prefix, entry.modal, entry.cue)) {
      // a later cue in the same clause would follow a verb: nothing heads this clause
      if (prefix.length > 0 && !ZH_SAYING_VERBS.some((verb) => prefix.includes(verb))) continue;
      return null;
    }
    return { start: pos, end: pos + entry.cue.length, cue: entry.cue, force: entry.force, modal: entry.modal, clause };
  }
  return null;
}
