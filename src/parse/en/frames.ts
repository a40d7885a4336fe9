/** Pass 2, frames: a reporting frame opening a sentence ("The meeting emphasized that …") and who speaks. */
import { EN_ISSUER_ADVERBIAL_OPENERS, EN_NOT_IN_ISSUER, EN_OBJECT_FRAME_VERBS, EN_SPEAKER_NOUNS, EN_SPEECH_VERBS, EN_TITLES } from '../../vocab/en/words.js';
import type { Force } from '../../vocab/forces.js';
import { textOf } from '../span.js';
import { FRAME_REGEX, PASSIVE_FRAME_REGEX, reportingOf } from './frame-patterns.js';
import { AGENTS, hasMainVerb, words } from './lexicon.js';
import type { Sentence } from './segment.js';

/** The frame that introduced the current passage ("The meeting emphasized that"). */
export interface Frame {
  reporting: string;
  issuer: string | null;
  force: Force | null;
}

export interface FramedSentence {
  frame: Frame;
  /** Where the framed body begins, after "… emphasized that". */
  bodyStart: number;
  /** The frame verb takes an object: "called on all localities to …". */
  objectCue: boolean;
  /** "… stressed the need to …": the frame itself carries the cue. */
  needTo: boolean;
}

const SPEAKERS: ReadonlySet<string> = new Set(EN_SPEAKER_NOUNS);
const NOT_IN_ISSUER: ReadonlySet<string> = new Set(EN_NOT_IN_ISSUER);
const SPEECH_VERBS: ReadonlySet<string> = new Set(EN_SPEECH_VERBS);
const OBJECT_FRAME_VERBS: ReadonlySet<string> = new Set(EN_OBJECT_FRAME_VERBS);
const ADVERBIAL_LEAD = new RegExp(`^(?:${EN_ISSUER_ADVERBIAL_OPENERS.join('|')})\\b[^,]*,\\s*`);
const TITLED_NAME = new RegExp(`(?:${EN_TITLES.join('|')})\\s+([A-Z][a-z]+(?:\\s+[A-Z][a-z]+){1,2})$`);

export function readFrame(text: string, sentence: Sentence, previous: Frame | null): FramedSentence | null {
  const body = textOf(text, sentence);
  const passive = PASSIVE_FRAME_REGEX.exec(body);
  if (passive) {
    const info = reportingOf(passive.groups!.verb!);
    return {
      frame: { reporting: info.base, issuer: previous?.issuer ?? null, force: info.force },
      bodyStart: sentence.start + passive[0].length,
      objectCue: false,
      needTo: false,
    };
  }
  const m = FRAME_REGEX.exec(body);
  if (!m) return null;
  const issuerRaw = m.groups!.issuer!.trim();
  if (words(issuerRaw).some((w) => NOT_IN_ISSUER.has(w))) return null;
  if (/[;:]/.test(issuerRaw) || hasMainVerb(issuerRaw.replace(/^the\s+/i, ''))) return null;
  if (!canSpeak(issuerRaw, m.groups!.verb!)) return null;
  const info = reportingOf(m.groups!.verb!);
  const tail = m.groups!.tail;
  let issuer: string | null = normaliseIssuer(issuerRaw);
  if (/^(?:he|she|it)$/i.test(issuer)) issuer = previous?.issuer ?? null;
  else if (/^the\b/i.test(issuer)) issuer = `the${issuer.slice(3)}`;
  // a frame verb with an object and no "that": "called on X to …", "instructed X to …", "called for …"
  // "put forward clear requirements on preventing risks" names a topic: the requirements follow
  const topicOnly = /requirements$/i.test(m.groups!.verb!) && (tail === undefined || tail === ',');
  const objectCue = !topicOnly && (tail === undefined || tail === ',');
  // "Li said the economy is steady, and …": a speech verb takes its clause without "that"
  if (objectCue && !OBJECT_FRAME_VERBS.has(info.base)) {
    if (tail === ',' || !SPEECH_VERBS.has(info.base)) return null;
    return { frame: { reporting: info.base, issuer, force: info.force }, bodyStart: sentence.start + m[0].length, objectCue: false, needTo: false };
  }
  if (topicOnly) return { frame: { reporting: info.base, issuer, force: info.force }, bodyStart: sentence.end, objectCue: false, needTo: false };
  return {
    frame: { reporting: info.base, issuer, force: info.force },
    bodyStart: sentence.start + m[0].length,
    objectCue,
    needTo: tail === 'the need to',
  };
}

/**
 * "Raising incomes requires that …" states what a goal needs: a gerund or an
 * abstract noun is no speaker, and a present-tense "requires"/"demands" frames
 * only after a person, a body or a text (issue 10 item 3).
 */
function canSpeak(issuer: string, verb: string): boolean {
  const tokens = words(issuer);
  if (/^[A-Z]?[a-z]+ing$/.test(issuer.split(/\s+/)[0] ?? '') && tokens.length > 1 && !/^[A-Z]/.test(issuer.split(/\s+/)[1] ?? '')) return false;
  if (!/^(?:requires|demands|calls for|calls on)$/i.test(verb)) return true;
  return /^(?:he|she|it)$/i.test(issuer) || (/^[A-Z]/.test(issuer.replace(/^(?:The|the)\s+/, '')) && !/^(?:This|That|These|Those|It)\b/.test(issuer)) || tokens.some((t) => AGENTS.has(t) || SPEAKERS.has(t));
}

/**
 * "While presiding over the study session, General Secretary of the CCP Central
 * Committee Xi Jinping" → "Xi Jinping": drop a leading adverbial and the titles
 * before a personal name.
 */
function normaliseIssuer(raw: string): string {
  let issuer = raw.replace(ADVERBIAL_LEAD, '').trim();
  const named = TITLED_NAME.exec(issuer);
  if (named) issuer = named[1]!;
  return issuer.replace(/^(?:Comrade)\s+/, '');
}

/** ", the meeting said." closing a sentence: the body or text that speaks, and its verb. */
const TRAILING_FRAME = /,\s*((?:the|The)\s+[A-Za-z-]+(?:\s+[A-Za-z-]+){0,3})\s+(said|stressed|emphasized|emphasised|noted|added|urged|stated|pointed out|underlined|required|demanded)\.?["”’]?\s*$/;

/**
 * "Relevant departments should act quickly, the meeting said": a frame at the end of
 * its sentence, for that sentence only. Only a body or a text frames so; a person's
 * trailing "said" is news speech (cues.ts reportedSpeech).
 */
export function trailingFrame(text: string, sentence: Sentence): { frame: Frame; end: number } | null {
  const body = textOf(text, sentence);
  const m = TRAILING_FRAME.exec(body);
  if (!m) return null;
  const issuer = m[1]!;
  if (!words(issuer).some((w) => SPEAKERS.has(w) || AGENTS.has(w))) return null;
  const info = reportingOf(m[2]!);
  return { frame: { reporting: info.base, issuer: `the${issuer.slice(3)}`, force: info.force }, end: sentence.start + m.index };
}
