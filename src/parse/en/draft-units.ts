/** Pass 6b, drafting units: each unit split at further cues, with force, cue, addressee and signals. */
import type { Force } from '../../vocab/forces.js';
import type { Signal } from '../../vocab/signals.js';
import type { DraftDirective } from '../types.js';
import { addresseeFor, isPassiveAfter, pronounCue } from './addressees.js';
import type { SentenceContext, Unit } from './assemble.js';
import { clip, splitUnitAtCues } from './clauses.js';
import type { Cue } from './cues.js';
import { makeDraft, type DraftFields } from './draft.js';
import { OPEN_GOVERNOR } from './governing.js';
import { hasMainVerb } from './lexicon.js';
import type { Sentence } from './segment.js';
import { subjectStartOf, subjectText } from './subjects.js';

/** Each unit, split at further cues, as drafts with force, cue and addressee. */
export function draftUnits(text: string, sentence: Sentence, units: Unit[], cues: Cue[], ctx: SentenceContext): DraftDirective[] {
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
  // "…, emphasizing that we must …", "The key is that we must …": the directive is the that-clause
  if (!cue.impersonal && /\bthat\s+$/i.test(before) && OPEN_GOVERNOR.test(before.replace(/\s*that\s+$/i, ''))) return clauseStart;
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
