import type { Force } from '../../vocab/forces.js';
import { ZH_FRAME_FORCE, ZH_MEETING_ISSUER } from '../../vocab/zh/cues.js';
import type { DraftDirective } from '../types.js';
import { actionsOf, isStatement, isTimeOnly, opensImperative, purposeOf, themesOf } from './analyze.js';
import { agentOf, findClauseCue, type CueHit } from './cues.js';
import { decisionClause, detectFrame, isNarrative, type Frame } from './frames.js';
import { participantsOf, titleSpan } from './metadata.js';
import {
  nestingMask,
  splitClauses,
  splitSegments,
  splitSentences,
  type Segment,
  type Sentence,
  type Span,
} from './segment.js';

/** A run of text that yields directives: one segment, or a ；-series read as one (rule 3). */
interface Unit extends Span {
  clauses: Span[];
  hits: CueHit[];
  /** Stands in a list or a cued series, so a cue-less unit is still a directive. */
  listed: boolean;
  /** The cue of the line that introduced the list ("要做到：一是…"), if any. */
  introCue: CueHit | null;
}

interface Context {
  text: string;
  sentence: Sentence;
  frame: Frame | null;
  /** The sentence continues a directive passage, so bare imperatives count (rule 4). */
  passage: boolean;
  /** Where the content begins in this sentence (after the frame, if it opened here). */
  contentStart: number;
  /** The frame opened in this sentence ("会议决定将…"), rather than carrying over. */
  frameOpensHere: boolean;
  mask: Uint8Array;
}

/** Lead clauses a directive's span may open with: adverbials and topics ("做好国务院工作，必须…"). */
const LEAD_ADVERBIAL = /^(?:对于?|在|为了?|围绕|按照|根据|针对|面对|结合|通过|从|就|以|推进|做好|抓好|实现)/;
const SUBJECT_OF_STATEMENT = /^(.{2,20}?)(?:首先|始终|一直|都|也|还|必须)?(?:是|肩负|担负|承担|作为|负有|处在|处于)/;
const VERB_CUES = new Set(['严禁', '禁止', '支持', '鼓励']);
const LIST_WORD = /^(?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[、，,]?|其[一二三四五六七八九十][、，,]?)/;
const APPROVAL = /^经[^，。]{1,24}?(?:同意|批准|研究)/;

function hitsOf(ctx: Context, clauses: Span[]): CueHit[] {
  const hits: CueHit[] = [];
  clauses.forEach((clause, index) => {
    const hit = findClauseCue(ctx.text, clause, index === 0, ctx.mask, ctx.sentence.start);
    if (hit) hits.push(hit);
  });
  return hits;
}

/** Group a sentence's segments into units, following DIRECTIVES.md rules 2 and 3. */
function unitsOf(ctx: Context, segments: Segment[]): Unit[] {
  const parts = segments.map((segment) => {
    const clauses = splitClauses(ctx.text, segment.start, segment.end);
    return { segment, clauses, hits: hitsOf(ctx, clauses) };
  });
  const cued = parts.filter((part) => part.hits.length > 0 && !part.segment.introducesList).length;
  const split = cued >= 2 || parts.some((part) => part.segment.listItem || part.segment.introducesList);
  if (!split) {
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (!first || !last) return [];
    return [
      {
        start: first.segment.start,
        end: last.segment.end,
        clauses: parts.flatMap((part) => part.clauses),
        hits: parts.flatMap((part) => part.hits),
        listed: false,
        introCue: null,
      },
    ];
  }
  const units: Unit[] = [];
  let introCue: CueHit | null = null;
  let afterIntro = false;
  for (const part of parts) {
    if (part.segment.introducesList) {
      // "会议要求：" / "要做到：" introduces items and is not a directive itself
      introCue = part.hits[0] ?? null;
      afterIntro = true;
      continue;
    }
    units.push({
      start: part.segment.start,
      end: part.segment.end,
      clauses: part.clauses,
      hits: part.hits,
      listed: afterIntro || part.segment.listItem || cued >= 2,
      introCue,
    });
  }
  return units;
}

function includableLead(clause: string): boolean {
  if (isStatement(clause)) return false;
  return LEAD_ADVERBIAL.test(clause) || isTimeOnly(clause) || opensImperative(clause) || clause.length <= 8;
}

/** The agent a statement names as its subject: "国务院首先是政治机关" → 国务院. */
function statementSubject(clause: string): string | null {
  const m = SUBJECT_OF_STATEMENT.exec(clause);
  return m ? agentOf(m[1]!) : null;
}

