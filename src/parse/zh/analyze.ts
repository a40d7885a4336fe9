import type { Action } from '../../model/types.js';
import { ZH_ACTION_VERBS, ZH_ADVERBS, ZH_THEME_HEADS } from '../../vocab/zh/cues.js';
import { stripAdverbs } from './cues.js';
import { PrefixLexicon } from './lexicon.js';
import { splitAt, splitClauses, type Span } from './segment.js';

const VERBS = new PrefixLexicon(ZH_ACTION_VERBS);
const ADVERBS = new PrefixLexicon(ZH_ADVERBS);

/** Time words that may open a clause before its verb ("今年再减少…", "下半年…"). */
const LEADING_TIME =
  /^(?:今年|明年|去年|下半年|上半年|当前|目前|近期|今后|此外|另外|同时|年内|年底前|近年来|新时代新征程上|当前和今后一个时期|(?:\d{4}年|\d+月)(?:底|前|以前|内)?)/;

/** Words whose 了/着/是 are not aspect or copula (为了, 着力, 实事求是 …). */
const MARKER_EXEMPT = /^[一二三四五六七八九十]{1,3}是|为了|了解|除了|着力|着眼|着重|着手|着想|特别是|尤其是|实事求是|还是|就是|但是|或是|凡是|是否|于是|总是|而是|更是|正是|真正|已有/g;
/** Aspect, copula, degree and state words that make a clause a statement, not an instruction. */
const STATEMENT = /了|着|是|很|仍|已|尚|依然|没有|不足|越来越|日益|正在|存在|面临|偏多|严峻|可控|较为|十分|非常|能够|取得|得到|带来|创[^，。]{0,8}新高/;
/**
 * A verb that makes someone achieve something: "推动…取得明显进展" orders the result
 * rather than reporting it (issue 10, item 10 — achievements are 取得了, not 推动…取得).
 */
const CAUSATIVE_RESULT = /^(?:[^，。]{0,6}?)(?:推动|推进|促进|确保|力争|争取|努力|使|让)[^，。了]*?(?:取得|得到)/;

/** A clause that orders a result rather than reporting it: "推动文化产业蓬勃发展". */
const CAUSATIVE_HEAD = /^[^，。]{0,6}?(?:推动|推进|促进|确保|力争|争取|努力|使|让|助力|带动)/;

export function isStatement(clause: string): boolean {
  const bare = clause.replace(MARKER_EXEMPT, '');
  if (!/了/.test(bare) && CAUSATIVE_RESULT.test(bare)) return STATEMENT.test(bare.replace(/取得|得到/g, ''));
  return STATEMENT.test(bare);
}

/** Words that report a result reached (issue 10, item 10), unless a causative verb orders it. */
const ACHIEVED = /了|得到|(?<!不断|持续)取得(?!新|更)[^，。]{0,6}(?:进展|成效|成就|成绩|成果|胜利|突破)|达到\d|如期完成|超额完成|基本建立|逐步完善|异军突起|脱颖而出|蓬勃发展|快速成长|创[^，。]{0,8}新高/;

const COPULA = /^[^，。]{0,6}?(?:是|意味着|具有)/;

/** "…，是…的重要举措", "…，改革是关键": a clause that assesses, with 是 near its head. */
export function isCopulaClause(clause: string): boolean {
  return COPULA.test(clause.replace(MARKER_EXEMPT, ''));
}

/** Does the clause report what was achieved ("…得到有效控制", "…达到1293万户")? */
export function reportsAchievement(clause: string): boolean {
  const bare = clause.replace(MARKER_EXEMPT, '');
  return ACHIEVED.test(bare) && !CAUSATIVE_RESULT.test(bare) && !CAUSATIVE_HEAD.test(bare);
}

/** The action verb a phrase opens with (longest known verb), or null. */
export function leadingVerb(phrase: string): string | null {
  return VERBS.match(phrase);
}

const VERBAL_ADVERBS = new Set<string>([
  '加快', '深入', '大力', '严格', '坚决', '持续', '继续', '全面', '着力', '积极', '切实', '扎实', '有序',
  '稳步', '进一步', '全力', '科学', '依法', '高度', '坚定不移', '因地制宜', '尽快', '抓紧', '广泛',
]);

/**
 * Does the phrase read as a bare imperative (DIRECTIVES.md rule 4): an optional time
 * word, adverbs, then a verb — "今年再减少…", "坚决遏制…", "加强撂荒地治理".
 */
export function opensImperative(phrase: string): boolean {
  let rest = phrase.replace(LEADING_TIME, '').replace(/^[，、\s]+/, '');
  // one-character verbs (讲, 保) also begin nouns (讲话, 保障房): they head actions only
  // a verb before 性/型/类 makes a noun (保障性住房, 创新型企业)
  const opensWithVerb = (s: string): boolean => {
    const verb = leadingVerb(s);
    return verb !== null && verb.length >= 2 && !/[性型类]/.test(s[verb.length] ?? '');
  };
  if (opensWithVerb(rest)) return true;
  let sawVerbal = false;
  for (let adverb = ADVERBS.match(rest); adverb !== null && rest.length > adverb.length; adverb = ADVERBS.match(rest)) {
    if (VERBAL_ADVERBS.has(adverb)) sawVerbal = true;
    rest = rest.slice(adverb.length);
  }
  if (opensWithVerb(rest) || (sawVerbal && /^[\u4e00-\u9fa5]/.test(rest))) return true;
  return opensAfterPlace(rest, opensWithVerb);
}

