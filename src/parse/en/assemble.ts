/** Pass 6, assembly: a sentence's clauses and cues become directive units, each with force, cue and addressee. */
import type { Force } from '../../vocab/forces.js';
import { contains, type Span } from '../span.js';
import type { DraftDirective } from '../types.js';
import { hasLength, splitClauses, stripLeadIn, type Clause } from './clauses.js';
import { findCues, type Cue } from './cues.js';
import { draftUnits } from './draft-units.js';
import type { Frame } from './frames.js';
import { COMMITTING_ISSUER, governingCues, reportedSpeech } from './governing.js';
import { opensImperative, startsWithVerb, words } from './lexicon.js';
import { frameCarriedDirective } from './object-frame.js';
import type { Sentence } from './segment.js';

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

export interface Unit {
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
  // a plan someone merely said they have is news: "The team said they will …"
  const hearsay = speech !== null || (ctx.frame !== null && /^(?:say|add)$/.test(ctx.frame.reporting) && !COMMITTING_ISSUER.test(ctx.frame.issuer ?? ''));
  const cues = governingCues(text, findCues(text, body), clauses).filter((c) => !hearsay || c.force !== 'will');
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
    } else if (((ctx.passage && hasLength(lead) && opensImperative(lead)) || (ctx.listItem && words(lead).length >= 2 && startsWithVerb(lead)))) {
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
