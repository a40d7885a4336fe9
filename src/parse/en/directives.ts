import type { Force } from '../../vocab/forces.js';
import type { DraftDirective } from '../types.js';
import { describeActions } from './actions.js';
import {
  AGENTS,
  ASSESSMENT_REGEX,
  CUE_REGEX,
  FRAME_REGEX,
  PASSIVE_FRAME_REGEX,
  REPORTING_BY_FORM,
  SUBORDINATORS,
  cueAt,
  hasMainVerb,
  startsWithVerb,
  words,
} from './lexicon.js';
import { segment, type Sentence } from './segment.js';

/** The frame that introduced the current passage ("The meeting emphasized that"). */
interface Frame {
  reporting: string;
  issuer: string | null;
  force: Force | null;
}

interface Cue {
  start: number;
  end: number;
  force: Force;
  impersonal: boolean;
}

interface Clause {
  start: number;
  end: number;
  /** The separator that closes the clause: ';', ':' or '' at the sentence end. */
  closer: string;
}

/** A cue-carrying intro ("We must:") whose list items inherit its cue. */
interface Intro {
  cue: string | null;
  force: Force | null;
  addressee: string | null;
}

/**
 * How far back from a cue its subject and governing clause are looked for. Real
 * subjects are far shorter; the bound keeps an unpunctuated run-on line (a
 * broken PDF conversion) linear instead of quadratic (issue 7).
 */
const SUBJECT_WINDOW = 400;

const LEADING_CONJUNCTION = /^(?:and|or|but|also|then|meanwhile|moreover|furthermore|in addition|at the same time)\b[,\s]*/i;
const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|firstly|secondly|thirdly|finally|lastly|last)(?:ly)?\b,?\s*/i;

function clip(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:.。!?"”’)]/.test(text[end - 1]!)) {
    // keep a closing quote or bracket whose opener is inside the span
    const ch = text[end - 1]!;
    if (ch === '”' && text.lastIndexOf('“', end) >= start) break;
    if (ch === ')' && text.lastIndexOf('(', end) >= start) break;
    if (ch === '.' && /\betc$/.test(text.slice(Math.max(start, end - 4), end - 1))) break;
    end--;
  }
  // a series closing on "; and" keeps neither
  const tail = /(?:[;,]\s*)?\b(?:and|or)$/i.exec(text.slice(start, end));
  if (tail && end - tail[0].length > start) return clip(text, start, end - tail[0].length);
  return { start, end };
}

function splitClauses(text: string, start: number, end: number): Clause[] {
  const clauses: Clause[] = [];
  let depth = 0;
  let clauseStart = start;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '[' || ch === '“') depth++;
    else if ((ch === ')' || ch === ']' || ch === '”') && depth > 0) depth--;
    else if (depth === 0 && (ch === ';' || ch === '；' || ((ch === ':' || ch === '：') && !/\d/.test(text[i + 1] ?? '')))) {
      clauses.push({ start: clauseStart, end: i, closer: ch === '；' ? ';' : ch === '：' ? ':' : ch });
      clauseStart = i + 1;
    }
  }
  clauses.push({ start: clauseStart, end, closer: '' });
  return clauses.filter((c) => text.slice(c.start, c.end).trim() !== '');
}

/** Every cue in [start, end), in order. */
function findCues(text: string, start: number, end: number): Cue[] {
  const cues: Cue[] = [];
  const region = text.slice(start, end);
  CUE_REGEX.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE_REGEX.exec(region)) !== null) {
    const { force, subject } = cueAt(m.slice(1));
    const cueStart = start + m.index;
    const cueEnd = cueStart + m[0].length;
    const before = words(region.slice(Math.max(0, m.index - 40), m.index));
    const prev = before[before.length - 1];
    const after = region.slice(m.index + m[0].length, m.index + m[0].length + 30);
    // "If it is necessary to issue rules, …" states a condition, not a requirement
    if (prev !== undefined && /^(?:if|unless|when|whether|although|though|because|since|once|while|where)$/.test(prev)) continue;
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
      if (/^(?:also |further |still )?needs? to$/i.test(m[0]) && prev !== undefined && ['the', 'a', 'an', 'urgent', 'no'].includes(prev)) continue;
    }
    cues.push({ start: cueStart, end: cueEnd, force, impersonal: subject === 'impersonal' });
  }
  return cues;
}

