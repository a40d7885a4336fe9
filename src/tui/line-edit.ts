/**
 * The query line as readline edits it (issue 15.3): text and a cursor, both in
 * code points so a CJK character or an emoji is one step. Pure functions.
 */
export interface LineState {
  text: string;
  /** Code points before the cursor. */
  cursor: number;
}

const chars = (text: string): string[] => [...text];
const clampCursor = (line: LineState, cursor: number): number => Math.max(0, Math.min(chars(line.text).length, cursor));

export const atEnd = (text: string): LineState => ({ text, cursor: chars(text).length });

export function insert(line: LineState, typed: string): LineState {
  const cs = chars(line.text);
  return { text: [...cs.slice(0, line.cursor), typed, ...cs.slice(line.cursor)].join(''), cursor: line.cursor + chars(typed).length };
}

export const moveBy = (line: LineState, step: number): LineState => ({ ...line, cursor: clampCursor(line, line.cursor + step) });
export const home = (line: LineState): LineState => ({ ...line, cursor: 0 });
export const end = (line: LineState): LineState => atEnd(line.text);

export function backspace(line: LineState): LineState {
  if (line.cursor === 0) return line;
  const cs = chars(line.text);
  return { text: [...cs.slice(0, line.cursor - 1), ...cs.slice(line.cursor)].join(''), cursor: line.cursor - 1 };
}

/** Start of the word before the cursor: blanks, then non-blanks (readline's unix-word-rubout, Ctrl-W). */
function wordStart(cs: readonly string[], cursor: number, isBreak: (c: string) => boolean): number {
  let at = cursor;
  while (at > 0 && isBreak(cs[at - 1]!)) at--;
  while (at > 0 && !isBreak(cs[at - 1]!)) at--;
  return at;
}

const deleteBack = (line: LineState, isBreak: (c: string) => boolean): LineState => {
  const cs = chars(line.text);
  const start = wordStart(cs, line.cursor, isBreak);
  return { text: [...cs.slice(0, start), ...cs.slice(line.cursor)].join(''), cursor: start };
};

/** Ctrl-W: back to the previous blank. */
export const deleteWordBlank = (line: LineState): LineState => deleteBack(line, (c) => /\s/u.test(c));
/** Alt-Backspace: back to the previous non-word character, so `'moral|skill` loses `skill` only. */
export const deleteWord = (line: LineState): LineState => deleteBack(line, (c) => !/[\p{L}\p{N}_]/u.test(c));
/** Ctrl-U: everything before the cursor. */
export function deleteToStart(line: LineState): LineState {
  return { text: chars(line.text).slice(line.cursor).join(''), cursor: 0 };
}

/**
 * Earlier queries, newest last, browsed with Ctrl-P / Ctrl-N. `at` is null
 * while editing the line itself (the draft, given back after the newest).
 */
export interface History {
  entries: readonly string[];
  at: number | null;
  draft: string;
}

export const HISTORY_SIZE = 100;

/** Remember a query: blank ones and a repeat of the newest are not kept. */
export function remember(history: History, query: string): History {
  const trimmed = query.trim();
  if (trimmed === '' || history.entries.at(-1) === trimmed) return { ...history, at: null };
  return { entries: [...history.entries.filter((e) => e !== trimmed), trimmed].slice(-HISTORY_SIZE), at: null, draft: '' };
}

/** One step back (-1, older) or forward (+1); returns the history and the text to show. */
export function browse(history: History, current: string, step: -1 | 1): { history: History; text: string } | null {
  const { entries, at } = history;
  if (entries.length === 0) return null;
  if (at === null) {
    if (step === 1) return null;
    return { history: { ...history, at: entries.length - 1, draft: current }, text: entries.at(-1)! };
  }
  const next = at + step;
  if (next < 0) return null;
  if (next >= entries.length) return { history: { ...history, at: null }, text: history.draft };
  return { history: { ...history, at: next }, text: entries[next]! };
}
