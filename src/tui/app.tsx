import { Box, Text, useApp, useInput, useStdout } from 'ink';
import { useTerminalSize } from './terminal-size.js';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Directive, DocumentMeta, DocumentRecord } from '../model/types.js';
import type { Criteria } from '../query/filter.js';
import type { SearchHit } from '../query/search.js';
import type { SortOptions } from '../query/sort.js';
import { detailView } from '../render/detail.js';
import { previousLines, type PreviousComparison } from '../render/diff.js';
import { sanitize } from '../render/sanitize.js';
import { displayWidth } from '../render/text.js';
import type { Theme } from '../render/theme.js';
import { osc52 } from './clipboard.js';
import { documentLayout } from './document-view.js';
import { describeCriteria, facetRows, type FacetRow } from './facets.js';
import { paneLines, pickerLines, queryLine, title, type Line, type Part } from './frame.js';
import { helpLines } from './keys.js';
import { ONE_COLUMN_BELOW, fit, fitSpans, idWidth, listRow } from './lines.js';
import { sortOptions } from './sorts.js';
import { clamp, facetKey, followScroll, initialState, reduce, windowTop, type View } from './state.js';
import { statusHints } from './status.js';

/**
 * The search the browser calls: the corpus reader's `select` (filter, search,
 * sort — the call `directives search` makes), bound by the caller. The browser
 * never filters or ranks itself. It may answer at once or later (a worker
 * thread, for big corpora).
 */
export type BrowserSearch = (query: string, criteria: Criteria, sort?: SortOptions) => SearchHit[] | Promise<SearchHit[]>;

export interface AppProps {
  search: BrowserSearch;
  /** Documents by id, without their sources: dates for the list, titles for the facet picker. */
  docs: ReadonlyMap<string, DocumentMeta>;
  /** One document with its source text, for the detail pane (a store reads it on demand). */
  document: (id: string) => DocumentRecord | null;
  /** A directive's linked translation or original (issue 16), for the detail pane. */
  counterparts?: (id: string) => Directive[];
  /** The directive's counterpart in the previous document of its series, with how it changed (`p`, issue 12). */
  previous?: (directive: Directive) => PreviousComparison;
  /** Every directive of a document, for the document view (`o`); without it, those among the results. */
  directivesOf?: (doc: string) => readonly Directive[];
  /** Directives in the corpus, for "12 of 9,812". */
  total: number;
  theme: Theme;
  initialQuery?: string;
  initialCriteria?: Criteria;
  /** Earlier queries, oldest first (Ctrl-P / Ctrl-N). */
  history?: readonly string[];
  /** Quiet time after a keystroke before searching (issue 4: live, debounced). */
  debounceMs?: number;
  /** Where `y` sends the id; by default an OSC 52 sequence written to the terminal. */
  copy?: (text: string) => void;
  /** Enter: the ids to print once the browser has closed (issue 15.7). */
  onAccept?: (ids: readonly string[]) => void;
  /** Write the results to a file; returns its name for the status line. */
  exportResults?: (hits: readonly SearchHit[], format: 'ndjson' | 'csv') => string;
  /** The query history as it stands when the browser closes, to keep for next time. */
  onHistory?: (entries: readonly string[]) => void;
}

interface Results {
  query: string;
  criteria: Criteria;
  sort: string;
  hits: readonly SearchHit[];
  pending: boolean;
}

/** The width at which the detail pane moves beside the list rather than below it. */
export const WIDE_COLUMNS = 110;
const DEFAULT_DEBOUNCE_MS = 60;
/** The focused pane's title colour, as lazygit and k9s draw it. */
const ACCENT = 'cyan';

const isPromise = (value: SearchHit[] | Promise<SearchHit[]>): value is Promise<SearchHit[]> => !Array.isArray(value);

