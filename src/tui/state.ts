import type { Key } from 'ink';
import type { Criteria } from '../query/filter.js';
import { toggleRow, type FacetRow } from './facets.js';
import { lookup, type Command } from './keys.js';
import * as line from './line-edit.js';
import { nextSort, type SortName } from './sorts.js';

export type Focus = 'query' | 'list' | 'detail';
export type Overlay = 'none' | 'help' | 'facets' | 'document';

/** Something the component carries out once after a key. */
export type Effect =
  | { kind: 'quit' }
  | { kind: 'copy'; text: string }
  | { kind: 'accept'; ids: readonly string[] }
  | { kind: 'export'; format: 'ndjson' | 'csv' };

export interface BrowserState {
  /** What the query line shows; the search runs on it after the debounce. */
  query: string;
  /** The cursor on the query line, in code points. */
  cursor: number;
  history: line.History;
  criteria: Criteria;
  sort: SortName;
  focus: Focus;
  overlay: Overlay;
  selected: number;
  /** First list row on screen. */
  top: number;
  /** The detail pane's first line; null follows the selected directive (issue 15: kept in view, as fzf's preview). */
  detailScroll: number | null;
  /** The picker's cursor, as the row it is on ("dimension value"), so it stays on that row as the counts change. */
  facetCursor: number;
  facetRow: string | null;
  helpScroll: number;
  /** Ids marked with Tab, in the order they were marked; kept across searches, as fzf keeps them. */
  marked: readonly string[];
  /** The document view (`o`): which of its directives is current, and its scroll (null: follow that directive). */
  documentAt: number | null;
  documentScroll: number | null;
  /** The detail pane also compares the directive with its counterpart in the previous document of its series (`p`, issue 12). */
  showPrevious: boolean;
  flash: string | null;
  effect: Effect | null;
  /** Bumped with every effect, so the same effect twice is carried out twice. */
  effectId: number;
}

/** What the last frame knew, for keys that depend on it (page size, what is selected, the picker's rows). */
export interface View {
  count: number;
  listHeight: number;
  detailHeight: number;
  detailLines: number;
  /** Where the pane stands when it follows the directive. */
  detailFollow: number;
  idAt: (index: number) => string | undefined;
  facets: () => readonly FacetRow[];
  /** The picker's cursor as the last frame showed it. */
  facetCursor: number;
  /** The document view: its height, lines, where it follows the current directive, how many directives it marks, which is current. */
  document: { height: number; lines: number; follow: number; directives: number; at: number };
}

export type Action = { type: 'key'; input: string; key: Key; view: View } | { type: 'results' };

export function initialState(query: string, criteria: Criteria, history: readonly string[] = []): BrowserState {
  return {
    query,
    cursor: [...query].length,
    history: { entries: history, at: null, draft: '' },
    criteria,
    sort: 'relevance',
    focus: 'query',
    overlay: 'none',
    selected: 0,
    top: 0,
    detailScroll: null,
    showPrevious: false,
    facetCursor: 1,
    facetRow: null,
    helpScroll: 0,
    marked: [],
    documentAt: null,
    documentScroll: null,
    flash: null,
    effect: null,
    effectId: 0,
  };
}

export const clamp = (value: number, low: number, high: number): number => Math.max(low, Math.min(high, value));

/** First visible row: moved only as far as needed to keep the selection in view. */
export function windowTop(top: number, selected: number, height: number, count: number): number {
  let next = top;
  if (selected < next) next = selected;
  if (selected >= next + height) next = selected - height + 1;
  return clamp(next, 0, Math.max(0, count - height));
}

/**
 * The detail pane's first line so the directive's lines (first..last) are in
 * view with the paragraph around them: from the top when they fit there,
 * else centred, else starting one line above them.
 */
export function followScroll(focus: { first: number; last: number }, height: number, total: number): number {
  if (focus.last < height) return 0;
  const span = focus.last - focus.first + 1;
  const top = span >= height ? focus.first - 1 : focus.first - Math.floor((height - span) / 2);
  return clamp(top, 0, Math.max(0, total - height));
}

// Printable input only: a paste may carry escape sequences or control characters.
const typable = (input: string, key: Key): string => (key.ctrl || key.meta ? '' : [...input].filter((c) => c >= ' ' && c !== '\x7f').join(''));

