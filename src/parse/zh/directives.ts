import type { Force } from '../../vocab/forces.js';
import { ZH_FRAME_FORCE, ZH_SUMMARY_INTRO } from '../../vocab/zh/cues.js';
import { hopedFor, leadingAgent, LIST_WORD, statementSubject } from './addressee.js';
import type { Signal } from '../../vocab/signals.js';
import type { DraftDirective } from '../types.js';
import { actionsOf, isCopulaClause, isStatement, isTimeOnly, opensImperative, purposeOf, reportsAchievement, themesOf } from './analyze.js';
import { agentOf, findClauseCue, stripAdverbs, type CueHit } from './cues.js';
import type { Frame } from './frames.js';
import { splitClauses, splitSegments, type Segment, type Sentence, type Span } from './segment.js';

/** A draft with the evidence that made it (issue 10, "Say how sure it is"). */
export interface ZhDraft extends DraftDirective {
  signals: Signal[];
}

/** A run of text that yields directives: one segment, or a ；-series read as one (rule 3). */
interface Unit extends Span {
  clauses: Span[];
  hits: CueHit[];
  /** Stands in a list or a cued series, so a cue-less unit is still a directive. */
  listed: boolean;
  /** The cue of the line that introduced the list ("要做到：一是…"), if any. */
  introCue: CueHit | null;
}

export interface Context {
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
  /** The document holds many stories (a news bulletin): every directive is in doubt. */
  mixed: boolean;
}

/** Lead clauses a directive's span may open with: adverbials and topics ("做好国务院工作，必须…"). */
const LEAD_ADVERBIAL = /^(?:对于?|在|为了?|围绕|按照|根据|针对|面对|结合|通过|从|就|以|推进|做好|抓好|实现)/;
const VERB_CUES = new Set(['严禁', '禁止', '支持', '鼓励']);
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
  let summary = false;
  for (const part of parts) {
    if (part.segment.introducesList) {
      // "会议要求：" / "要做到：" introduces items and is not a directive itself
      introCue = part.hits[0] ?? null;
      afterIntro = true;
      summary = ZH_SUMMARY_INTRO.test(ctx.text.slice(part.segment.start, part.segment.end));
      continue;
    }
    // the items of a programme's summary are headlines, cue or not (issue 10, item 12)
    if (summary) continue;
    units.push({
      start: part.segment.start,
      end: part.segment.end,
      clauses: part.clauses,
      hits: part.hits,
      // an item is a directive by position only under a directive line ("要做到：", 会议要求：)
      // or inside a directive passage; "本期节目主要内容：" introduces headlines (issue 10, item 12)
      listed: cued >= 2 || ((afterIntro || part.segment.listItem) && (introCue !== null || ctx.frame !== null || ctx.passage)),
      introCue,
    });
  }
  return units;
}

function includableLead(clause: string): boolean {
  if (isStatement(clause)) return false;
  return LEAD_ADVERBIAL.test(clause) || isTimeOnly(clause) || opensImperative(clause) || clause.length <= 8;
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

/** How the clause came to be a directive; the frame, subject and document add the rest. */
type Basis = 'explicit-cue' | 'list-item' | 'bare-imperative' | 'frame';

function signalsOf(ctx: Context, basis: Signal[], cue: CueHit | null, addressee: string | null): Signal[] {
  const signals: Signal[] = [...basis];
  const { frame } = ctx;
  if (frame?.reporting) signals.push(ctx.frameOpensHere ? 'frame' : 'carried-frame');
  if (frame?.reporting === 'require') signals.push('requirement-frame');
  if (frame?.reporting === 'hope' || cue?.cue === '希望') signals.push('hope');
  signals.push(addressee ? 'agent-subject' : 'no-subject');
  if (cue?.cue === '将' && !addressee) signals.push('non-agent-will');
  if (ctx.mixed) signals.push('mixed-document');
  return [...new Set(signals)];
}

function draft(
  ctx: Context,
  span: Span,
  force: Force,
  cue: CueHit | null,
  addressee: string | null,
  bodyStart: number,
  basis: Basis[],
): ZhDraft {
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
    signals: signalsOf(ctx, basis, cue, addressee),
  };
}

function frameForce(frame: Frame | null): Force | null {
  return frame?.reporting ? (ZH_FRAME_FORCE[frame.reporting] ?? null) : null;
}

