/**
 * The `?` overlay. Letters are both commands and query text: while the query
 * line has focus every printable key is typed into the query; in the list or
 * detail pane, f y ? q / are commands and any other letter jumps back to the
 * query. Ctrl-C quits from anywhere (README, "Browsing").
 */
export const HELP_LINES: readonly string[] = [
  'Keys',
  '',
  '  typing           edits the query while the query line has focus (›); results follow',
  '  ↑ ↓  ^P ^N       move the selection (in the detail pane ↑ ↓ scroll it)',
  '  PgUp PgDn        a page up or down;  Home End  first / last',
  '  Enter            open the detail pane; Enter or Esc goes back to the list',
  '  Tab  Shift-Tab   focus: query → list → detail',
  '  Esc              close the pane; else clear the query',
  '  ^U  Backspace    clear the query / delete a character',
  '',
  '  In the list or the detail pane (press Tab or Enter to leave the query line):',
  '  f                facets: ↑ ↓ choose, Space or Enter toggles, Esc or f closes',
  '  y                copy the selected id to the clipboard (OSC 52)',
  '  ?                this help',
  '  /                back to the query line (any other letter is typed there too)',
  '  q                quit',
  '  ^C               quit, from anywhere',
  '',
  'Query syntax as in `directives search`: words are ANDed, | is OR, \'exact ^prefix suffix$ !not.',
  'Facet counts are over the current results; forces combine, other facets take one value.',
  '',
  'Press any key to close this help.',
];