export function App(props: AppProps) {
  const { search, docs, document, directivesOf, counterparts, previous, total, theme, initialQuery = '', initialCriteria = {}, debounceMs = DEFAULT_DEBOUNCE_MS } = props;
  const { exit } = useApp();
  const { stdout } = useStdout();
  const { columns, rows } = useTerminalSize();
  const [state, dispatch] = useReducer(reduce, undefined, () => initialState(initialQuery, initialCriteria, props.history));
  const { query, criteria, focus, overlay, flash, sort } = state;
  const [applied, setApplied] = useState(initialQuery);
  const [failure, setFailure] = useState<Error | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Only the newest request may land: an older answer arriving late is dropped.
  const generation = useRef(0);
  // The first frame shows results when the search answers at once; a later answer is picked up by the effect below.
  const firstAnswer = useRef<Promise<SearchHit[]> | null>(null);
  const [results, setResults] = useState<Results>(() => {
    const answer = search(initialQuery, initialCriteria, sortOptions(state.sort));
    if (!isPromise(answer)) return { query: initialQuery, criteria: initialCriteria, sort: state.sort, hits: answer, pending: false };
    firstAnswer.current = answer;
    return { query: initialQuery, criteria: initialCriteria, sort: state.sort, hits: [], pending: true };
  });
  if (failure) throw failure;

  useEffect(() => {
    if (query === applied) return;
    const timer = setTimeout(() => setApplied(query), debounceMs);
    return () => clearTimeout(timer);
  }, [query, applied, debounceMs]);

  useEffect(() => {
    const id = ++generation.current;
    const land = (hits: readonly SearchHit[]): void => {
      if (id !== generation.current) return;
      setResults({ query: applied, criteria, sort, hits, pending: false });
      dispatch({ type: 'results' });
    };
    let answer: SearchHit[] | Promise<SearchHit[]> | null = firstAnswer.current;
    firstAnswer.current = null;
    if (answer === null) {
      if (results.query === applied && results.criteria === criteria && results.sort === sort) {
        // Back to what is already shown (typed and erased within the debounce, or a superseded search): nothing to wait for.
        if (results.pending) setResults((previous) => ({ ...previous, pending: false }));
        return;
      }
      answer = search(applied, criteria, sortOptions(sort));
    }
    if (!isPromise(answer)) {
      land(answer);
      return;
    }
    setResults((previous) => ({ ...previous, pending: true }));
    answer.then(land, (error: unknown) => setFailure(error instanceof Error ? error : new Error(String(error))));
    // `results` is left out on purpose: it is read only to skip a search whose answer is already shown.
  }, [applied, criteria, sort, search]);

  const { hits } = results;
  const count = hits.length;

  useEffect(() => {
    const { effect } = state;
    if (effect === null) return;
    if (effect.kind === 'quit' || effect.kind === 'accept') {
      props.onHistory?.(state.history.entries);
      if (effect.kind === 'accept') props.onAccept?.(effect.ids);
      exit();
    } else if (effect.kind === 'export') {
      if (!props.exportResults) setNotice('export is not available here');
      else {
        try {
          setNotice(`wrote ${count.toLocaleString('en')} to ${props.exportResults(hits, effect.format)}`);
        } catch (error) {
          setNotice(`export failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    } else if (props.copy) props.copy(effect.text);
    else stdout.write(osc52(effect.text));
    // Keyed on the effect's number alone, so each is carried out exactly once.
  }, [state.effectId]);
  useEffect(() => {
    if (notice !== null) setNotice(null);
  }, [flash, query]);

  const wide = columns >= WIDE_COLUMNS;
  const oneColumn = columns < ONE_COLUMN_BELOW;
  // As tall as the terminal, the status line on the bottom row (see terminal.ts, drawingStream).
  const height = Math.max(4, rows);
  // the query line, the panes' titles (one row beside each other, two above each other), the status line
  const body = height - 2;
  // one column (issue 15.8): the text first, so the pane below gets most of the room
  const listShare = oneColumn ? 0.35 : 0.45;
  const listHeight = wide ? body - 1 : Math.max(1, Math.floor((body - 2) * listShare));
  const listWidth = wide ? Math.floor(columns * 0.55) : columns;
  const paneWidth = wide ? columns - listWidth - 1 : columns;
  const paneHeight = wide ? body - 1 : Math.max(0, body - listHeight - 2);

  const selected = clamp(state.selected, 0, Math.max(0, count - 1));
  const top = windowTop(state.top, selected, listHeight, count);
  const current = hits[selected];
  const showPrevious = state.showPrevious && previous !== undefined;
  const layout = useMemo(() => {
    if (!current) return null;
    const view = detailView(current.directive, document(current.directive.doc) ?? undefined, { theme, wrap: Math.max(12, paneWidth - 1), counterparts: counterparts?.(current.directive.id) ?? [] });
    // `p`: what the previous document of the series said (the same entry `directives diff` lists)
    return showPrevious ? { ...view, lines: [...view.lines, '', ...previousLines(previous!(current.directive), theme, Math.max(12, paneWidth - 1))] } : view;
  }, [current, document, counterparts, previous, showPrevious, paneWidth, theme]);
  const detail = layout?.lines ?? [];
  const follow = layout ? followScroll(layout.focus, paneHeight, detail.length) : 0;
  const scroll = clamp(state.detailScroll ?? follow, 0, Math.max(0, detail.length - paneHeight));
  const facets = useMemo<FacetRow[]>(
    () => (overlay === 'facets' ? facetRows(hits.map((hit) => hit.directive), criteria, docs) : []),
    [overlay, hits, criteria, docs],
  );
  // The document view: the selected directive's document, every directive of it — read only while it is open.
  const docOpen = overlay === 'document' && current !== undefined;
  const docDirectives = useMemo(() => {
    if (!docOpen || !current) return [];
    const all = directivesOf ? directivesOf(current.directive.doc) : hits.map((hit) => hit.directive).filter((d) => d.doc === current.directive.doc);
    return [...all].sort((a, b) => a.start - b.start);
  }, [docOpen, current, directivesOf, hits]);
  // null: the selected directive, until n / N move on
  const documentAt = clamp(state.documentAt ?? docDirectives.findIndex((d) => d.id === current?.directive.id), 0, Math.max(0, docDirectives.length - 1));
  const docRecord = overlay === 'document' && current ? document(current.directive.doc) : null;
  const docLayout = useMemo(
    () => (docRecord ? documentLayout(docRecord, docDirectives, documentAt, theme, columns - 1) : null),
    [docRecord, docDirectives, documentAt, theme, columns],
  );
  const docHeight = body - 1;
  const docFollow = docLayout ? followScroll(docLayout.focus, docHeight, docLayout.lines.length) : 0;

  const facetAt = state.facetRow === null ? -1 : facets.findIndex((row) => facetKey(row) === state.facetRow);
  const facetCursor = clamp(facetAt >= 0 ? facetAt : state.facetCursor, 0, Math.max(0, facets.length - 1));
  // Keys are reduced against what this frame shows; see state.ts.
  const view = useRef<View | null>(null);
  view.current = {
    count,
    listHeight,
    detailHeight: paneHeight,
    detailLines: detail.length,
    detailFollow: follow,
    idAt: (index) => hits[index]?.directive.id,
    facets: () => (facets.length > 0 ? facets : facetRows(hits.map((hit) => hit.directive), criteria, docs)),
    facetCursor,
    document: { height: docHeight, lines: docLayout?.lines.length ?? 0, follow: docFollow, directives: docDirectives.length, at: documentAt },
  };
  useInput((input, key) => {
    if (view.current) dispatch({ type: 'key', input, key, view: view.current });
  });

  // ── the frame: exactly `height` lines, each fitted to the terminal's width ──
  const lines: Line[] = [];
  lines.push({ key: 'query', parts: queryLine(query, state.cursor, focus === 'query', columns, theme) });

  const ids = idWidth(hits.slice(top, top + listHeight));
  const marked = new Set(state.marked);
  const listLine = (row: number): Part => {
    const hit = hits[top + row];
    if (!hit) return { text: fit(row === 0 ? (results.pending ? 'searching…' : 'nothing matches') : '', listWidth, theme.dim) };
    const isSelected = top + row === selected;
    const text = listRow(hit, docs.get(hit.directive.doc), listWidth, theme, { selected: isSelected, marked: marked.has(hit.directive.id), ids });
    return { text, inverse: isSelected && focus !== 'detail' };
  };
  // The facet picker takes the detail pane's place, so the results stay in view while toggling (issue 15.4).
  const pickerOpen = overlay === 'facets';
  const paneTitle = pickerOpen ? title('facets', paneWidth, true) : title('detail', paneWidth, focus === 'detail');
  const pane = pickerOpen
    ? pickerLines(facets, facetCursor, paneWidth, paneHeight, theme)
    : paneLines(detail, scroll, paneWidth, paneHeight);
  const listTitle = title(`results ${count.toLocaleString('en')}`, listWidth, focus !== 'query' && focus !== 'detail' && !pickerOpen);

  if (overlay === 'help') {
    const help = helpLines();
    const from = clamp(state.helpScroll, 0, Math.max(0, help.length - body));
    for (let row = 0; row < body; row++) lines.push({ key: `help${row}`, parts: [{ text: fit(help[from + row] ?? '', columns) }] });
  } else if (overlay === 'document' && docLayout) {
    lines.push({ key: 'doc-title', parts: [title(`document · directive ${documentAt + 1} of ${docDirectives.length}`, columns, true)] });
    const docScroll = clamp(state.documentScroll ?? docFollow, 0, Math.max(0, docLayout.lines.length - docHeight));
    paneLines(docLayout.lines, docScroll, columns, docHeight).forEach((part, row) => lines.push({ key: `doc${row}`, parts: [part] }));
  } else if (wide) {
    lines.push({ key: 'titles', parts: [listTitle, { text: theme.dim('┬') }, paneTitle] });
    for (let row = 0; row < body - 1; row++) lines.push({ key: `row${row}`, parts: [listLine(row), { text: theme.dim('│') }, pane[row] ?? { text: '' }] });
  } else {
    lines.push({ key: 'list-title', parts: [listTitle] });
    for (let row = 0; row < listHeight; row++) lines.push({ key: `row${row}`, parts: [listLine(row)] });
    lines.push({ key: 'rule', parts: [paneTitle] });
    pane.forEach((part, row) => lines.push({ key: `detail${row}`, parts: [part] }));
  }

  const filters = describeCriteria(criteria);
  const counts = `${count.toLocaleString('en')} of ${total.toLocaleString('en')}${results.pending ? ' (searching…)' : ''}`;
  const message = notice ?? flash;
  const left = [counts, `sort: ${sort}`, state.marked.length > 0 ? `${state.marked.length} marked` : null, filters !== '' ? sanitize(filters) : null, message === null ? null : sanitize(message)]
    .filter((part): part is string => part !== null)
    .join(' · ');
  const hints = statusHints(overlay, focus);
  const hintRoom = Math.max(0, columns - displayWidth(left) - 3);
  const right = displayWidth(hints) <= hintRoom ? hints : '';
  lines.push({
    key: 'status',
    parts: [{ text: fitSpans([{ text: left }, { text: ' '.repeat(Math.max(1, columns - displayWidth(left) - displayWidth(right))) }, { text: right, paint: theme.dim }], columns).trimEnd() }],
  });

  return (
    <Box flexDirection="column" height={height}>
      {lines.map((line) => (
        <Text key={line.key} wrap="truncate-end">
          {line.parts.map((part, i) =>
            part.inverse || part.accent || part.dim ? (
              <Text key={i} inverse={part.inverse === true} bold={part.accent === true} color={part.accent && theme.color ? ACCENT : undefined} dimColor={part.dim === true}>
                {part.text}
              </Text>
            ) : (
              part.text
            ),
          )}
        </Text>
      ))}
    </Box>
  );
}