/** An agent opening a cue-less unit: "会议要求地方政府深刻吸取…" → 地方政府. */
function leadingAgent(text: string, unit: Span): string | null {
  const head = text.slice(unit.start, Math.min(unit.end, unit.start + 24)).replace(LIST_WORD, '');
  for (let length = 2; length <= head.length - 2; length++) {
    const agent = agentOf(head.slice(0, length));
    if (agent === head.slice(0, length) && opensImperative(head.slice(length))) return agent;
  }
  return null;
}

const ADVERBIAL_OPENING = /^(?:着眼于?|立足于?|依托|围绕|聚焦|按照|根据|针对|面对|结合|在[^，]{1,30}(?:上|中|下|前提下)$)/;

/**
 * The clause a cue-less unit's verb should open: past a list word (一是), a leading
 * addressee, time words ("今年，") and adverbial leads ("着眼于…，发展…").
 */
function openingOf(text: string, unit: Unit, addressee: string | null): string {
  const clauses = unit.clauses.map((clause) => text.slice(clause.start, clause.end));
  if (clauses.length === 0) return '';
  clauses[0] = clauses[0]!.replace(LIST_WORD, '').slice(addressee?.length ?? 0);
  for (let i = 0; i < clauses.length && i < 3; i++) {
    const clause = clauses[i]!;
    if (isTimeOnly(clause) || (ADVERBIAL_OPENING.test(clause) && i + 1 < clauses.length)) continue;
    return clause;
  }
  return clauses[0]!;
}

function draft(
  ctx: Context,
  span: Span,
  force: Force,
  cue: CueHit | null,
  addressee: string | null,
  bodyStart: number,
): DraftDirective {
  const { text, frame, sentence } = ctx;
  const bodyClauses = splitClauses(text, bodyStart, span.end);
  const purpose = purposeOf(text, bodyClauses);
  const actions = actionsOf(text, { start: bodyStart, end: span.end }, purpose);
  return {
    start: span.start,
    end: span.end,
    force,
    cue: cue ? cue.cue : null,
    reporting: frame?.reporting ?? null,
    issuer: frame?.issuer ?? null,
    addressee,
    actions,
    purpose: purpose ? text.slice(purpose.start, purpose.end) : null,
    themes: themesOf(actions),
    paragraph: sentence.paragraph,
    sentence: sentence.index,
  };
}

function frameForce(frame: Frame | null): Force | null {
  return frame?.reporting ? (ZH_FRAME_FORCE[frame.reporting] ?? null) : null;
}

function cuedDirectives(ctx: Context, unit: Unit): DraftDirective[] {
  const { text } = ctx;
  const out: DraftDirective[] = [];
  unit.hits.forEach((hit, i) => {
    const index = unit.clauses.findIndex((clause) => clause.start === hit.clause.start);
    let startIndex = index;
    let stop: Span | null = null;
    if (i === 0) {
      for (let j = index - 1; j >= 0; j--) {
        const clause = unit.clauses[j]!;
        if (includableLead(text.slice(clause.start, clause.end))) startIndex = j;
        else {
          stop = clause;
          break;
        }
      }
    }
    const next = unit.hits[i + 1];
    const nextIndex = next ? unit.clauses.findIndex((clause) => clause.start === next.clause.start) : -1;
    const end = nextIndex > 0 ? unit.clauses[nextIndex - 1]!.end : unit.end;
    const start = unit.clauses[startIndex]!.start;
    const prefix = text.slice(hit.clause.start, hit.start);
    let addressee = prefix === '' ? null : agentOf(prefix);
    if (addressee === null && i === 0 && stop && startIndex === index && agentOf(prefix) === null) {
      const bare = prefix.replace(/^(?:首先|同时|也|还|更|就|既|又|都)+/, '');
      if (bare === '') addressee = statementSubject(text.slice(stop.start, stop.end));
    }
    // 严禁/禁止/支持/鼓励 are themselves the verb of the action they govern
    const bodyStart = VERB_CUES.has(hit.cue) ? hit.start : hit.end;
    out.push(draft(ctx, { start, end }, hit.force, hit, addressee, bodyStart));
  });
  return out;
}