function cuedDirectives(ctx: Context, unit: Unit): ZhDraft[] {
  const { text } = ctx;
  const out: ZhDraft[] = [];
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
    const prefix = text.slice(hit.clause.start, hit.start);
    if (i === 0 && startIndex < index && leadStandsAlone(ctx, unit, startIndex, hit, prefix)) {
      const lead = { start: unit.clauses[startIndex]!.start, end: unit.clauses[index - 1]!.end };
      out.push(draft(ctx, lead, frameForce(ctx.frame) ?? 'imperative', null, null, lead.start, ['bare-imperative']));
      startIndex = index;
    }
    const start = unit.clauses[startIndex]!.start;
    let addressee = prefix === '' ? null : agentOf(prefix);
    if (addressee === null && i === 0 && stop && startIndex === index && agentOf(prefix) === null) {
      const bare = prefix.replace(/^(?:首先|同时|也|还|更|就|既|又|都)+/, '');
      if (bare === '') addressee = statementSubject(text.slice(stop.start, stop.end));
    }
    if (addressee === null && (hit.cue === '希望' || hit.cue === '请')) addressee = hopedFor(text, hit.end, end);
    // 严禁/禁止/支持/鼓励 are themselves the verb of the action they govern
    const bodyStart = VERB_CUES.has(hit.cue) ? hit.start : hit.end;
    out.push(draft(ctx, { start, end }, hit.force, hit, addressee, bodyStart, unit.listed ? ['explicit-cue', 'list-item'] : ['explicit-cue']));
  });
  return out;
}

/**
 * Lead clauses that open with a verb of their own stand alone before a cue whose clause
 * names its own topic or governs its own verb: "巩固A成果，今年B排放量要下降3％" and
 * "加强A处置，严禁B入境" are two directives each; "做好A工作，必须…" stays one.
 */
function leadStandsAlone(ctx: Context, unit: Unit, from: number, hit: CueHit, prefix: string): boolean {
  if (!ctx.passage && !ctx.frame) return false;
  const topic = prefix !== '' && stripAdverbs(prefix) !== '' && !/^(?:就|才|都|也|还)/.test(stripAdverbs(prefix));
  if (!topic && !VERB_CUES.has(hit.cue)) return false;
  const first = ctx.text.slice(unit.clauses[from]!.start, unit.clauses[from]!.end).replace(LIST_WORD, '');
  return opensImperative(first) && !isStatement(first) && !LEAD_ADVERBIAL.test(first);
}

function cuelessDirective(ctx: Context, unit: Unit, firstUnit: boolean): ZhDraft | null {
  const { text, frame } = ctx;
  const unitText = text.slice(unit.start, unit.end);
  // "健全社会信用体系，是…的重要举措": the verb phrase is the subject of an assessment
  if (unit.clauses.slice(1).some((clause) => isCopulaClause(text.slice(clause.start, clause.end)))) return null;
  const addressee = leadingAgent(text, unit);
  const opening = openingOf(text, unit, addressee);
  let force: Force | null = null;
  let cue: CueHit | null = null;
  let basis: Basis[] = [];
  if (frame?.reporting === 'decide' && firstUnit && ctx.frameOpensHere) {
    // rule 5: "会议决定将…", "会议部署…" with an action as its object
    if (frame.verb === '决定' || opensImperative(unitText)) [force, basis] = ['will', ['frame']];
  }
  // "严格执行A，B得到有效控制": a later clause reports the result, so the verb reports work done
  const reportsResult = unit.clauses.slice(1).some((clause) => reportsAchievement(text.slice(clause.start, clause.end)));
  if (force === null && unit.listed && !reportsResult) {
    if (!isStatement(opening) || unit.introCue) {
      cue = unit.introCue;
      force = unit.introCue?.force ?? frameForce(frame) ?? 'imperative';
      basis = cue ? ['explicit-cue', 'list-item'] : ['list-item'];
    }
  }
  if (force === null && ctx.passage && !reportsResult && opensImperative(opening) && !isStatement(opening)) {
    [force, basis] = [frameForce(frame) ?? 'imperative', ['bare-imperative']];
  }
  if (force === null && frame && APPROVAL.test(unitText)) [force, basis] = ['will', ['frame']];
  if (force === null) return null;
  const bodyStart = unit.start + (addressee?.length ?? 0);
  return draft(ctx, { start: unit.start, end: unit.end }, force, cue, addressee, bodyStart, basis);
}

export function sentenceDirectives(ctx: Context): ZhDraft[] {
  const segments = splitSegments(ctx.text, ctx.contentStart, ctx.sentence.end);
  const out: ZhDraft[] = [];
  unitsOf(ctx, segments).forEach((unit, index) => {
    if (unit.hits.length > 0) out.push(...cuedDirectives(ctx, unit));
    else {
      const directive = cuelessDirective(ctx, unit, index === 0);
      if (directive) out.push(directive);
    }
  });
  return out;
}

