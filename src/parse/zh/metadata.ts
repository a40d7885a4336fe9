import type { Participant } from '../../model/types.js';
import { normalizeDate } from '../../model/date.js';
import type { DraftMetadata } from '../types.js';
import { DATELINE, numberMarkerLength, type Span } from './segment.js';

/** The heading line, if the text opens with one: no sentence end, or a numbered section head. */
export function titleSpan(text: string): Span | null {
  const first = /\S/.exec(text);
  if (!first) return null;
  const start = first.index;
  const newline = text.indexOf('\n', start);
  let end = newline === -1 ? text.length : newline;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const line = text.slice(start, end);
  if (line.length > 80 || newline === -1) return null;
  const numbered = numberMarkerLength(text, start, end) > 0;
  const blankAfter = /^\n[ \t\u3000]*\r?\n/.test(text.slice(newline));
  if (numbered || (!/[。！？；，：]$/.test(line) && (blankAfter || line.length <= 40))) return { start, end };
  return null;
}

const DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/;
const TIME_OF_DAY = '(?:上午|下午|晚上|晚间|晚|凌晨|\\d{1,2}时(?:\\d{1,2}分)?许?)';
const WHEN = new RegExp(`(?:(?:\\d{4}年)?(?:\\d{1,2}月)?\\d{1,2}日(?:至\\d{1,2}日)?)${TIME_OF_DAY}?`, 'g');
const CONVENE = /(主持召开|召开|举行)/;
const PLACE = /在(京|[\u4e00-\u9fa5]{2,8}?)(?:主持召开|召开|举行|开幕|闭幕|出席|考察|调研)/;

/** First date in the body: "2024年1月22日" → 2024-01-22, "3月14日" → --03-14 (year unknown). */
export function dateOf(body: string): string | null {
  // the meeting's own date: the sentence that convenes it, else the first date
  const convening = body.split(/[。\n]/).find((sentence) => DATE.test(sentence) && CONVENE.test(sentence));
  const m = DATE.exec(convening ?? body);
  if (!m) return null;
  if (m[1] !== undefined) return normalizeDate(`${m[1]}年${m[2]}月${m[3]}日`);
  return normalizeDate(`--${m[2]}-${m[3]}`);
}

export function placeOf(body: string): string | null {
  const m = PLACE.exec(body);
  if (!m) return null;
  return m[1] === '京' ? '北京' : m[1]!;
}

const ORG_OF_EVENT = /^(?:新一届)?(.+?)(?:第[一二三四五六七八九十\d]+次|常务会议|全体会议|会议)/;

/** Who convened what, from the first "…召开/举行…" clause of the body. */
export function issuerAndEvent(body: string): { issuer: string | null; event: string | null } {
  for (const clause of body.split(/[，。；\n]/).slice(0, 30)) {
    const m = CONVENE.exec(clause);
    if (!m || m.index === undefined) continue;
    const subject = clause.slice(0, m.index).replace(WHEN, '').replace(/在[\u4e00-\u9fa5]{1,8}$/, '').trim();
    const object = clause.slice(m.index + m[0].length).trim();
    if (m[1] === '主持召开') {
      const org = ORG_OF_EVENT.exec(object);
      return { issuer: org ? org[1]! : null, event: object || null };
    }
    if (subject === '') continue;
    if (/会议$/.test(subject)) return { issuer: null, event: subject };
    return { issuer: subject, event: object === '会议' || object === '' ? `${subject}会议` : object };
  }
  return { issuer: null, event: null };
}

const ROLE_PATTERNS: [RegExp, string][] = [
  [/主持(?:召开|会议)?/, 'presided'],
  [/(?:出席(?:会议)?并(?:发表重要|作)?讲话|发表重要讲话|作(?:总结|重要)?讲话|讲话)/, 'delivered a speech'],
  [/(?:出席|参加|列席)(?:会议)?/, 'attended'],
];
const PARTICIPATION = /(主持召开|主持会议并(?:发表重要)?讲话|主持并讲话|主持会议|主持|出席会议并(?:发表重要)?讲话|出席并讲话|出席会议|出席|参加会议|列席会议|发表重要讲话|作总结讲话|作重要讲话)/g;
const TITLE_SUFFIX =
  '书记|主席|总理|常委|委员|组长|部长|主任|院长|秘书长|局长|省长|市长|县长|司令员|政委|会长|理事长|行长|检察长|署长|国务委员';
