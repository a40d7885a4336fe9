/** Pass 6, assembly: a sentence's clauses and cues become directive units, each with force, cue and addressee. */
import type { Force } from '../../vocab/forces.js';
import type { Signal } from '../../vocab/signals.js';
import { contains, type Span } from '../span.js';
import type { DraftDirective } from '../types.js';
import { clip, hasLength, splitClauses, splitUnitAtCues, stripLeadIn, type Clause } from './clauses.js';
import { findCues, governingCues, reportedSpeech, type Cue } from './cues.js';
import { makeDraft, type DraftFields } from './draft.js';
import type { Frame } from './frames.js';
import { hasMainVerb, opensImperative, startsWithVerb, words } from './lexicon.js';
import { frameCarriedDirective } from './object-frame.js';
import type { Sentence } from './segment.js';
import { addresseeFor, isPassiveAfter, pronounCue, subjectStartOf, subjectText } from './subjects.js';

/** A cue-carrying intro ("We must:") whose list items inherit its cue. */
export interface Intro {
  cue: string | null;
  force: Force | null;
  addressee: string | null;
}

export interface SentenceContext {
  frame: Frame | null;
  intro: Intro | null;
  objectFrame: boolean;
  needTo: boolean;
  /** The sentence continues a directive passage, so a bare imperative counts. */
  passage: boolean;
  /** A list item: after a marker ("—", "(1)") or an ordinal ("The first is to …"). */
  listItem: boolean;
  /** The frame was read in this sentence, not carried over. */
  framedHere: boolean;
}

interface Unit {
  unit: Span;
  cue: Cue | null;
  carried: Intro | null;
}

