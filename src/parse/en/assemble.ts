/** Pass 6, assembly: a sentence's clauses and cues become directive units, each with force, cue and addressee. */
import type { Force } from '../../vocab/forces.js';
import { contains, type Span } from '../span.js';
import type { DraftDirective } from '../types.js';
import { clip, hasLength, splitClauses, splitUnitAtCues, stripLeadIn, type Clause } from './clauses.js';
import { findCues, governingCues, type Cue } from './cues.js';
import { makeDraft } from './draft.js';
import type { Frame } from './frames.js';
import { startsWithVerb } from './lexicon.js';
import { frameCarriedDirective } from './object-frame.js';
import type { Sentence } from './segment.js';
import { addresseeFor, pronounCue, subjectStartOf, subjectText } from './subjects.js';

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
}

interface Unit {
  unit: Span;
  cue: Cue | null;
  carried: Intro | null;
}

export function sentenceDirectives(text: string, sentence: Sentence, bodyStart: number, ctx: SentenceContext): DraftDirective[] {
  const body: Span = { start: bodyStart, end: sentence.end };
  const clauses = splitClauses(text, body);
  const cues = governingCues(text, findCues(text, body), clauses);
  const clauseCue = (c: Clause): Cue | undefined => cues.find((q) => contains(c, q));
  const cueClauses = clauses.filter((c) => clauseCue(c) !== undefined);
  if (ctx.needTo || (ctx.objectFrame && cueClauses.length === 0)) {
    const draft = frameCarriedDirective(text, sentence, bodyStart, ctx.frame, ctx);
    return draft ? [draft] : [];
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
    const intro = sentence.marker !== null || ctx.intro ? ctx.intro : null;
    if (intro && (intro.force !== null || startsWithVerb(lead))) {
      units.push({ unit: { ...body }, cue: null, carried: intro });
    } else if ((ctx.passage || sentence.marker !== null) && startsWithVerb(lead) && hasLength(lead)) {
      units.push({ unit: { ...body }, cue: null, carried: null });
    }
  }
  return units;
}

/** Each unit, split at further cues, as drafts with force, cue and addressee. */
function draftUnits(text: string, sentence: Sentence, units: Unit[], cues: Cue[], ctx: SentenceContext): DraftDirective[] {
  const out: DraftDirective[] = [];
  const fields = (force: Force, cue: string | null, addressee: string | null) => ({ force, cue, addressee, frame: ctx.frame });
  for (const { unit, cue, carried } of units) {
    const pieces = cue ? splitUnitAtCues(text, unit, cues) : [{ ...unit, cue: null }];
    for (const piece of pieces) {
      let start = piece.start;
      const lead = /^\s*(?:and|or|but)\s+/i.exec(text.slice(start, piece.end));
      if (lead) start += lead[0].length;
      const span = clip(text, { start, end: piece.end });
      if (span.end <= span.start) continue;
      if (piece.cue) {
        const c = piece.cue;
        const subjectRegion = { start: span.start, end: c.start };
        const cueText = c.impersonal ? text.slice(c.start, c.end) : text.slice(subjectStartOf(text, subjectRegion), c.end);
        // "…; and must actively address …" shares the subject of the clause before it
        const subject = subjectText(text, subjectRegion);
        const sharesSubject = !c.impersonal && subject === '' && out.length > 0;
        const candidate = sharesSubject ? out[out.length - 1]!.addressee : addresseeFor(text, span.start, c);
        // "No unit or individual shall …" forbids
        const negated = /^(?:no|nobody|no one|none|neither)\b/i.test(subject) && ['must', 'should', 'may', 'will'].includes(c.force);
        const force: Force = negated ? 'must-not' : c.force;
        const addressee = negated ? null : candidate;
        out.push(makeDraft(text, span, sentence, fields(force, pronounCue(cueText, text.slice(c.start, c.end), addressee), addressee), c.end));
      } else if (carried) {
        out.push(makeDraft(text, span, sentence, fields(carried.force ?? ctx.frame?.force ?? 'imperative', carried.cue, carried.addressee), span.start));
      } else {
        out.push(makeDraft(text, span, sentence, fields(ctx.frame?.force && !ctx.passage ? ctx.frame.force : 'imperative', null, null), span.start));
      }
    }
  }
  return out;
}