const TITLED_NAME = new RegExp(`^(.*(?:${TITLE_SUFFIX}))([\\u4e00-\\u9fa5]{2,3})$`);
/** Characters that end titles and bodies, never a personal name. */
const NOT_NAME = /[会委员部长记席理组任等院局厅处省市县央党政府协人大志责]/;
const BARE_NAME = /^[\u4e00-\u9fa5]{2,3}$/;

function parsePerson(piece: string): { name: string; titles: string[] } | null {
  const clean = piece.replace(WHEN, '').replace(/在[\u4e00-\u9fa5]{1,8}$/, '').trim();
  const parts = clean.split('、');
  const last = parts[parts.length - 1] ?? '';
  const titled = TITLED_NAME.exec(last);
  if (titled && !NOT_NAME.test(titled[2]!)) {
    return { name: titled[2]!, titles: [...parts.slice(0, -1), titled[1]!].filter((t) => t.length > 0) };
  }
  if (parts.length === 1 && BARE_NAME.test(last) && !NOT_NAME.test(last)) return { name: last, titles: [] };
  return null;
}

/** People named before 主持/出席/讲话, with their titles and what they did. */
export function participantsOf(body: string): Participant[] {
  const people: Participant[] = [];
  const add = (person: { name: string; titles: string[] }, role: string): void => {
    const known = people.find((p) => p.name === person.name);
    if (known) {
      // a headline names the person bare ("习近平发表重要讲话"); the body adds the titles
      if (known.titles.length === 0) known.titles = person.titles;
      return;
    }
    people.push({ name: person.name, titles: person.titles, role });
  };
  for (const sentence of body.split(/[。；\n]/)) {
    let from = 0;
    for (const m of sentence.matchAll(PARTICIPATION)) {
      const role = ROLE_PATTERNS.find(([pattern]) => pattern.test(m[1]!))?.[1] ?? null;
      const before = sentence.slice(from, m.index);
      from = m.index + m[0].length;
      if (role === null) continue;
      // the people part: the clauses before the verb that read as persons (…李强，…蔡奇，…丁薛祥出席会议)
      const clauses = before.replace(/^[，、]/, '').split('，');
      const group: { name: string; titles: string[] }[] = [];
      for (let i = clauses.length - 1; i >= 0; i--) {
        const clause = clauses[i]!;
        const person = parsePerson(clause);
        if (person) {
          group.unshift(person);
          continue;
        }
        // "中共中央政治局常委李强、赵乐际、王沪宁" or "李干杰、李书磊、姜信治": a list sharing the first titles
        const items = clause.replace(WHEN, '').split('、');
        const head = parsePerson(items[0] ?? '');
        const rest = items.slice(1);
        if (i === clauses.length - 1 && rest.length > 0 && rest.every((n) => BARE_NAME.test(n) && !NOT_NAME.test(n))) {
          const first = head ?? (BARE_NAME.test(items[0] ?? '') && !NOT_NAME.test(items[0] ?? '') ? { name: items[0]!, titles: [] } : null);
          if (first) {
            group.unshift(first, ...rest.map((name) => ({ name, titles: first.titles })));
            continue;
          }
        }
        break;
      }
      for (const person of group) add(person, role);
    }
  }
  return people;
}

/** A programme's date in its title: "《新闻联播》 (20240612)". */
const TITLE_DATE = /(?:^|\D)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/;
/** Datelines at the start of a line ("央视网消息（新闻联播）："): no part of any name or title (issue 10, item 12). */
const LINE_DATELINE = new RegExp(DATELINE.source, 'gm');

export function metadataOf(text: string): DraftMetadata {
  const title = titleSpan(text);
  const body = (title ? text.slice(title.end) : text).replace(LINE_DATELINE, '');
  const titleText = title ? text.slice(title.start + numberMarkerLength(text, title.start, title.end), title.end).replace(/[。！？]$/, '') : null;
  const { issuer, event } = issuerAndEvent(body);
  const titleDate = titleText ? TITLE_DATE.exec(titleText) : null;
  return {
    title: titleText && titleText.length > 0 ? titleText : null,
    date: titleDate ? normalizeDate(`${titleDate[1]}-${titleDate[2]}-${titleDate[3]}`) : dateOf(body),
    place: placeOf(body),
    issuer,
    event,
    participants: participantsOf(body),
  };
}