export function sentenceDirectives(text: string, sentence: Sentence, bodyStart: number, ctx: SentenceContext): DraftDirective[] {
  const body: Span = { start: bodyStart, end: sentence.end };
  const clauses = splitClauses(text, body);
  // news speech reports what someone said will happen: no commitment of the text's own
  const speech = reportedSpeech(text.slice(sentence.start, sentence.end));
  // a question asks, it does not direct ("What should a leader be like?")
  if (speech === 'quote' || /\?["”’)]*\s*$/.test(text.slice(sentence.start, sentence.end))) return [];
  const cues = governingCues(text, findCues(text, body), clauses).filter((c) => speech === null || c.force !== 'will');
  const clauseCue = (c: Clause): Cue | undefined => cues.find((q) => contains(c, q));
  const cueClauses = clauses.filter((c) => clauseCue(c) !== undefined);
  if (ctx.needTo || (ctx.objectFrame && cueClauses.length === 0)) {
    const draft = frameCarriedDirective(text, sentence, bodyStart, ctx.frame, ctx);
    return draft ? [draft] : [];
  }
  // "The council decided that the rebate would be raised": a reported decision binds as will (DIRECTIVES.md rule 5)
  const would = cueClauses.length === 0 && ctx.framedHere && ctx.frame?.reporting === 'decide' ? /\bwould\b/i.exec(text.slice(body.start, body.end)) : null;
  if (would) {
    const cue: Cue = { start: body.start + would.index, end: body.start + would.index + would[0].length, force: 'will', impersonal: false };
    return draftUnits(text, sentence, [{ unit: { ...body }, cue, carried: null }], [cue], ctx);
  }
  const units = directiveUnits(text, sentence, body, clauses, clauseCue, cueClauses.length, ctx).filter((u) => u.unit.end > u.unit.start);
  return draftUnits(text, sentence, units, cues, ctx);
}

/** Which stretches of the sentence are directives, and what cue or intro each carries. */
function directiveUnits(
  text: string,
  sentence: Sentence,
  body: Span,
  clauses: Clause[],
  clauseCue: (c: Clause) => Cue | undefined,
  cueClauseCount: number,
  ctx: SentenceContext,
): Unit[] {
  const units: Unit[] = [];
  // "1. Widen the bus network: Open ten routes …": a command label before a colon is a directive of its own
  const [head, next] = clauses;
  if (head && next && head.closer === ':' && !clauseCue(head) && (ctx.listItem || ctx.passage) && isLabel(stripLeadIn(text, head))) {
    const rest = clauses.slice(1);
    const restCues = rest.filter((c) => clauseCue(c) !== undefined).length;
    units.push({ unit: { ...head }, cue: null, carried: null });
    return [...units, ...directiveUnits(text, sentence, { start: next.start, end: body.end }, rest, clauseCue, restCues, { ...ctx, passage: true })];
  }
  if (cueClauseCount >= 2) {
    // a series of cue-bearing clauses: every ';' clause is a directive; a clause after ':'
    // without a cue of its own elaborates the one before it
    clauses.forEach((clause, i) => {
      const last = units[units.length - 1];
      const cue = clauseCue(clause);
      if (!cue && clauses[i - 1]?.closer === ':' && last) {
        last.unit.end = clause.end;
        return;
      }
      if (!cue && !startsWithVerb(stripLeadIn(text, clause))) {
        if (last) last.unit.end = clause.end;
        return;
      }
      units.push({ unit: { start: clause.start, end: clause.end }, cue: cue ?? null, carried: null });
    });
  } else if (cueClauseCount === 1) {
    const first = clauses.find((c) => clauseCue(c) !== undefined)!;
    units.push({ unit: { start: first.start, end: sentence.end }, cue: clauseCue(first)!, carried: null });
  } else {
    const lead = stripLeadIn(text, body);
    const intro = ctx.listItem || ctx.intro ? ctx.intro : null;
    if (intro && ((ctx.listItem && intro.force !== null) || startsWithVerb(lead))) {
      units.push({ unit: { ...body }, cue: null, carried: intro });
    } else if (((ctx.passage && hasLength(lead)) || (ctx.listItem && words(lead).length >= 2)) && startsWithVerb(lead)) {
      units.push({ unit: { ...body }, cue: null, carried: null });
    }
  }
  return units;
}

/** A short command-worded label: "Widen the bus network". */
function isLabel(body: string): boolean {
  const count = words(body).length;
  return count >= 2 && count <= 20 && !/[,;]/.test(body) && opensImperative(body);
}

/** Each unit, split at further cues, as drafts with force, cue and addressee. */
function draftUnits(text: string, sentence: Sentence, units: Unit[], cues: Cue[], ctx: SentenceContext): DraftDirective[] {
  const out: DraftDirective[] = [];
  const frameSignals: Signal[] = ctx.frame === null ? [] : [ctx.framedHere ? 'frame' : 'carried-frame'];
  if (ctx.frame?.reporting === 'require' && ctx.frame.force === 'must') frameSignals.push('requirement-frame');
  const fields = (force: Force, cue: string | null, addressee: string | null, signals: Signal[]): DraftFields => ({
    force,
    cue,
    addressee,
    frame: ctx.frame,
    signals: [...signals, ...frameSignals, ...(addressee === null ? (['no-subject'] as const) : (['agent-subject'] as const))],
  });
  for (const { unit, cue, carried } of units) {
    const pieces = cue ? splitUnitAtCues(text, unit, cues) : [{ ...unit, cue: null }];
    for (const piece of pieces) {
      let start = piece.start;
      const lead = /^\s*(?:and|or|but)\s+/i.exec(text.slice(start, piece.end));
      if (lead) start += lead[0].length;
      const span = clip(text, { start, end: piece.end });
      if (span.end <= span.start) continue;
      // "The plan is sent to you, please carry it out", "Li said growth is steady, and the government will …":
      // a statement before the cue's own clause is no part of the directive
      if (piece.cue) span.start = afterStatement(text, span.start, piece.cue);
      if (piece.cue) {
        const c = piece.cue;
        const subjectRegion = { start: span.start, end: c.start };
        const cueText = c.impersonal ? text.slice(c.start, c.end) : text.slice(subjectStartOf(text, subjectRegion), c.end);
        // "…; and must actively address …" shares the subject of the clause before it
        const subject = subjectText(text, subjectRegion);
        const sharesSubject = !c.impersonal && subject === '' && out.length > 0;
        // a shared subject is no addressee of a passive ("…, and must never be weakened")
        const shared = isPassiveAfter(text, c.end, text.slice(c.start, c.end)) ? null : out[out.length - 1]?.addressee ?? null;
        const candidate = sharesSubject ? shared : addresseeFor(text, span.start, c);
        // "No unit or individual shall …" forbids
        const negated = /^(?:no|nobody|no one|none|neither)\b/i.test(subject) && ['must', 'should', 'may', 'will'].includes(c.force);
        const force: Force = negated ? 'must-not' : c.force;
        const addressee = negated ? null : candidate;
        out.push(makeDraft(text, span, sentence, fields(force, pronounCue(cueText, text.slice(c.start, c.end), addressee), addressee, cueSignals(text, c, sharesSubject, addressee)), c.end));
      } else if (carried) {
        out.push(makeDraft(text, span, sentence, fields(carried.force ?? ctx.frame?.force ?? 'imperative', carried.cue, carried.addressee, ['list-item']), span.start));
      } else {
        const signals: Signal[] = ctx.listItem ? ['list-item', 'bare-imperative'] : ['bare-imperative'];
        if (!ctx.listItem && ctx.frame === null) signals.push('no-frame-passage');
        out.push(makeDraft(text, span, sentence, fields(ctx.frame?.force && !ctx.passage ? ctx.frame.force : 'imperative', null, null, signals), span.start));
      }
    }
  }
  return out;
}

/** Where a cue's clause starts when an independent statement comes first in its span. */
function afterStatement(text: string, start: number, cue: Cue): number {
  const clauseStart = cue.impersonal ? cue.start : subjectStartOf(text, { start, end: cue.start });
  const before = text.slice(start, clauseStart);
  const joint = cue.impersonal ? /,\s*(?:and\s+)?$/ : /,\s*(?:and|but|while|whereas|so)\s+$/i;
  if (!joint.test(before) || !hasMainVerb(before) || (!cue.impersonal && STATEMENT_LEAD.test(before))) return start;
  return clauseStart;
}

/** A subordinate or adverbial opening is part of the directive ("As prices rise, we must …"). */
const STATEMENT_LEAD = /^\s*(?:as|if|when|while|although|though|because|since|once|after|before|unless|to|in|on|for|with|by|under|through|given|faced|facing)\b/i;

/** What a cue says about itself: explicit, shared with the clause before, or weak. */
function cueSignals(text: string, cue: Cue, sharesSubject: boolean, addressee: string | null): Signal[] {
  const signals: Signal[] = ['explicit-cue'];
  if (sharesSubject) signals.push('shared-subject');
  const word = text.slice(cue.start, cue.end).toLowerCase();
  if (/^(?:can|may)$/.test(word)) signals.push('weak-cue');
  if (cue.force === 'will' && addressee === null) signals.push('non-agent-will');
  if (cue.force === 'should' && /\bhop(?:e|es|ed)\b/i.test(text.slice(Math.max(0, cue.start - 80), cue.start))) signals.push('hope');
  return signals;
}
