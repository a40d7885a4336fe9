/**
 * Longest-prefix lookup over a word list, indexed by first character: the verb and
 * adverb tables are scanned at nearly every clause, so a linear scan would dominate.
 */
export class PrefixLexicon {
  private readonly byFirst = new Map<string, string[]>();
  private readonly words: Set<string>;
  private readonly longest: number;

  constructor(words: readonly string[]) {
    this.words = new Set(words);
    this.longest = Math.max(0, ...words.map((word) => word.length));
    for (const word of words) {
      const first = word[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push(word);
      this.byFirst.set(first, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The longest word that `text` starts with at `pos`, or null. */
  match(text: string, pos = 0): string | null {
    const list = this.byFirst.get(text[pos] ?? '');
    if (!list) return null;
    for (const word of list) if (text.startsWith(word, pos)) return word;
    return null;
  }

  /** The longest word `text` ends with, or null. */
  matchEnd(text: string): string | null {
    for (let length = Math.min(this.longest, text.length); length > 0; length--) {
      const tail = text.slice(text.length - length);
      if (this.words.has(tail)) return tail;
    }
    return null;
  }
}
