import { ZH_AGENT_HEADS, ZH_SHORT_AGENT_ENDINGS } from '../../vocab/zh/cues.js';
import { opensImperative } from './analyze.js';
import { agentOf } from './cues.js';
import type { Span } from './segment.js';

/*
 * Who must act, when the text names them somewhere other than the subject right before
 * a cue (issue 10, item 9): the subject of a statement before it, the agent opening a
 * cue-less clause, whom a hope or request addresses.
 */

export const LIST_WORD = /^(?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[、，,]?|其[一二三四五六七八九十][、，,]?)/;
const SUBJECT_OF_STATEMENT = /^(.{2,20}?)(?:首先|始终|一直|都|也|还|必须)?(?:是|肩负|担负|承担|作为|负有|处在|处于)/;

/** The agent a statement names as its subject: "国务院首先是政治机关" → 国务院. */
export function statementSubject(clause: string): string | null {
  const m = SUBJECT_OF_STATEMENT.exec(clause);
  return m ? agentOf(m[1]!) : null;
}

const AGENT_LAST_CHARS = new Set([...ZH_AGENT_HEADS, ...ZH_SHORT_AGENT_ENDINGS].map((head) => head[head.length - 1]!));

/** An agent opening a cue-less unit: "会议要求地方政府深刻吸取…" → 地方政府. */
export function leadingAgent(text: string, unit: Span): string | null {
  const head = text.slice(unit.start, Math.min(unit.end, unit.start + 24)).replace(LIST_WORD, '');
  for (let length = 2; length <= head.length - 2; length++) {
    // a hot loop: only a candidate ending where an agent's name can end is worth agentOf
    if (!AGENT_LAST_CHARS.has(head[length - 1]!)) continue;
    const agent = agentOf(head.slice(0, length));
    if (agent === head.slice(0, length) && opensImperative(head.slice(length))) return agent;
  }
  return null;
}

/** Whom a hope addresses: "希望你…", "希望广大青年…" (DIRECTIVES.md: hopes are `should`). */
export function hopedFor(text: string, from: number, end: number): string | null {
  const pronoun = /^(?:你们|你|您|大家|同志们)/.exec(text.slice(from, end));
  if (pronoun) return pronoun[0];
  // the longest name that acts: "请各地区各部门结合实际…" → 各地区各部门
  const head = text.slice(from, Math.min(end, from + 16));
  for (let length = head.length - 1; length >= 2; length--) {
    if (AGENT_LAST_CHARS.has(head[length - 1]!) && agentOf(head.slice(0, length)) === head.slice(0, length)) {
      return head.slice(0, length);
    }
  }
  return null;
}