/**
 * Where the subject of a cue begins: after the last comma-level break that is
 * not part of a noun list ("Every locality, department, and sector must").
 */
function subjectText(text: string, clauseStart: number, cueStart: number): string {
  const region = text.slice(Math.max(clauseStart, cueStart - SUBJECT_WINDOW), cueStart);
  const pronoun = /(?:^|,\s*|\b(?:and|but|while)\s+)(we|they|you|he|she)(?:\s+(?:also|all|still|further|both|therefore|thus))?\s*$/i.exec(region);
  if (pronoun) return pronoun[1]!;
  // walk back from the cue over comma-separated parts while they still read as one
  // noun list ("Every locality, department, and sector"); stop at an adverbial
  // ("This year", "In places where …") or anything with a verb of its own
  const parts = region.split(/,\s*/);
  let j = parts.length - 1;
  while (j > 0 && isNounListPart(parts[j - 1]!)) j--;
  return parts.slice(j).join(', ').replace(LEADING_CONJUNCTION, '').replace(/^(?:that|also)\s+/i, '').trim();
}

function isNounListPart(part: string): boolean {
  const p = part.trim();
  const tokens = words(p);
  if (tokens.length === 0 || tokens.length > 10) return false;
  const first = tokens[0]!;
  if (ORDINAL.test(`${p},`)) return false;
  if (/^(?:in|for|at|on|to|with|by|under|through|after|before|during|since|as|from|over|given|driven|guided|based|if|when|while|although|this|next|meanwhile|moreover|furthermore|therefore|thus|however|specifically|overall|above|time|going|or|who|which|where|that)$/.test(first)) return false;
  if (tokens.some((t) => SUBORDINATORS.has(t))) return false;
  return !hasMainVerb(p);
}

function isAgent(subject: string): boolean {
  const tokens = words(subject);
  if (tokens.length === 0 || tokens.length > 24) return false;
  // "anyone who fails …", "officials who …" name whom a sanction targets, not who acts
  return tokens.some((t) => AGENTS.has(t));
}