type Step = number | 'first' | 'last';
const FOCUS_ORDER: readonly Focus[] = ['query', 'list', 'detail'];

/**
 * Every key as a pure state transition. A reducer rather than handlers that
 * close over the last render: keys that arrive together (a paste, Tab then q
 * within one read) are each applied to the state the previous one left.
 */
export function reduce(state: BrowserState, action: Action): BrowserState {
  if (action.type === 'results') return { ...state, selected: 0, top: 0, detailScroll: null };
  const { input, key, view } = action;
  if (key.ctrl && input === 'c') return withEffect(state, { kind: 'quit' });
  if (state.overlay === 'help') {
    // ↑ ↓ PgUp PgDn scroll a help taller than the screen; any other key closes it.
    const step = key.upArrow ? -1 : key.downArrow ? 1 : key.pageUp ? -10 : key.pageDown ? 10 : 0;
    return step === 0 ? { ...state, overlay: 'none' } : { ...state, helpScroll: Math.max(0, state.helpScroll + step) };
  }
  if (state.overlay === 'facets') return pickerKey(state, input, key, view);
  if (state.overlay === 'document') return documentKey(state, input, key, view);

  const command = lookup(input, key, state.focus);
  if (command !== null) return run(state, command, view);
  const text = typable(input, key);
  if (text === '') return state;
  // A letter the list or the pane does not take goes to the query, at its end.
  const cursor = state.focus === 'query' ? state.cursor : [...state.query].length;
  return edit(state, line.insert({ text: state.query, cursor }, text));
}

const withEffect = (state: BrowserState, effect: Effect): BrowserState => ({ ...state, effect, effectId: state.effectId + 1 });

function edit(state: BrowserState, next: line.LineState): BrowserState {
  return { ...state, query: next.text, cursor: next.cursor, focus: 'query', flash: null, history: { ...state.history, at: null } };
}

function focusOn(state: BrowserState, focus: Focus): BrowserState {
  // Leaving the query line is when a query counts as one "earlier query".
  const history = state.focus === 'query' && focus !== 'query' ? line.remember(state.history, state.query) : state.history;
  return { ...state, focus, history };
}

