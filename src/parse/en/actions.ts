import type { Action } from '../../model/types.js';
import { EN_NOT_BEFORE_PURPOSE, EN_PARTICLES } from '../../vocab/en/words.js';
import { textOf, type Span } from '../span.js';
import { ADVERBS, AMBIGUOUS_VERBS, isBaseVerb, words } from './lexicon.js';
import { themePhrases } from './themes.js';

const PARTICLES: ReadonlySet<string> = new Set(EN_PARTICLES);
const NOT_BEFORE_PURPOSE: ReadonlySet<string> = new Set(EN_NOT_BEFORE_PURPOSE);
/** Adverbs, a verb, a particle, the rest: "further step up efforts". */
const VERB_PHRASE = new RegExp(`^((?:(?:[a-z]+ly|also|further|always|still|better|jointly|not)\\s+){0,3})([A-Za-z][a-z-]*)(\\s+(?:${EN_PARTICLES.join('|')}))?\\b\\s*(.*)$`, 's');

export interface ActionDescription {
  actions: Action[];
  purpose: string | null;
  themes: string[];
}

/** A separator between verb phrases, matched where it starts. */
const SEPARATOR = /,\s*(?:and\s+|as well as\s+)?|;\s*(?:and\s+)?|\s+and\s+/y;

/** Split at top-level commas / "and" where the next words open a new verb phrase. */
function verbPhrases(predicate: string): string[] {
  const phrases: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < predicate.length; i++) {
    const ch = predicate[i]!;
    if (ch === '(' || ch === '“' || ch === '[') depth++;
    else if ((ch === ')' || ch === '”' || ch === ']') && depth > 0) depth--;
    if (depth > 0) continue;
    // a separator can only start at a comma, a semicolon or a space: test there, in place (no slice per character)
    if (ch !== ',' && ch !== ';' && !/\s/.test(ch)) continue;
    SEPARATOR.lastIndex = i;
    const sep = SEPARATOR.exec(predicate);
    if (!sep || sep[0].length === 0) continue;
    if (!opensVerbPhrase(predicate.slice(i + sep[0].length, i + sep[0].length + 80))) continue;
    // "study and comprehend the spirit": two verbs sharing one object stay one action
    if (/^\s+and\s+$/.test(sep[0]) && words(predicate.slice(start, Math.min(i, start + 80))).filter((w) => !ADVERBS.has(w)).length <= 1) continue;
    phrases.push(predicate.slice(start, i));
    start = i + sep[0].length;
    i = start - 1;
  }
  phrases.push(predicate.slice(start));
  return phrases.map((p) => p.trim()).filter((p) => p !== '');
}

function opensVerbPhrase(text: string): boolean {
  const tokens = words(text.slice(0, 80));
  let i = 0;
  while (i < tokens.length && ADVERBS.has(tokens[i]!) && tokens[i] !== 'and' && i < 3) i++;
  const first = tokens[i];
  if (first === undefined || !isBaseVerb(first)) return false;
  if (!AMBIGUOUS_VERBS.has(first)) return true;
  const next = tokens[i + 1];
  return next !== undefined && /^(?:the|a|an|our|their|its|all|more|new|to|up|out|on|in|and|with|for)$/.test(next);
}

function splitVerb(phrase: string): Action | null {
  const m = VERB_PHRASE.exec(phrase);
  if (!m) return null;
  const verb = m[2]!.toLowerCase();
  if (!isBaseVerb(verb) && verb !== 'be') return null;
  const particle = m[3]?.trim();
  const object = m[4]!.trim();
  if (verb === 'be') {
    // passive: "be punished in accordance with law"
    const p = /^(\w+)\s*(.*)$/s.exec(object);
    return { verb: `be ${p?.[1] ?? ''}`.trim(), object: p?.[2]?.trim() ?? '' };
  }
  let fullVerb = particle && PARTICLES.has(particle) ? `${verb} ${particle}` : verb;
  let rest = object;
  // "study and comprehend X", "continue to enhance X", "strive to build X": one action, the last verb's object
  for (;;) {
    const joined = /^(and|to)\s+((?:[a-z]+ly\s+)?)([a-z-]+)\b\s*(.*)$/s.exec(rest);
    if (!joined || !isBaseVerb(joined[3]!) || (joined[1] === 'to' && !/^(?:continue|strive|endeavou?r|seek|try|work|help|act|move)$/.test(verb))) break;
    fullVerb = `${fullVerb} ${joined[1]} ${joined[3]}`;
    rest = joined[4]!;
  }
  return { verb: fullVerb, object: rest };
}

/** A trailing purpose: "so as to …", "in order to …", or "to promote …" after the object. */
export function findPurpose(predicate: string): { purpose: string | null; index: number } {
  const marked = /\b(?:so as to|in order to|with a view to|in an effort to)\s+\S/i.exec(predicate);
  if (marked && marked.index > 0) return { purpose: predicate.slice(marked.index).trim(), index: marked.index };
  const re = /\s+to\s+((?:[a-z]+ly\s+)?)([a-z]+)\b/g;
  let m: RegExpExecArray | null;
  let found: { purpose: string; index: number } | null = null;
  while ((m = re.exec(predicate)) !== null) {
    const before = words(predicate.slice(Math.max(0, m.index - 30), m.index)).at(-1);
    if (!before || NOT_BEFORE_PURPOSE.has(before) || isBaseVerb(before)) continue;
    if (!isBaseVerb(m[2]!) || m[2] === 'be') continue;
    // need enough object before the purpose for it to be a goal, not an infinitive complement
    if (words(predicate.slice(0, Math.min(m.index, 80))).length < 3) continue;
    found = { purpose: predicate.slice(m.index).trim(), index: m.index };
    break;
  }
  return found ?? { purpose: null, index: -1 };
}

/** Actions under a cue, the purpose they serve, and the themes their objects name. */
export function describeActions(text: string, span: Span): ActionDescription {
  let predicate = textOf(text, span).replace(/\s+/g, ' ').trim();
  predicate = predicate.replace(/^(?:to|that)\s+/i, '');
  const { purpose, index } = findPurpose(predicate);
  const core = index >= 0 ? predicate.slice(0, index) : predicate;
  const actions: Action[] = [];
  for (const phrase of verbPhrases(core)) {
    const action = splitVerb(phrase);
    if (action) actions.push(action);
    else if (actions.length > 0) {
      const last = actions[actions.length - 1]!;
      last.object = `${last.object}, ${phrase}`.replace(/^, /, '');
    }
  }
  const seen = new Set<string>();
  const themes: string[] = [];
  const sources = actions.length > 0 ? actions.map((a) => a.object) : [core];
  const candidates = sources.flatMap(themePhrases);
  // multi-word phrases first: they name topics ("school-enterprise cooperation") more precisely
  candidates.sort((a, b) => (b.includes(' ') || b.includes('-') ? 1 : 0) - (a.includes(' ') || a.includes('-') ? 1 : 0));
  for (const theme of candidates) {
    if (seen.has(theme)) continue;
    seen.add(theme);
    themes.push(theme);
    if (themes.length === 5) break;
  }
  return { actions, purpose: purpose ? purpose.replace(/[.;,\s]+$/, '') : null, themes };
}
