/** Pass 3, cues: every deontic cue of a sentence, then only those that govern a clause of their own. */
import { EN_CONDITION_OPENERS, EN_NOUN_NEED_MARKERS, EN_SCHEDULE_VERBS } from '../../vocab/en/words.js';
import type { Force } from '../../vocab/forces.js';
import { contains, textOf, type Span } from '../span.js';
import type { Clause } from './clauses.js';
import { AGENTS, CUE_REGEX, SUBORDINATORS, cueAt, hasMainVerb, isBaseVerb, startsWithVerb, words } from './lexicon.js';
import { SUBJECT_WINDOW, isAgent, isPassiveAfter, subjectText, withoutAside } from './subjects.js';

export interface Cue extends Span {
  force: Force;
  /** The cue is a subject of its own ("it is necessary to …"). */
  impersonal: boolean;
}

/** "… will visit …": a schedule, not a commitment. */
const SCHEDULE = new RegExp(`^\\s+(?:\\w+ly\\s+)?(?:${EN_SCHEDULE_VERBS.join('|')})\\b`, 'i');
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
      // "the thinking and will of the whole Party": the noun, not the modal; but
      // "We will, in accordance with law, crack down …" is the modal interrupted by an aside
      if (/^will$/.test(word) && /^\s*(?:(?:of|and|or|the|a|an|in|for|that|which)\b|[,.;:)])/.test(after) && !interrupted(region, m.index + m[0].length)) continue;
      // "will surely be able to …" predicts an ability; "I will …" is a speaker's own plan (issue 10 item 6)
      if (/^will\b/.test(word) && /^\s+(?:(?:surely|certainly|definitely|also|then)\s+)?be able to\b/.test(after)) continue;
      if (/^will\b/.test(word) && prev === 'i') continue;
      if (/^will\b/.test(word) && SCHEDULE.test(after)) continue;
      if (word === 'can' && (prev === undefined || !AGENTS.has(prev) || prev === 'i' || /\b(?:only|when|if|that|provided|unless|because|so|whether|how|what)\b/i.test(region.slice(Math.max(0, m.index - 80), m.index)) || !/^\s+(?:also\s+|\w+ly\s+)?[a-z]+/.test(after) || /^\s+(?:also\s+|\w+ly\s+)?(?:be|have|only|not|hardly|never|see|expect|enjoy|get|feel|now)\b/.test(after))) continue;
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
const MODAL = /^(?:must|shall|should|will|may|can|cannot|need|needs|has to|have to|ought|is to|are to|is not|are not)\b/i;

/** A modal cue ("must", "will", "need to"), as against a verb-like one ("strive to", "encourage"). */
export function isModalCue(text: string, cue: Cue): boolean {
  return !cue.impersonal && MODAL.test(textOf(text, cue));
}