function run(state: BrowserState, command: Command, view: View): BrowserState {
  const move = (step: Step): BrowserState => {
    const target = step === 'first' ? 0 : step === 'last' ? view.count - 1 : state.selected + step;
    const selected = clamp(target, 0, Math.max(0, view.count - 1));
    return { ...state, selected, top: windowTop(state.top, selected, view.listHeight, view.count), detailScroll: null };
  };
  const scroll = (step: Step): BrowserState => {
    const max = Math.max(0, view.detailLines - view.detailHeight);
    return { ...state, detailScroll: step === 'first' ? 0 : step === 'last' ? max : clamp((state.detailScroll ?? view.detailFollow) + step, 0, max) };
  };
  const nav = state.focus === 'detail' ? scroll : move;
  const page = Math.max(1, (state.focus === 'detail' ? view.detailHeight : view.listHeight) - 1);
  const mark = (step: number): BrowserState => {
    const id = view.idAt(state.selected);
    if (id === undefined) return state;
    const marked = state.marked.includes(id) ? state.marked.filter((m) => m !== id) : [...state.marked, id];
    return { ...move(step), marked };
  };
  const cur: line.LineState = { text: state.query, cursor: state.cursor };
  const historyStep = (step: -1 | 1): BrowserState => {
    const found = line.browse(state.history, state.query, step);
    return found === null ? state : { ...state, query: found.text, cursor: [...found.text].length, history: found.history, flash: null };
  };
  switch (command) {
    case 'quit':
      return withEffect(state, { kind: 'quit' });
    case 'accept': {
      const selected = view.idAt(state.selected);
      const ids = state.marked.length > 0 ? state.marked : selected === undefined ? [] : [selected];
      return withEffect({ ...state, history: line.remember(state.history, state.query) }, { kind: 'accept', ids });
    }
    case 'help':
      return { ...state, overlay: 'help', helpScroll: 0 };
    case 'facets':
      return { ...state, overlay: 'facets', facetCursor: 1, facetRow: null };
    case 'sort': {
      const sort = nextSort(state.sort);
      return { ...state, sort, flash: `sorted by ${sort}` };
    }
    case 'document':
      return view.idAt(state.selected) === undefined ? state : { ...state, overlay: 'document', documentAt: null, documentScroll: null };
    case 'previous':
      return { ...state, showPrevious: !state.showPrevious, detailScroll: null, flash: state.showPrevious ? null : 'compared with the previous document' };
    case 'copy': {
      const id = view.idAt(state.selected);
      return id === undefined ? state : { ...withEffect(state, { kind: 'copy', text: id }), flash: `copied ${id}` };
    }
    case 'exportNdjson':
      return withEffect(state, { kind: 'export', format: 'ndjson' });
    case 'exportCsv':
      return withEffect(state, { kind: 'export', format: 'csv' });
    case 'markDown':
      return mark(1);
    case 'markUp':
      return mark(-1);
    case 'nextPane':
      return focusOn(state, FOCUS_ORDER[(FOCUS_ORDER.indexOf(state.focus) + 1) % FOCUS_ORDER.length]!);
    case 'focusQuery':
      return focusOn(state, 'query');
    case 'openDetail':
      return focusOn(state, 'detail');
    case 'back':
      return focusOn(state, 'list');
    case 'clearOrList':
      return state.query === '' ? focusOn(state, 'list') : edit(state, line.atEnd(''));
    case 'up':
      return nav(-1);
    case 'down':
      return nav(1);
    case 'pageUp':
      return nav(-page);
    case 'pageDown':
      return nav(page);
    case 'first':
      return nav('first');
    case 'last':
      return nav('last');
    case 'left':
      return edit(state, line.moveBy(cur, -1));
    case 'right':
      return edit(state, line.moveBy(cur, 1));
    case 'lineStart':
      return edit(state, line.home(cur));
    case 'lineEnd':
      return edit(state, line.end(cur));
    case 'backspace':
      return edit(state, line.backspace(cur));
    case 'deleteWordBlank':
      return edit(state, line.deleteWordBlank(cur));
    case 'deleteWord':
      return edit(state, line.deleteWord(cur));
    case 'deleteToStart':
      return edit(state, line.deleteToStart(cur));
    case 'historyBack':
      return historyStep(-1);
    case 'historyForward':
      return historyStep(1);
  }
}

function pickerKey(state: BrowserState, input: string, key: Key, view: View): BrowserState {
  if (key.escape || input === 'f' || input === 'q') return { ...state, overlay: 'none' };
  const rows = view.facets();
  const step = key.upArrow || (key.ctrl && input === 'p') ? -1 : key.downArrow || (key.ctrl && input === 'n') ? 1 : 0;
  if (step !== 0) {
    // Headings cannot be chosen: step over them.
    let next = view.facetCursor;
    do next += step;
    while (next >= 0 && next < rows.length && rows[next]?.kind !== 'value');
    const row = rows[next];
    return row?.kind === 'value' ? { ...state, facetCursor: next, facetRow: facetKey(row) } : state;
  }
  if (input === ' ' || key.return) {
    const row = rows[view.facetCursor];
    if (row?.kind === 'value') return { ...state, criteria: toggleRow(state.criteria, row), facetRow: facetKey(row) };
  }
  return state;
}

/** A picker row's identity across recounts. */
export const facetKey = (row: FacetRow): string => (row.kind === 'value' ? `${row.dimension} ${row.value}` : row.dimension);

function documentKey(state: BrowserState, input: string, key: Key, view: View): BrowserState {
  const { document } = view;
  if (key.escape || input === 'o' || input === 'q' || (key.meta && input === 'o')) return { ...state, overlay: 'none' };
  const jump = input === 'n' ? 1 : input === 'N' ? -1 : 0;
  if (jump !== 0) return { ...state, documentAt: clamp(document.at + jump, 0, Math.max(0, document.directives - 1)), documentScroll: null };
  const max = Math.max(0, document.lines - document.height);
  const from = state.documentScroll ?? document.follow;
  const page = Math.max(1, document.height - 1);
  const step = key.upArrow ? -1 : key.downArrow ? 1 : key.pageUp ? -page : key.pageDown ? page : 0;
  if (step !== 0) return { ...state, documentScroll: clamp(from + step, 0, max) };
  if (key.home) return { ...state, documentScroll: 0 };
  if (key.end) return { ...state, documentScroll: max };
  return state;
}