/**
 * "在超大特大城市积极稳步推进城中村改造": a place before the adverbs and verb of a
 * deployment (issue 10, item 11). The place is short and holds no verb of its own.
 */
function opensAfterPlace(phrase: string, opensWithVerb: (s: string) => boolean): boolean {
  if (!phrase.startsWith('在')) return false;
  for (let i = 2; i <= Math.min(14, phrase.length - 2); i++) {
    const rest = phrase.slice(i);
    const adverb = ADVERBS.match(rest);
    if ((adverb !== null && VERBAL_ADVERBS.has(adverb)) || opensWithVerb(rest)) {
      // the place itself must not hold a verb ("在推进改革中…" is a circumstance)
      const place = phrase.slice(1, i);
      return ![...place].some((_, j) => (leadingVerb(place.slice(j))?.length ?? 0) >= 2);
    }
  }
  return false;
}

/** A clause that is only a time word ("当前", "今年") and so leads into the next one. */
export function isTimeOnly(clause: string): boolean {
  return clause.replace(LEADING_TIME, '').trim() === '';
}

const PREPOSITIONAL = /^(?:经|自|以(?!上)|按照|在|对|围绕|根据|从|通过|同|与|向|着眼|立足|依托|坚持以)/;
const PURPOSE = /^(?:为了?(?!主|重点|核心|基础|抓手|牵引|导向|先导|中心|引领)|以便|以期|从而|进而|助力|努力(?:为|使|让))/;
const MANNER_YI = /为|的(?:态度|方式|方法|标准|精神|力度|作风)/;

/** A trailing goal clause ("为…提供有力支撑", "以…"), or null. */
export function purposeOf(text: string, clauses: Span[]): Span | null {
  if (clauses.length < 2) return null;
  const last = clauses[clauses.length - 1]!;
  const clause = text.slice(last.start, last.end);
  if (PURPOSE.test(clause)) return last;
  if (/^以(?!上|下)/.test(clause) && !MANNER_YI.test(clause)) return last;
  return null;
}

/** Actions of a directive body: one per ，-clause, split at 、 when several verbs are listed. */
export function actionsOf(text: string, body: Span, purpose: Span | null): Action[] {
  const actions: Action[] = [];
  for (const clause of splitClauses(text, body.start, body.end)) {
    if (purpose && clause.start >= purpose.start) break;
    const phrase = text.slice(clause.start, clause.end);
    // "以…为主线", "按照…": manner, not an action of its own
    if (PREPOSITIONAL.test(phrase) && !/^(?:经|自)/.test(phrase)) continue;
    const items = splitAt(text, clause.start, clause.end, new Set(['、']));
    const verbal = items.filter((item) => leadingVerb(stripAdverbs(text.slice(item.start, item.end))) !== null);
    const pieces = items.length > 1 && verbal.length === items.length ? items : [clause];
    for (const piece of pieces) {
      const action = actionOf(stripAdverbs(text.slice(piece.start, piece.end)));
      if (action) actions.push(action);
    }
  }
  return actions;
}

/**
 * The action of one phrase: its opening verb, or else the first known verb inside it
 * ("自…在全党开展党纪学习教育" → 开展). A phrase with no known verb gives none rather
 * than a guessed one.
 */
function actionOf(phrase: string): Action | null {
  if (phrase.length < 2) return null;
  const verb = leadingVerb(phrase);
  if (verb) return { verb, object: phrase.slice(verb.length) };
  for (let i = 1; i < phrase.length - 1; i++) {
    const inner = leadingVerb(phrase.slice(i));
    if (inner && inner.length >= 2) return { verb: inner, object: phrase.slice(i + inner.length) };
  }
  return null;
}

// single-character prepositions are not split on: they also sit inside words (在建, 以旧换新)
const THEME_SPLIT = /[的和与及、“”‘’《》（）()，\s]|对|等|各类|各项|一批|更多|进一步/;
const THEME_HEADS = [...ZH_THEME_HEADS];

/** Short key phrases from the objects: 职业教育, 高质量发展, 资本市场 … */
export function themesOf(actions: Action[], limit = 5): string[] {
  const themes: string[] = [];
  for (const { verb, object } of actions) {
    for (const raw of object.split(THEME_SPLIT)) {
      const piece = stripAdverbs(raw).replace(/^(?:好|到|出|入|起)/, '');
      if (piece.length < 2 || piece.length > 8) continue;
      if (!THEME_HEADS.some((head) => piece.endsWith(head))) continue;
      if (piece === verb || themes.includes(piece)) continue;
      // "干部强化遵守纪律" is a clause, not a key phrase: no verb before the head
      const modifier = piece.slice(0, -2);
      if ([...modifier].some((_, i) => (VERBS.match(modifier, i)?.length ?? 0) >= 2)) continue;
      themes.push(piece);
      if (themes.length >= limit) return themes;
    }
  }
  return themes;
}
