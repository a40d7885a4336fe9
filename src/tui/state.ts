import type { Key } from 'ink';
import type { Criteria } from '../query/filter.js';
import { toggleFacet, type FacetRow } from './facets.js';

export type Focus = 'query' | 'list' | 'detail';
export type Overlay = 'none' | 'help' | 'facets';

/** Something the component carries out once after a key: leave, or put an id on the clipboard. */
export type Effect = { kind: 'quit' } | { kind: 'copy'; text: string };

export interface BrowserState {
  /** What the query line shows; the search runs on it after the debounce. */
  query: string;
  criteria: Criteria;
  focus: Focus;
  overlay: Overlay;
  selected: number;
  /** First list row on screen. */
  top: number;
  /** The detail pane's first line; null follows the selected directive (issue 15: kept in view, as fzf's preview). */
  detailScroll: number | null;
  facetCursor: number;
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
}

export type Action = { type: 'key'; input: string; key: Key; view: View } | { type: 'results' };

export function initialState(query: string, criteria: Criteria): BrowserState {
  return { query, criteria, focus: 'query', overlay: 'none', selected: 0, top: 0, detailScroll: null, facetCursor: 1, flash: null, effect: null, effectId: 0 };
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
  const effect = (next: Effect): BrowserState => ({ ...state, effect: next, effectId: state.effectId + 1 });
  const move = (step: Step): BrowserState => {
    const target = step === 'first' ? 0 : step === 'last' ? view.count - 1 : state.selected + step;
    const selected = clamp(target, 0, Math.max(0, view.count - 1));
    return { ...state, selected, top: windowTop(state.top, selected, view.listHeight, view.count), detailScroll: null };
  };
  const scroll = (step: Step): BrowserState => {
    const max = Math.max(0, view.detailLines - view.detailHeight);
    return { ...state, detailScroll: step === 'first' ? 0 : step === 'last' ? max : clamp((state.detailScroll ?? view.detailFollow) + step, 0, max) };
  };
  const edit = (query: string, focus: Focus = state.focus): BrowserState => ({ ...state, query, focus, flash: null });

  if (key.ctrl && input === 'c') return effect({ kind: 'quit' });
  if (state.overlay === 'help') return { ...state, overlay: 'none' };
  if (state.overlay === 'facets') return facetKey(state, input, key, view);

  const page = Math.max(1, (state.focus === 'detail' ? view.detailHeight : view.listHeight) - 1);
  const nav = state.focus === 'detail' ? scroll : move;
  if (key.upArrow) return nav(-1);
  if (key.downArrow) return nav(1);
  if (key.pageUp) return nav(-page);
  if (key.pageDown) return nav(page);
  if (key.home) return nav('first');
  if (key.end) return nav('last');
  // Ctrl-n / Ctrl-p move the selection whatever has focus, as in fzf.
  if (key.ctrl && input === 'n') return move(1);
  if (key.ctrl && input === 'p') return move(-1);
  if (key.ctrl && input === 'u') return edit('');
  if (key.tab) return { ...state, focus: FOCUS_ORDER[(FOCUS_ORDER.indexOf(state.focus) + (key.shift ? 2 : 1)) % 3]! };
  if (key.return) return { ...state, focus: state.focus === 'detail' ? 'list' : 'detail' };
  if (key.escape) {
    if (state.focus === 'detail') return { ...state, focus: 'list' };
    if (state.query !== '') return edit('');
    return { ...state, focus: 'query' };
  }
  // Terminals send DEL for Backspace, which Ink reports as `delete`.
  if (key.backspace || key.delete) return edit([...state.query].slice(0, -1).join(''), 'query');
  if (state.focus !== 'query') {
    // The list and the detail pane take single-letter commands; any other letter goes to the query.
    if (input === 'q') return effect({ kind: 'quit' });
    if (input === '?') return { ...state, overlay: 'help' };
    if (input === 'f') return { ...state, overlay: 'facets', facetCursor: 1 };
    if (input === '/') return { ...state, focus: 'query' };
    if (input === 'y') {
      const id = view.idAt(state.selected);
      return id === undefined ? state : { ...effect({ kind: 'copy', text: id }), flash: `copied ${id}` };
    }
  }
  const text = typable(input, key);
  return text === '' ? state : edit(state.query + text, 'query');
}

function facetKey(state: BrowserState, input: string, key: Key, view: View): BrowserState {
  if (key.escape || input === 'f' || input === 'q') return { ...state, overlay: 'none' };
  const rows = view.facets();
  const step = key.upArrow || (key.ctrl && input === 'p') ? -1 : key.downArrow || (key.ctrl && input === 'n') ? 1 : 0;
  if (step !== 0) {
    // Headings cannot be chosen: step over them.
    let next = state.facetCursor;
    do next += step;
    while (next >= 0 && next < rows.length && rows[next]?.kind !== 'value');
    return rows[next]?.kind === 'value' ? { ...state, facetCursor: next } : state;
  }
  if (input === ' ' || key.return) {
    const row = rows[state.facetCursor];
    if (row?.kind === 'value') return { ...state, criteria: toggleFacet(state.criteria, row.dimension, row.value) };
  }
  return state;
}
