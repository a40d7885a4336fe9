/** Pass 3b, governing cues: which cues head a clause of their own, not a relative, reported, conditional or predicted one. */
import { contains, textOf } from '../span.js';
import { isAgent, isPassiveAfter } from './addressees.js';
import type { Clause } from './clauses.js';
import { MODAL, type Cue } from './cues.js';
import { hasMainVerb, startsWithVerb } from './lexicon.js';
import { SUBJECT_WINDOW, subjectText, withoutAside } from './subjects.js';

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
    // (only since the last ", and": "A plan is needed to cut what exceeds limits, and work should continue" has a cue of its own)
    if (!OPEN_GOVERNOR.test(before.replace(/\bthat\s+[^,;]*$/i, '')) && (/\b(?:is|are|was|were)\b[^,;]*\b(?:that|which|who)\b/i.test(before.split(/,\s*(?:and|but|while)\s+/i).at(-1)!))) return false;
    const atClauseStart = before.replace(/^\s*(?:and|or|but)\b/i, '').trim() === '';
    // "…, pursue progress, strive to achieve …": a cue word with no subject after a comma is one more action;
    // "…, and must not accept gifts" repeats the modal for the same subject: a directive of its own
    // (the subject may also open the clause: "We are committed to A, and must act on B")
    const sharedModal = MODAL.test(cueText) && /(?:,|\band|\bbut)\s*$/i.test(before) && ((i > 0 && cues[i - 1]!.end <= cue.start) || /^\s*(?:we|they)\s+(?:are|have|will|must)\b/i.test(before));
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
    if (subordinate && !resumed && hasMainVerb(governing) && !relativeClause(governed) && !OPEN_GOVERNOR.test(governing)) return false;
    // "heed the requirement that development must be high quality": the cue tells what a noun says
    if (NOUN_COMPLEMENT.test(before)) return false;
    if ((cue.force === 'will' || cueText === 'can' || /^(?:will (?:also |still )?)?(?:has|have) to$/.test(cueText)) && isPrediction(text, clause, cue, before)) return false;
    // "These initiatives will enable us …", "this pandemic may intensify …" predict;
    // only agents are told what they will or may do
    if ((cue.force === 'will' || cue.force === 'may') && !/\bbe$/.test(cueText) && !isPassiveAfter(text, cue.end, cueText)) {
      const subject = subjectText(text, { start: clause.start, end: cue.start });
      if (subject !== '' && !isAgent(subject)) return false;
      // "can" permits only someone named: "other firms facing difficulties can …"
      if (cueText === 'can' && subject === '') return false;
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

/**
 * What may govern a that-clause and leave its cue a directive: a hope, a frame verb in
 * passing ("…, emphasizing that we must"), or "the key is that we must".
 */
export const OPEN_GOVERNOR = /(?:\bhop(?:e|es|ed|ing)|\bemphasi[sz]ing|\bstressing|\bpointing out|\bnoting|\burging|\brequiring|\b(?:key|point|priority|task|crux|essence|important thing|main thing)\s+(?:is|lies in))\s*$/i;

/** Commentators whose view is no directive of the text. */
const OPINION = /^(?:some\s+|many\s+|other\s+)?(?:experts?|analysts?|observers?|economists?|scholars?|critics?|commentators?|insiders?|sources?|researchers?)\s+(?:\w+ly\s+)?(?:say|said|says|believe|believed|think|thought|argue|argued|warn|warned|suggest|suggested|expect|expected)\b/i;

/**
 * Who may speak a commitment in a "said" frame: a body, a text or a leader. "The
 * research team said they will …", "He added the team will …" report plans (news).
 */
export const COMMITTING_ISSUER = /\b(?:meeting|conference|session|plenum|congress|council|committee|commission|ministry|government|state|party|leadership|notice|circular|plan|document|opinions|guidelines?|report|statement|communiqu[eé]|resolution|decision|premier|president|general secretary|chairman|xi|li)\b/i;

/** A noun whose that-clause states its content. */
const NOUN_COMPLEMENT = /\b(?:requirements?|principles?|idea|view|fact|notion|belief|demands?|goal|target|consensus|understanding|conviction)\s+that\s+[^,;]*$/i;

/** Words that make a sentence a forecast. */
const PREDICTION = /\b(?:likely|unlikely|expected|set|poised|projected|forecast|predicted|bound|estimated) to\b|\bis (?:likely|expected)\b/i;

/**
 * News speech: a quotation (“We will …,” said the spokesperson) or a report with
 * a trailing attribution ("The bank will keep rates unchanged, the governor said")
 * states what someone said will happen; it is no directive of the text (issue 10 item 6).
 */
export function reportedSpeech(sentence: string): 'quote' | 'attributed' | null {
  // an opinion: "Experts say governments should …"
  if (OPINION.test(sentence)) return 'quote';
  if (/^["“‘]/.test(sentence) && /[,.!?]["”’]\s*(?:(?:he|she|they|it)\s+)?(?:said|says|added|told|noted|explained)\b/i.test(sentence)) return 'quote';
  return /,\s*(?:[A-Z]?[\w’'.-]+\s+){1,6}(?:said|says|added|told \w+|noted|explained)\.?["”’]?\s*$/.test(sentence) ? 'attributed' : null;
}

const stripAdverbs = (s: string): string => s.replace(/^\s*(?:\w+ly\s+)+/i, '');
