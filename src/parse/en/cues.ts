/** Pass 3, cues: every deontic cue of a sentence, then only those that govern a clause of their own. */
import { EN_CONDITION_OPENERS, EN_NOUN_NEED_MARKERS, EN_SCHEDULE_VERBS } from '../../vocab/en/words.js';
import type { Force } from '../../vocab/forces.js';
import { textOf, type Span } from '../span.js';
import { AGENTS, CUE_REGEX, SUBORDINATORS, cueAt, isBaseVerb, words } from './lexicon.js';

export interface Cue extends Span {
  force: Force;
  /** The cue is a subject of its own ("it is necessary to …"). */
  impersonal: boolean;
}

/** "… will visit …": a schedule, not a commitment. */
const SCHEDULE = new RegExp(`^\\s+(?:\\w+ly\\s+)?(?:${EN_SCHEDULE_VERBS.join('|')})\\b`, 'i');
/** "it must be noted that …": a frame, not a requirement on "it". */
const IT_FRAME = /^\s+(?:also\s+)?be\s+(?:\w+ly\s+)?(?:noted|recognized|recognised|seen|pointed out|stressed|emphasized|understood|admitted|acknowledged|said|estimated)\b/i;
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
      // ("it should be reported promptly" in a regulation binds; "it will …" predicts; "it must be noted that" frames)
      if (prev !== undefined && (SUBORDINATORS.has(prev) || prev === 'to' || prev === 'there')) continue;
      if (prev === 'it' && (!/^(?:must|shall|should)\b/i.test(m[0]) || IT_FRAME.test(after))) continue;
      const word = m[0].toLowerCase();
      // "the thinking and will of the whole Party": the noun, not the modal; but
      // "We will, in accordance with law, crack down …" is the modal interrupted by an aside
      if (/^will$/.test(word) && /^\s*(?:(?:of|and|or|the|a|an|in|for|that|which)\b|[,.;:)])/.test(after) && !interrupted(region, m.index + m[0].length)) continue;
      // "will surely be able to …" predicts an ability; "I will …" is a speaker's own plan (issue 10 item 6)
      if (/^will\b/.test(word) && /^\s+(?:(?:surely|certainly|definitely|also|then)\s+)?be able to\b/.test(after)) continue;
      if (/^will\b/.test(word) && prev === 'i') continue;
      if (/^will\b/.test(word) && SCHEDULE.test(after)) continue;
      if (word === 'can' && (prev === undefined || prev === 'i' || /\b(?:only|when|if|that|provided|unless|because|so|whether|how|what)\b/i.test(region.slice(Math.max(0, m.index - 200), m.index)) || !/^\s+(?:also\s+|\w+ly\s+)?[a-z]+/.test(after) || /^\s+(?:also\s+|\w+ly\s+)?(?:be|have|only|not|hardly|never|see|expect|enjoy|get|feel|now)\b/.test(after))) continue;
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
    cues.push({ start: cueStart, end: cueEnd, force: adjustedForce(force, region.slice(Math.max(0, m.index - 80), m.index), after), impersonal: subject === 'impersonal' });
  }
  return cues;
}

/** "We will, in accordance with law, crack down": an aside between commas, then a verb. */
function interrupted(region: string, from: number): boolean {
  const m = /^\s*,[^,;.]{1,80},\s*(?:\w+ly\s+)?([a-z]+)/.exec(region.slice(from, from + 120));
  return m !== null && isBaseVerb(m[1]!);
}

/**
 * "should not only … but also …" urges more, it forbids nothing; a hope ("I hope that
 * experts will …") asks, it does not commit (DIRECTIVES.md: hopes are should).
 */
function adjustedForce(force: Force, before: string, after: string): Force {
  if (force === 'must-not' && /^\s+only\b/.test(after)) return 'should';
  if (force === 'will' && /\bhop(?:e|es|ed|ing)\s+(?:that\s+)?[^,;.]*$/i.test(before)) return 'should';
  return force;
}

/** Cues that are modals: after ", and" with no subject of their own they share the one before (issue 10 item 4). */
export const MODAL = /^(?:must|shall|should|will|may|can|cannot|need|needs|has to|have to|ought|is to|are to|is not|are not)\b/i;

/** A modal cue ("must", "will", "need to"), as against a verb-like one ("strive to", "encourage"). */
export function isModalCue(text: string, cue: Cue): boolean {
  return !cue.impersonal && MODAL.test(textOf(text, cue));
}
