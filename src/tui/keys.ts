import type { Key } from 'ink';

/**
 * Every key of the browser, in one table: the input handler (state.ts) looks
 * keys up here and the help screen (`?`) is printed from it, so the two cannot
 * disagree (issue 15). Commands have an Alt chord that works from anywhere —
 * with focus on the query line, or with no results at all — and a plain
 * letter in the list and the detail pane.
 */
export type Command =
  | 'quit'
  | 'help'
  | 'facets'
  | 'sort'
  | 'document'
  | 'previous'
  | 'exportNdjson'
  | 'exportCsv'
  | 'copy'
  | 'accept'
  | 'markDown'
  | 'markUp'
  | 'nextPane'
  | 'focusQuery'
  | 'openDetail'
  | 'back'
  | 'up'
  | 'down'
  | 'pageUp'
  | 'pageDown'
  | 'first'
  | 'last'
  | 'left'
  | 'right'
  | 'lineStart'
  | 'lineEnd'
  | 'backspace'
  | 'deleteWordBlank'
  | 'deleteWord'
  | 'deleteToStart'
  | 'historyBack'
  | 'historyForward'
  | 'clearOrList';

/** Where a key applies: the query line, the list, the detail pane, or everywhere. */
export type Where = 'anywhere' | 'query' | 'list' | 'detail' | 'panes';

export interface Binding {
  /** How the help names the key(s). */
  keys: string;
  where: Where;
  command: Command;
  help: string;
  match: (input: string, key: Key) => boolean;
}

const ctrl = (letter: string) => (input: string, key: Key) => key.ctrl && input === letter;
const alt = (letter: string) => (input: string, key: Key) => key.meta && !key.ctrl && input === letter;
const plain = (letter: string) => (input: string, key: Key) => !key.ctrl && !key.meta && input === letter;
// Terminals send DEL for Backspace, which Ink reports as `delete`; Alt-Backspace is ESC DEL.
const isBackspace = (key: Key): boolean => key.backspace || key.delete;

/**
 * A command both as an Alt chord (anywhere) and as a plain letter (in the
 * panes). Ink reads Esc+letter as Alt for letters and digits only, hence a
 * separate chord letter for `?`.
 */
const command = (letter: string, name: Command, help: string, chord = letter): Binding[] => [
  { keys: `${letter}  Alt-${chord}`, where: 'anywhere', command: name, help, match: alt(chord) },
  { keys: '', where: 'panes', command: name, help: '', match: plain(letter) },
];