function cuelessDirective(ctx: Context, unit: Unit, firstUnit: boolean): DraftDirective | null {
  const { text, frame } = ctx;
  const unitText = text.slice(unit.start, unit.end);
  const addressee = leadingAgent(text, unit);
  const opening = openingOf(text, unit, addressee);
  let force: Force | null = null;
  let cue: CueHit | null = null;
  if (frame?.reporting === 'decide' && firstUnit && ctx.frameOpensHere) {
    // rule 5: "会议决定将…", "会议部署…" with an action as its object
    if (frame.verb === '决定' || opensImperative(unitText)) force = 'will';
  }
  if (force === null && unit.listed) {
    if (!isStatement(opening) || unit.introCue) {
      cue = unit.introCue;
      force = unit.introCue?.force ?? frameForce(frame) ?? 'imperative';
    }
  }
  if (force === null && ctx.passage && opensImperative(opening) && !isStatement(opening)) {
    force = frameForce(frame) ?? 'imperative';
  }
  if (force === null && frame && APPROVAL.test(unitText)) force = 'will';
  if (force === null) return null;
  return draft(ctx, { start: unit.start, end: unit.end }, force, cue, addressee, unit.start + (addressee?.length ?? 0));
}

function sentenceDirectives(ctx: Context): DraftDirective[] {
  const segments = splitSegments(ctx.text, ctx.contentStart, ctx.sentence.end);
  const out: DraftDirective[] = [];
  unitsOf(ctx, segments).forEach((unit, index) => {
    if (unit.hits.length > 0) out.push(...cuedDirectives(ctx, unit));
    else {
      const directive = cuelessDirective(ctx, unit, index === 0);
      if (directive) out.push(directive);
    }
  });
  return out;
}

/** Does the sentence open with a cue ("要…", "各级党委要…")? Such a paragraph continues the last frame. */
function opensWithCue(text: string, sentence: Sentence, mask: Uint8Array): boolean {
  const first = splitClauses(text, sentence.start, sentence.end)[0];
  return first !== undefined && findClauseCue(text, first, true, mask, sentence.start) !== null;
}

/** Every directive of a Chinese text, in document order. */
export function chineseDirectives(text: string): DraftDirective[] {
  const title = titleSpan(text);
  const speakers = participantsOf(title ? text.slice(title.end) : text).map((p) => p.name);
  const sentences = splitSentences(text).filter((s) => !title || s.start >= title.end);
  // Readouts report through frames and reset at each paragraph; a text with no frame at
  // all (a work report, a plan) is one directive passage throughout.
  const hasFrames = sentences.some((s) => detectFrame(text, s.start, s.end, speakers, null) !== null);
  let frame: Frame | null = null;
  let carry: Frame | null = null;
  let passage = !hasFrames;
  let paragraph = -1;
  let paragraphHad = false;
  let lastSpeaker: string | null = null;
  const out: DraftDirective[] = [];

  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph) {
      if (hasFrames) {
        carry = paragraphHad ? frame : null;
        frame = null;
        passage = false;
      }
      paragraph = sentence.paragraph;
      paragraphHad = false;
    }
    const mask = nestingMask(text, sentence.start, sentence.end);
    let contentStart = sentence.start;
    let active: Frame | null;
    let opensHere = false;
    const found = detectFrame(text, sentence.start, sentence.end, speakers, lastSpeaker);
    if (found) {
      if (found.issuer && found.issuer !== ZH_MEETING_ISSUER) lastSpeaker = found.issuer;
      carry = null;
      if (found.reporting === null) {
        // 会议认为: an assessment closes the passage (issue 6)
        frame = null;
        passage = false;
        continue;
      }
      frame = found;
      passage = true;
      contentStart = found.contentStart;
      active = frame;
      opensHere = true;
    } else if (isNarrative(text, sentence.start, sentence.end)) {
      frame = null;
      passage = false;
      carry = null;
      // "会议讨论了…，决定将修订稿提请…审议": the decision is a directive (rule 5)
      const clauses = splitClauses(text, sentence.start, sentence.end).slice(1);
      const decision = clauses.map((clause) => decisionClause(text, clause.start, clause.end)).find((d) => d !== null);
      if (!decision) continue;
      active = decision;
      contentStart = decision.contentStart;
      opensHere = true;
    } else {
      if (carry && opensWithCue(text, sentence, mask)) {
        frame = carry;
        passage = true;
      }
      carry = null;
      active = frame;
    }
    if (contentStart >= sentence.end) continue;
    const directives = sentenceDirectives({
      text,
      sentence,
      frame: active,
      passage,
      contentStart,
      frameOpensHere: opensHere,
      mask,
    });
    if (directives.length > 0) {
      out.push(...directives);
      paragraphHad = true;
      passage = true;
    }
  }
  return out;
}
