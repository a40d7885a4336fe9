/** Pass 7b, themes: the topics an action's object names ("school-enterprise cooperation"). */
import { EN_THEME_STOPWORDS } from '../../vocab/en/cues.js';
import { EN_THEME_BREAKS, EN_THEME_FILLERS } from '../../vocab/en/words.js';
import { isBaseVerb } from './lexicon.js';

const THEME_STOP: ReadonlySet<string> = new Set(EN_THEME_STOPWORDS);
const THEME_FILLERS: ReadonlySet<string> = new Set(EN_THEME_FILLERS);
const THEME_BREAK = new RegExp(`\\s*(?:[,;:()]|\\b(?:${EN_THEME_BREAKS.join('|')})\\b)\\s*`, 'i');

export function themePhrases(object: string): string[] {
  const out: string[] = [];
  for (const chunk of object.split(THEME_BREAK)) {
    let tokens = chunk
      .toLowerCase()
      .replace(/[’']s\b/g, '')
      .replace(/[“”"‘’[\]]/g, '')
      .split(/\s+/)
      .filter((t) => /^[a-z][a-z0-9-]*$/.test(t));
    // leading determiners, adjectives of degree and gerunds say little about the topic
    while (tokens.length > 0 && (THEME_STOP.has(tokens[0]!) || /ing$/.test(tokens[0]!) || /ly$/.test(tokens[0]!) || isBaseVerb(tokens[0]!))) tokens = tokens.slice(1);
    tokens = tokens.filter((t) => !THEME_FILLERS.has(t));
    if (tokens.length === 0) continue;
    if (tokens.length > 3) tokens = tokens.slice(-3);
    if (tokens.length === 1 && (THEME_STOP.has(tokens[0]!) || tokens[0]!.length < 5)) continue;
    // a phrase that ends in an adjective ("high-level technical") names no topic
    if (/(?:al|ic|ive|ous|-level|ed)$/.test(tokens[tokens.length - 1]!)) continue;
    if (tokens.some((t) => /^(?:is|are|was|be|been|will|can|must|should|we|they)$/.test(t))) continue;
    out.push(tokens.join(' '));
  }
  return out;
}