export const BINDINGS: readonly Binding[] = [
  { keys: 'Ctrl-C', where: 'anywhere', command: 'quit', help: 'quit, printing nothing', match: ctrl('c') },
  { keys: 'Enter', where: 'anywhere', command: 'accept', help: 'print the marked ids (or the selected one) and quit: id=$(directives browse)', match: (_, key) => key.return },
  { keys: 'Tab  Shift-Tab', where: 'anywhere', command: 'markDown', help: 'mark / unmark the selected directive (multi-select) and move down / up', match: (_, key) => key.tab && !key.shift },
  { keys: '', where: 'anywhere', command: 'markUp', help: '', match: (_, key) => key.tab && key.shift },
  { keys: 'Ctrl-T', where: 'anywhere', command: 'nextPane', help: 'focus the next pane: query → list → detail', match: ctrl('t') },
  { keys: '↑ ↓  PgUp PgDn', where: 'anywhere', command: 'up', help: 'move the selection (in the detail pane: scroll it)', match: (_, key) => key.upArrow },
  { keys: '', where: 'anywhere', command: 'down', help: '', match: (_, key) => key.downArrow },
  { keys: '', where: 'anywhere', command: 'pageUp', help: '', match: (_, key) => key.pageUp },
  { keys: '', where: 'anywhere', command: 'pageDown', help: '', match: (_, key) => key.pageDown },
  // the query line: readline's keys
  { keys: '← →  Home End  Ctrl-A Ctrl-E', where: 'query', command: 'left', help: 'move the cursor; to the start / end', match: (_, key) => key.leftArrow },
  { keys: '', where: 'query', command: 'right', help: '', match: (_, key) => key.rightArrow },
  { keys: '', where: 'query', command: 'lineStart', help: '', match: (input, key) => key.home || ctrl('a')(input, key) },
  { keys: '', where: 'query', command: 'lineEnd', help: '', match: (input, key) => key.end || ctrl('e')(input, key) },
  { keys: 'Alt-Backspace', where: 'query', command: 'deleteWord', help: 'delete the word before the cursor', match: (_, key) => key.meta && isBackspace(key) },
  { keys: 'Backspace', where: 'query', command: 'backspace', help: 'delete the character before the cursor', match: (_, key) => isBackspace(key) },
  { keys: 'Ctrl-W', where: 'query', command: 'deleteWordBlank', help: 'delete back to the previous blank', match: ctrl('w') },
  { keys: 'Ctrl-U', where: 'query', command: 'deleteToStart', help: 'delete everything before the cursor', match: ctrl('u') },
  { keys: 'Ctrl-P Ctrl-N', where: 'query', command: 'historyBack', help: 'earlier / later queries (history)', match: ctrl('p') },
  { keys: '', where: 'query', command: 'historyForward', help: '', match: ctrl('n') },
  { keys: 'Esc', where: 'query', command: 'clearOrList', help: 'clear the query; when empty, go to the list', match: (_, key) => key.escape },
  // the list and the detail pane
  { keys: 'Ctrl-P Ctrl-N', where: 'panes', command: 'up', help: 'move the selection', match: ctrl('p') },
  { keys: '', where: 'panes', command: 'down', help: '', match: ctrl('n') },
  { keys: 'Home End', where: 'panes', command: 'first', help: 'first / last (in the detail pane: its top / end)', match: (_, key) => key.home },
  { keys: '', where: 'panes', command: 'last', help: '', match: (_, key) => key.end },
  { keys: '→', where: 'list', command: 'openDetail', help: 'into the detail pane', match: (_, key) => key.rightArrow },
  { keys: '← Esc', where: 'detail', command: 'back', help: 'back to the list', match: (_, key) => key.leftArrow || key.escape },
  { keys: 'Esc', where: 'list', command: 'focusQuery', help: 'back to the query line', match: (_, key) => key.escape },
  { keys: '/', where: 'panes', command: 'focusQuery', help: 'back to the query line (any other letter is typed there too)', match: plain('/') },
  // commands
  ...command('f', 'facets', 'facets beside the results: ↑ ↓ choose, Space toggles, Esc closes'),
  ...command('s', 'sort', 'next order: relevance, date, force, document order, confidence'),
  ...command('o', 'document', 'open the whole document, every directive marked: n / N jump, Esc closes'),
  ...command('p', 'previous', 'show / hide, in the detail pane, its counterpart in the previous document of the same issuer or event, and what changed'),
  ...command('y', 'copy', 'copy the selected id to the clipboard (OSC 52)'),
  ...command('e', 'exportNdjson', 'write the results as NDJSON to a file named in the status line'),
  ...command('E', 'exportCsv', 'write the results as CSV to a file named in the status line'),
  ...command('?', 'help', 'this help', 'h'),
  ...command('q', 'quit', 'quit, printing nothing'),
];

const applies = (where: Where, focus: 'query' | 'list' | 'detail'): boolean =>
  where === 'anywhere' || where === focus || (where === 'panes' && focus !== 'query');

/** The command a key runs where the focus is, if any. */
export function lookup(input: string, key: Key, focus: 'query' | 'list' | 'detail'): Command | null {
  for (const binding of BINDINGS) if (applies(binding.where, focus) && binding.match(input, key)) return binding.command;
  return null;
}

const WHERE_TITLE: Record<Where, string> = {
  anywhere: 'Anywhere',
  query: 'On the query line (typing edits the query; results follow)',
  panes: 'In the list and the detail pane',
  list: 'In the list',
  detail: 'In the detail pane',
};

/** The help screen, from the table above. */
export function helpLines(): string[] {
  const lines: string[] = [];
  for (const where of ['anywhere', 'query', 'panes', 'list', 'detail'] as const) {
    const rows = BINDINGS.filter((b) => b.where === where && b.keys !== '');
    if (rows.length === 0) continue;
    lines.push(WHERE_TITLE[where]);
    for (const row of rows) lines.push(`  ${row.keys.padEnd(30)} ${row.help}`);
    lines.push('');
  }
  lines.push("Commands work with no results too: press the Alt chord (Esc then the letter) from anywhere.");
  lines.push("Query syntax as in `directives search`: words are ANDed, | is OR, 'exact ^prefix suffix$ !not.");
  lines.push('Press any key to close this help.');
  return lines;
}