function normaliseAddressee(subject: string): string {
  let s = subject.replace(/\s+/g, ' ').trim();
  // a sentence-initial capital is not part of the name: "All localities" → "all localities",
  // but "Central Party and state organs" and "CPC committees" keep theirs
  const [first = '', second = ''] = s.split(' ');
  if (/^[A-Z][a-z’'-]*$/.test(first) && !/^[A-Z]/.test(second)) s = s[0]!.toLowerCase() + s.slice(1);
  return s;
}

function isPassiveAfter(text: string, cueEnd: number, cueText: string): boolean {
  if (/\bbe$/i.test(cueText)) return true;
  return /^\s+(?:\w+ly\s+)?(?:be|been|also be)\s+\w+(?:ed|en|wn|lt|ne|ld|ut)\b/i.test(text.slice(cueEnd, cueEnd + 60));
}

/** Can the words between a split point and a cue be the cue's own subject? */
function looksLikeSubject(region: string): boolean {
  const t = region.trim();
  if (t === '') return false;
  const tokens = words(t);
  if (tokens.length === 0 || tokens.length > 14) return false;
  if (tokens.some((w) => SUBORDINATORS.has(w) || w === 'to')) return false;
  return !hasMainVerb(t) || /^(?:we|they|it|he|she)$/i.test(t);
}

interface Unit {
  start: number;
  end: number;
}

/**
 * Split a unit at every further cue that has its own subject after a comma
 * ("the epidemic must be kept under control, the economy must be kept stable").
 */
function splitUnitAtCues(text: string, unit: Unit, cues: Cue[]): { start: number; end: number; cue: Cue | null }[] {
  const inside = cues.filter((c) => c.start >= unit.start && c.end <= unit.end)
  if (inside.length === 0) return [{ ...unit, cue: null }];
  const pieces: { start: number; end: number; cue: Cue | null }[] = [{ start: unit.start, end: unit.end, cue: inside[0]! }];
  for (const cue of inside.slice(1)) {
    const current = pieces[pieces.length - 1]!;
    // only the last SUBJECT_WINDOW characters can hold the split: a subject is never longer
    const from = Math.max(current.cue!.end, cue.start - SUBJECT_WINDOW);
    const between = text.slice(from, cue.start);
    const comma = between.lastIndexOf(',');
    if (comma === -1) continue;
    const subjectStart = from + comma + /^,\s*(?:(?:and|but|while)\s+)?/.exec(between.slice(comma))![0].length;
    const region = text.slice(subjectStart, cue.start)
    if (cue.impersonal ? region.trim() !== '' && !/^(?:and|but)\s*$/i.test(region.trim()) : !looksLikeSubject(region)) continue;
    current.end = from + comma;
    pieces.push({ start: subjectStart, end: unit.end, cue });
  }
  return pieces;
}

function readFrame(text: string, sentence: Sentence, previous: Frame | null): { frame: Frame; bodyStart: number; objectCue: boolean; needTo: boolean } | null {
  const body = text.slice(sentence.start, sentence.end);
  const passive = PASSIVE_FRAME_REGEX.exec(body);
  if (passive) {
    const info = REPORTING_BY_FORM.get(passive.groups!.verb!)!;
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
  const issuerWords = words(issuerRaw);
  if (issuerWords.some((w) => ['must', 'should', 'will', 'shall', 'need', 'is', 'are', 'was', 'were', 'have', 'has', 'we', 'they', 'who', 'which'].includes(w))) return null;
  if (/[;:]/.test(issuerRaw) || hasMainVerb(issuerRaw.replace(/^the\s+/i, ''))) return null;
  const verb = m.groups!.verb!;
  const info = REPORTING_BY_FORM.get(verb)!;
  const tail = m.groups!.tail;
  let issuer: string | null = normaliseIssuer(issuerRaw);
  if (/^(?:he|she|it)$/i.test(issuer)) issuer = previous?.issuer ?? null;
  else if (/^the\b/i.test(issuer)) issuer = `the${issuer.slice(3)}`;
  // a frame verb with an object and no "that": "called on X to …", "instructed X to …", "called for …"
  const objectCue = tail === undefined || tail === ',';
  if (objectCue && !['call for', 'urge', 'ask', 'instruct', 'require', 'request', 'propose', 'decide', 'deploy'].includes(info.base)) {
    return null;
  }
  return {
    frame: { reporting: info.base, issuer, force: info.force },
    bodyStart: sentence.start + m[0].length,
    objectCue,
    needTo: tail === 'the need to',
  };
}

/**
 * "While presiding over the study session, General Secretary of the CCP Central
 * Committee Xi Jinping" → "Xi Jinping": drop a leading adverbial and the titles
 * before a personal name.
 */
function normaliseIssuer(raw: string): string {
  let issuer = raw.replace(/^(?:While|When|In|At|During|On)\b[^,]*,\s*/, '').trim();
  const named = /(?:Secretary|President|Premier|Chairman|Chairperson|Comrade|Committee|Commission|Minister|Governor|Mayor|Director|Chief|Head|Leader)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})$/.exec(issuer);
  if (named) issuer = named[1]!;
  return issuer.replace(/^(?:Comrade)\s+/, '');
}

function makeDraft(
  text: string,
  span: { start: number; end: number },
  sentence: Sentence,
  fields: { force: Force; cue: string | null; addressee: string | null; frame: Frame | null },
  actionsFrom: number,
): DraftDirective {
  const described = describeActions(text, Math.max(span.start, actionsFrom), span.end);
  return {
    start: span.start,
    end: span.end,
    force: fields.force,
    cue: fields.cue,
    reporting: fields.frame?.reporting ?? null,
    issuer: fields.frame?.issuer ?? null,
    addressee: fields.addressee,
    actions: described.actions,
    purpose: described.purpose,
    themes: described.themes,
    paragraph: sentence.paragraph,
    sentence: sentence.index,
  };
}

export function parseEnglishDirectives(text: string): DraftDirective[] {
  const drafts: DraftDirective[] = [];
  let frame: Frame | null = null;
  let intro: Intro | null = null;
  for (const paragraph of segment(text)) {
    let paragraphHasDirective = false;
    let paragraphHasFrame = false;
    let previousWasDirective = false;
    for (const sentence of paragraph.sentences) {
      if (sentence.heading && !sentence.marker) {
        previousWasDirective = false;
        intro = null;
        continue;
      }
      let bodyStart = sentence.start;
      let objectFrame = false;
      let needTo = false;
      const framed = readFrame(text, sentence, frame);
      if (framed) {
        frame = framed.frame;
        paragraphHasFrame = true;
        bodyStart = framed.bodyStart;
        objectFrame = framed.objectCue;
        needTo = framed.needTo;
        intro = null;
      } else {
        const assessment = ASSESSMENT_REGEX.exec(text.slice(sentence.start, sentence.end));
        if (assessment) bodyStart = sentence.start + assessment[0].length;
      }
      const produced = sentenceDirectives(text, sentence, bodyStart, {
        frame,
        intro,
        objectFrame,
        needTo,
        passage: previousWasDirective || paragraphHasDirective || (frame !== null && (paragraphHasFrame || sentence.marker !== null)) || intro !== null,
      });
      // a colon-closed sentence with a cue and nothing after it introduces a list
      if (sentence.endsWithColon) {
        const cue = findCues(text, bodyStart, sentence.end)[0];
        const lastClause = splitClauses(text, bodyStart, sentence.end).at(-1);
        const introCue = cue && lastClause && cue.start >= lastClause.start ? cue : undefined;
        if (introCue || framed || produced.length === 0) {
          const cueStart = introCue ? subjectStartOf(text, lastClause!.start, introCue.start) : 0;
          intro = {
            cue: introCue ? text.slice(cueStart, introCue.end).replace(/\s+also\b/i, ' also').trim() : null,
            force: introCue ? introCue.force : frame?.force ?? null,
            addressee: introCue ? addresseeFor(text, lastClause!.start, introCue) : null,
          };
          // the intro clause itself is not a directive; earlier clauses of the sentence may be
          const kept = produced.filter((d) => !introCue || d.start < lastClause!.start);
          drafts.push(...kept);
          paragraphHasDirective ||= kept.length > 0;
          previousWasDirective = true;
          continue;
        }
      } else if (!sentence.marker) {
        intro = null;
      }
      // a verbless fragment split off by translation belongs to the directive before it
      if (
        produced.length === 0 &&
        previousWasDirective &&
        !framed &&
        drafts.length > 0 &&
        !hasMainVerb(text.slice(sentence.start, sentence.end)) &&
        drafts[drafts.length - 1]!.paragraph === paragraph.index
      ) {
        const last = drafts[drafts.length - 1]!;
        const span = clip(text, last.start, sentence.end);
        last.end = span.end;
        continue;
      }
      drafts.push(...produced);
      previousWasDirective = produced.length > 0;
      paragraphHasDirective ||= produced.length > 0;
    }
    // a paragraph that is neither framed nor directive ends the frame's reach
    if (!paragraphHasDirective && !paragraphHasFrame && !(intro && paragraph.sentences.at(-1)?.endsWithColon)) frame = null;
  }
  return drafts;
}

function subjectStartOf(text: string, clauseStart: number, cueStart: number): number {
  const subject = subjectText(text, clauseStart, cueStart);
  if (subject === '') return cueStart;
  const at = text.lastIndexOf(subject, cueStart);
  return at >= clauseStart ? at : cueStart;
}

function addresseeFor(text: string, clauseStart: number, cue: Cue): string | null {
  const cueText = text.slice(cue.start, cue.end);
  if (cue.impersonal) {
    // "it is necessary for all localities to …"
    const m = /\bfor\s+(.+?)\s+to$/i.exec(cueText);
    return m ? normaliseAddressee(m[1]!) : null;
  }
  const subject = subjectText(text, clauseStart, cue.start);
  if (!subject || !isAgent(subject) || isPassiveAfter(text, cue.end, cueText)) return null;
  return normaliseAddressee(subject);
}

interface SentenceContext {
  frame: Frame | null;
  intro: Intro | null;
  objectFrame: boolean;
  needTo: boolean;
  /** The sentence continues a directive passage, so a bare imperative counts. */
  passage: boolean;
}

function sentenceDirectives(text: string, sentence: Sentence, bodyStart: number, ctx: SentenceContext): DraftDirective[] {
  const out: DraftDirective[] = [];
  const clauses = splitClauses(text, bodyStart, sentence.end);
  const cues = findCues(text, bodyStart, sentence.end).filter((cue) => {
    if (cue.impersonal) return true;
    const clause = clauses.find((c) => cue.start >= c.start && cue.end <= c.end);
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
    const cueText = text.slice(cue.start, cue.end).toLowerCase();
    if ((cue.force === 'will' || cue.force === 'may') && !/\bbe$/.test(cueText) && !isPassiveAfter(text, cue.end, cueText)) {
      const subject = subjectText(text, clause.start, cue.start);
      if (subject !== '' && !isAgent(subject)) return false;
    }
    return true;
  });
  const clauseCue = (c: Clause): Cue | undefined => cues.find((q) => q.start >= c.start && q.end <= c.end);
  const cueClauses = clauses.filter((c) => clauseCue(c) !== undefined);
  const frameFields = (force: Force, cue: string | null, addressee: string | null) => ({ force, cue, addressee, frame: ctx.frame });

  // "X stressed the need to …" / "called on all localities to …": the frame carries the cue
  if (ctx.needTo || (ctx.objectFrame && cueClauses.length === 0)) {
    const span = clip(text, bodyStart, sentence.end);
    if (span.end <= span.start) return out;
    let addressee: string | null = null;
    let actionsFrom = span.start;
    if (ctx.objectFrame) {
      const m = /^(?:on\s+|upon\s+)?(.{1,120}?)\s+to\s+(?=[a-z])/.exec(text.slice(span.start, span.end));
      if (m && isAgent(m[1]!) && !hasMainVerb(m[1]!)) {
        addressee = normaliseAddressee(m[1]!);
        const leading = /^(?:on|upon)\s+/.exec(text.slice(span.start, span.end));
        if (leading) span.start += leading[0].length;
        actionsFrom = span.start + m[0].length - (leading?.[0].length ?? 0);
      } else if (!/^(?:for|on|upon)\b/i.test(text.slice(span.start, span.end)) && !startsWithVerb(text.slice(span.start, span.end))) {
        return out;
      } else {
        const leading = /^(?:for|on|upon)\s+/i.exec(text.slice(span.start, span.end));
        if (leading) span.start += leading[0].length;
        actionsFrom = span.start;
      }
    }
    const force: Force = ctx.needTo ? 'necessary' : ctx.frame?.force ?? 'should';
    out.push(makeDraft(text, span, sentence, frameFields(force, ctx.needTo ? 'the need to' : null, addressee), actionsFrom));
    return out;
  }

  let units: { unit: Unit; cue: Cue | null; carried: Intro | null }[] = [];
  if (cueClauses.length >= 2) {
    // a series of cue-bearing clauses: every ';' clause is a directive; a clause after ':'
    // without a cue of its own elaborates the one before it
    for (const clause of clauses) {
      const last = units[units.length - 1];
      const cue = clauseCue(clause);
      const prevCloser = clauses[clauses.indexOf(clause) - 1]?.closer;
      if (!cue && prevCloser === ':' && last) {
        last.unit.end = clause.end;
        continue;
      }
      if (!cue && !startsWithVerb(stripLeadIn(text, clause.start, clause.end))) {
        if (last) last.unit.end = clause.end;
        continue;
      }
      units.push({ unit: { start: clause.start, end: clause.end }, cue: cue ?? null, carried: null });
    }
  } else if (cueClauses.length === 1) {
    const first = cueClauses[0]!;
    units.push({ unit: { start: first.start, end: sentence.end }, cue: clauseCue(first)!, carried: null });
  } else {
    const body = stripLeadIn(text, bodyStart, sentence.end);
    const intro = sentence.marker !== null || ctx.intro ? ctx.intro : null;
    if (intro && (intro.force !== null || startsWithVerb(body))) {
      units.push({ unit: { start: bodyStart, end: sentence.end }, cue: null, carried: intro });
    } else if (ctx.passage && startsWithVerb(body) && hasLength(body)) {
      units.push({ unit: { start: bodyStart, end: sentence.end }, cue: null, carried: null });
    } else if (sentence.marker !== null && startsWithVerb(body) && hasLength(body)) {
      units.push({ unit: { start: bodyStart, end: sentence.end }, cue: null, carried: null });
    }
  }

  units = units.filter((u) => u.unit.end > u.unit.start);
  for (const { unit, cue, carried } of units) {
    const pieces = cue ? splitUnitAtCues(text, unit, cues) : [{ ...unit, cue: null }];
    for (const piece of pieces) {
      let start = piece.start;
      const lead = /^\s*(?:and|or|but)\s+/i.exec(text.slice(start, piece.end));
      if (lead) start += lead[0].length;
      const span = clip(text, start, piece.end);
      if (span.end <= span.start) continue;
      if (piece.cue) {
        const c = piece.cue;
        const subjectStart = subjectStartOf(text, span.start, c.start);
        const cueText = c.impersonal ? text.slice(c.start, c.end) : text.slice(subjectStart, c.end);
        // "…; and must actively address …" shares the subject of the clause before it
        const sharesSubject = !c.impersonal && subjectText(text, span.start, c.start) === '' && out.length > 0;
        const candidate = sharesSubject ? out[out.length - 1]!.addressee : addresseeFor(text, span.start, c);
        // "No unit or individual shall …" forbids
        const negated = /^(?:no|nobody|no one|none|neither)\b/i.test(subjectText(text, span.start, c.start)) && ['must', 'should', 'may', 'will'].includes(c.force);
        const force: Force = negated ? 'must-not' : c.force;
        const addressee = negated ? null : candidate;
        out.push(
          makeDraft(text, span, sentence, frameFields(force, pronounCue(cueText, text.slice(c.start, c.end), addressee), addressee), c.end),
        );
      } else if (carried) {
        out.push(
          makeDraft(
            text,
            span,
            sentence,
            frameFields(carried.force ?? ctx.frame?.force ?? 'imperative', carried.cue, carried.addressee),
            span.start,
          ),
        );
      } else {
        out.push(makeDraft(text, span, sentence, frameFields(ctx.frame?.force && !ctx.passage ? ctx.frame.force : 'imperative', null, null), span.start));
      }
    }
  }
  return out;
}

/** "We must" when the subject is a pronoun (the gold's convention), else the modal alone. */
function pronounCue(withSubject: string, bare: string, addressee: string | null): string {
  const m = /^(we|they|you)\b(?:\s+also)?\s+/i.exec(withSubject.trim());
  if (m && addressee && /^(?:we|they|you)$/i.test(addressee)) return withSubject.trim().replace(/\s+/g, ' ');
  return bare.replace(/\s+/g, ' ');
}

function stripLeadIn(text: string, start: number, end: number): string {
  let body = text.slice(start, end).trimStart();
  body = body.replace(LEADING_CONJUNCTION, '').replace(ORDINAL, '');
  // a leading participial or prepositional phrase: "Driven by innovation, continue to …"
  const lead = /^(?:[A-Z]?[a-z]+(?:ed|en)\s+by\b[^,]{0,60}|(?:In|At|On|For|With|Under|Through)\b[^,]{0,60}),\s*/.exec(body);
  if (lead) body = body.slice(lead[0].length);
  return body;
}

function hasLength(body: string): boolean {
  return words(body).length >= 4;
}