/** The cues that head a clause of their own, not ones embedded in a relative or reported clause. */
export function governingCues(text: string, cues: Cue[], clauses: Clause[]): Cue[] {
  return cues.filter((cue, i) => {
    if (cue.impersonal) return true;
    const clause = clauses.find((c) => contains(c, cue));
    if (!clause) return true;
    const cueText = textOf(text, cue).toLowerCase();
    const before = withoutAside(text.slice(Math.max(clause.start, cue.start - SUBJECT_WINDOW), cue.start));
    const lastPart = before.split(/,/).at(-1)!.replace(/^\s*(?:and|or|but)\b/i, '').trim();
    // "… is a major struggle that we cannot lose and must not lose": the cue sits in a relative clause
    if (/\b(?:is|are|was|were)\b[^,;]*\b(?:that|which|who)\b/i.test(before)) return false;
    const atClauseStart = before.replace(/^\s*(?:and|or|but)\b/i, '').trim() === '';
    // "…, pursue progress, strive to achieve …": a cue word with no subject after a comma is one more action;
    // "…, and must not accept gifts" repeats the modal for the same subject: a directive of its own
    const sharedModal = MODAL.test(cueText) && i > 0 && cues[i - 1]!.end <= cue.start && /(?:,|\band|\bbut)\s*$/i.test(before);
    if (lastPart === '' && !atClauseStart && !sharedModal) return false;
    // "Effectively stabilize the economy and strive to …": a cue coordinated with a bare verb is one more action
    // and "We must advance A, watch B and work hard to C": one more action under the modal before it
    if (!MODAL.test(cueText) && /\band\s*$/i.test(before) && (startsWithVerb(stripAdverbs(before.split(/,/)[0]!)) || (i > 0 && contains(clause, cues[i - 1]!)))) return false;
    // "This arrangement shows that our Party will lead …": the cue sits in a clause a main verb governs
    // (unless a new clause follows it: "They must do what they require …, and they must abstain" is two cues;
    // a hope is a directive: "I hope that experts will …" asks them, DIRECTIVES.md; a finite verb in the
    // that-clause shows it is relative: "The policies that are due to expire will …")
    const subordinate = /\b(?:that|what|which|how|whether)\b(?![^]*\b(?:that|what|which|how|whether)\b)/i.exec(before);
    const governed = subordinate ? before.slice(subordinate.index) : '';
    const governing = subordinate ? before.slice(0, subordinate.index) : '';
    const resumed = /,\s*(?:and|but|while)\s+/i.test(governed);
    if (subordinate && !resumed && hasMainVerb(governing) && !relativeClause(governed) && !/\bhop(?:e|es|ed)\s*$/i.test(governing)) return false;
    if ((cue.force === 'will' || cueText === 'can' || /^(?:has|have) to$/.test(cueText)) && isPrediction(text, clause, cue, before)) return false;
    // "These initiatives will enable us …", "this pandemic may intensify …" predict;
    // only agents are told what they will or may do
    if ((cue.force === 'will' || cue.force === 'may') && !/\bbe$/.test(cueText) && !isPassiveAfter(text, cue.end, cueText)) {
      const subject = subjectText(text, { start: clause.start, end: cue.start });
      if (subject !== '' && !isAgent(subject)) return false;
    }
    return true;
  });
}

/**
 * "If we keep to this course, we will …" and "warnings will be triggered when …"
 * say what follows from a condition, not what anyone is told to do.
 */
function isPrediction(text: string, clause: Clause, cue: Cue, before: string): boolean {
  if (/^\s*(?:if|as long as|so long as|once|provided that|only if|only when)\b[^,]*,/i.test(before)) return true;
  // "Prices are likely to rise, and consumers will have to pay more": a forecast
  if (PREDICTION.test(before)) return true;
  const subject = subjectText(text, { start: clause.start, end: cue.start });
  if (subject === '' || isAgent(subject)) return false;
  return /^[^;]*?\b(?:when|whenever|if|once|as soon as)\b/i.test(text.slice(cue.end, clause.end));
}

/** "that are due to expire by June": a relative clause with a finite verb of its own. */
function relativeClause(fromPronoun: string): boolean {
  return /^(?:that|which)\s+(?:\w+\s+){0,3}?(?:is|are|was|were|has|have|had)\b/i.test(fromPronoun);
}

/** Words that make a sentence a forecast. */
const PREDICTION = /\b(?:likely|unlikely|expected|set|poised|projected|forecast|predicted|bound|estimated) to\b|\bis (?:likely|expected)\b/i;

/**
 * News speech: a quotation (“We will …,” said the spokesperson) or a report with
 * a trailing attribution ("The bank will keep rates unchanged, the governor said")
 * states what someone said will happen; it is no directive of the text (issue 10 item 6).
 */
export function reportedSpeech(sentence: string): 'quote' | 'attributed' | null {
  if (/^["“‘]/.test(sentence) && /[,.!?]["”’]\s*(?:(?:he|she|they|it)\s+)?(?:said|says|added|told|noted|explained)\b/i.test(sentence)) return 'quote';
  return /,\s*(?:[A-Z]?[\w’'.-]+\s+){1,6}(?:said|says|added|told \w+|noted|explained)\.?["”’]?\s*$/.test(sentence) ? 'attributed' : null;
}

const stripAdverbs = (s: string): string => s.replace(/^\s*(?:\w+ly\s+)+/i, '');
