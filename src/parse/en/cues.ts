/** Pass 3, cues: every deontic cue of a sentence, then only those that govern a clause of their own. */
import { EN_CONDITION_OPENERS, EN_NOUN_NEED_MARKERS } from '../../vocab/en/words.js';
import type { Force } from '../../vocab/forces.js';
import { contains, textOf, type Span } from '../span.js';
import type { Clause } from './clauses.js';
import { AGENTS, CUE_REGEX, SUBORDINATORS, cueAt, hasMainVerb, words } from './lexicon.js';
import { SUBJECT_WINDOW, isAgent, isPassiveAfter, subjectText } from './subjects.js';

export interface Cue extends Span {
  force: Force;
  /** The cue is a subject of its own ("it is necessary to …"). */
  impersonal: boolean;
}

const CONDITION_OPENERS: ReadonlySet<string> = new Set(EN_CONDITION_OPENERS);
const NOUN_NEED_MARKERS: ReadonlySet<string> = new Set(EN_NOUN_NEED_MARKERS);

/** Every cue in the span, in order. */
export function findCues(text: string, within: Span): Cue[] {
  const cues: Cue[] = [];
  const region = textOf(text, within);
  CUE_REGEX.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE_REGEX.exec(region)) !== null) {
    const { force, subject } = cueAt(m.slice(1));
    const cueStart = within.start + m.index;
    const cueEnd = cueStart + m[0].length;
    const before = words(region.slice(Math.max(0, m.index - 40), m.index));
    const prev = before[before.length - 1];
    const after = region.slice(m.index + m[0].length, m.index + m[0].length + 30);
    // "If it is necessary to issue rules, …" states a condition, not a requirement
    if (prev !== undefined && CONDITION_OPENERS.has(prev)) continue;
    if (subject === 'own') {
      // a modal needs a subject or a clause opening before it; "which will", "to be" are not cues
      if (prev !== undefined && (SUBORDINATORS.has(prev) || prev === 'to' || prev === 'it' || prev === 'there')) continue;
      const word = m[0].toLowerCase();
      // "the thinking and will of the whole Party": the noun, not the modal
      if (/^will$/.test(word) && /^\s*(?:(?:of|and|or|the|a|an|in|for|that|which)\b|[,.;:)])/.test(after)) continue;
      if (/^will$|^will (?:also|further|still)$/.test(word)) {
        // "we will have more blue skies" predicts; "will have to" obliges
        if (/^\s+have\b(?!\s+to\b)/.test(after)) continue;
        if (/^\s+(?:not|never)\b/.test(after)) continue;
      }
      if (word === 'may' || word === 'encourage' || word === 'encourages') {
        if (/^\s+(?:be|have|well|also)\b/.test(after) && word === 'may') continue;
        if (word !== 'may' && prev !== undefined && !AGENTS.has(prev)) continue;
      }
      if (/^(?:also |further |still )?needs? to$/i.test(m[0]) && prev !== undefined && NOUN_NEED_MARKERS.has(prev)) continue;
    }
    cues.push({ start: cueStart, end: cueEnd, force, impersonal: subject === 'impersonal' });
  }
  return cues;
}

/** The cues that head a clause of their own, not ones embedded in a relative or reported clause. */
export function governingCues(text: string, cues: Cue[], clauses: Clause[]): Cue[] {
  return cues.filter((cue) => {
    if (cue.impersonal) return true;
    const clause = clauses.find((c) => contains(c, cue));
    if (!clause) return true;
    const before = text.slice(Math.max(clause.start, cue.start - SUBJECT_WINDOW), cue.start);
    const lastPart = before.split(/,/).at(-1)!.replace(/^\s*(?:and|or|but)\b/i, '').trim();
    // "… is a major struggle that we cannot lose and must not lose": the cue sits in a relative clause
    if (/\b(?:is|are|was|were)\b[^,;]*\b(?:that|which|who)\b/i.test(before)) return false;
    const atClauseStart = before.replace(/^\s*(?:and|or|but)\b/i, '').trim() === '';
    // "…, pursue progress, strive to achieve …": a cue word with no subject after a comma is one more action
    if (lastPart === '' && !atClauseStart) return false;
    // "This arrangement shows that our Party will lead …": the cue sits in a clause a main verb governs
    const subordinate = /\b(?:that|what|which|how|whether)\b(?![^]*\b(?:that|what|which|how|whether)\b)/i.exec(before);
    if (subordinate && hasMainVerb(before.slice(0, subordinate.index))) return false;
    // "These initiatives will enable us …", "this pandemic may intensify …" predict;
    // only agents are told what they will or may do
    const cueText = textOf(text, cue).toLowerCase();
    if ((cue.force === 'will' || cue.force === 'may') && !/\bbe$/.test(cueText) && !isPassiveAfter(text, cue.end, cueText)) {
      const subject = subjectText(text, { start: clause.start, end: cue.start });
      if (subject !== '' && !isAgent(subject)) return false;
    }
    return true;
  });
}
