import type { Participant } from '../../model/types.js';
import { EN_ROLE_VERBS } from '../../vocab/en/words.js';
import type { DraftMetadata } from '../types.js';
import { findDate } from './dates.js';

/** A role verb after a name and its titles: "Xi Jinping, …, presided over". */
const ROLE_VERB = EN_ROLE_VERBS.join('|');
/** "Name, titles, <verb>", "The <titles>, Name, <verb>", "Name <verb>". */
const NAME_FIRST = new RegExp(`^(?:Comrade\\s+)?([A-Z][a-z]+(?:\\s+[A-Z][a-z]+){1,2}),\\s+(.+?),\\s+(?:who\\s+.*?,\\s+)?(?:${ROLE_VERB}|was)\\b`);
const TITLES_FIRST = new RegExp(`^(?:The\\s+)?(.+?),\\s+(?:Comrade\\s+)?([A-Z][a-z]+(?:\\s+[A-Z][a-z]+){1,2}),\\s+(?:who\\s+[^,]*,\\s+)?(?:${ROLE_VERB})\\b`);
const NAME_ONLY = new RegExp(`^(?:Comrade\\s+)?([A-Z][a-z]+\\s+[A-Z][a-z]+),?\\s+(?:${ROLE_VERB})\\b`);

/** Role verbs in attendance sentences, strongest first. */
const ROLES: { pattern: RegExp; role: string }[] = [
  { pattern: /\bpresid(?:ed|ing) over\b|\bchaired\b|\bpresided\b|\bwhile presiding\b/i, role: 'presided' },
  { pattern: /\bdelivered (?:an? )?(?:important )?(?:speech|address|report)|\bgave (?:an? )?(?:important )?(?:speech|talk|address)|\bspoke\b|\bmade (?:an? )?(?:important )?speech/i, role: 'delivered a speech' },
  { pattern: /\battended\b|\bwas present\b|\bwere present\b|\bparticipated\b/i, role: 'attended' },
];

function head(text: string, chars = 3000): string {
  return text.length > chars ? text.slice(0, chars) : text;
}

function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0]!.trim();
}

function findTitle(text: string): string | null {
  const line = firstLine(text);
  const nextBlank = /^[^\n]*\r?\n\s*\r?\n/.test(text) || /^[^\n]*\r?\n[^\n]/.test(text);
  // a heading: its own line, no closing full stop, not a whole paragraph
  if (line.length > 0 && line.length <= 300 && !/[.。;；:]$/.test(line) && nextBlank && !/^On\s/.test(line)) {
    return line.replace(/^\d{1,2}[.．]\s*|^[IVX]+[.．]\s*/, '').trim();
  }
  return null;
}

function findPlace(text: string): string | null {
  const sample = head(text);
  const patterns = [
    /\b(?:was|were) (?:held|convened|opened|closed) in ([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})/,
    /\b(?:Xinhua|People['’]s Daily|CCTV)[^,(\n]{0,20}\(([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\)/,
    /\b(?:Xinhua News Agency|Xinhua|News Agency),\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?),\s+(?:on\s+)?[A-Z][a-z]+\.? \d/,
    /\bin ([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?) on (?:the )?(?:\d|[A-Z][a-z]+ \d)/,
  ];
  for (const pattern of patterns) {
    const m = pattern.exec(sample);
    if (m && !/^(?:The|This|China|Chinese)$/.test(m[1]!)) return m[1]!;
  }
  return null;
}

function findEvent(text: string): string | null {
  const sample = head(text);
  const m =
    /\b(?:the|The) ((?:[A-Z0-9][\w’'-]*\s+)*(?:of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*)?(?:Conference|Meeting|Session|Plenum|Forum|Congress|Symposium))\s+(?:was|were)\s+(?:held|convened|opened)/.exec(sample) ??
    /\b(?:convened|held|conducted) (?:a|an|the|its) ((?:\d+(?:st|nd|rd|th)\s+)?(?:[\w-]+\s+){0,3}(?:meeting|study session|session|conference|symposium))/.exec(sample);
  return m ? m[1]!.trim() : null;
}

/** Participants: "Name, titles, presided over / attended … and delivered a speech". */
function findParticipants(text: string): Participant[] {
  const found = new Map<string, Participant>();
  const sentences = head(text, 6000).split(/(?<=[.!?])\s+/);
  for (const sentence of sentences) {
    // the strongest role the sentence names
    const role = ROLES.find((r) => r.pattern.test(sentence))?.role;
    if (!role) continue;
    let name: string | null = null;
    let titles: string[] = [];
    // "Name, titles, <verb>" (name first)
    let m = NAME_FIRST.exec(sentence);
    if (m && !/^(?:The|This|In|On)\b/.test(m[1]!)) {
      name = m[1]!;
      titles = splitTitles(m[2]!);
    } else {
      // "The <titles>, Name, <verb>" (titles first)
      m = TITLES_FIRST.exec(sentence);
      if (m && m[1]!.length < 200) {
        name = m[2]!;
        titles = splitTitles(m[1]!);
      } else {
        m = NAME_ONLY.exec(sentence);
        if (m) name = m[1]!;
      }
    }
    if (!name || /^(?:The|This|Xinhua)\b/.test(name)) continue;
    const existing = found.get(name);
    if (existing) {
      if (existing.titles.length === 0) existing.titles = titles;
      continue;
    }
    found.set(name, { name, titles, role });
  }
  return [...found.values()];
}

function splitTitles(text: string): string[] {
  return text
    .split(/,\s+|\s+and\s+(?=[A-Z])/)
    .map((t) => t.replace(/^(?:the\s+)?(?:Chinese\s+)?/, (p) => (/^the\s+$/i.test(p) ? '' : p)).trim())
    .filter((t) => t.length > 1 && !/^who\b/.test(t));
}

export function englishMetadata(text: string): DraftMetadata {
  const title = findTitle(text);
  const event = findEvent(text);
  const participants = findParticipants(text);
  return {
    title: title ?? event,
    date: findDate(text, title),
    place: findPlace(text),
    issuer: null,
    event,
    participants,
  };
}
