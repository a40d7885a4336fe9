import { Box, Text, useApp, useInput, useStdout } from 'ink';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { DocumentMeta, DocumentRecord } from '../model/types.js';
import type { Criteria } from '../query/filter.js';
import type { SearchHit } from '../query/search.js';
import { sanitize } from '../render/sanitize.js';
import { displayWidth } from '../render/text.js';
import type { Theme } from '../render/theme.js';
import { osc52 } from './clipboard.js';
import { isForce } from '../vocab/forces.js';
import { DIMENSION_LABEL, describeCriteria, facetRows, type FacetRow } from './facets.js';
import { HELP_LINES } from './help.js';
import { detailView } from '../render/detail.js';
import { fit, fitSpans, idWidth, listRow, type Span } from './lines.js';
import { clamp, followScroll, initialState, reduce, windowTop, type View } from './state.js';

/**
 * The search the browser calls: the corpus reader's `select` (filter, search,
 * sort — the call `directives search` makes), bound by the caller. The browser
 * never filters or ranks itself. It may answer at once or later (a worker
 * thread, for big corpora).
 */
export type BrowserSearch = (query: string, criteria: Criteria) => SearchHit[] | Promise<SearchHit[]>;

export interface AppProps {
  search: BrowserSearch;
  /** Documents by id, without their sources: dates for the list, titles for the facet picker. */
  docs: ReadonlyMap<string, DocumentMeta>;
  /** One document with its source text, for the detail pane (a store reads it on demand). */
  document: (id: string) => DocumentRecord | null;
  /** Directives in the corpus, for "12 of 9,812". */
  total: number;
  theme: Theme;
  initialQuery?: string;
  initialCriteria?: Criteria;
  /** Quiet time after a keystroke before searching (issue 4: live, debounced). */
  debounceMs?: number;
  /** Where `y` sends the id; by default an OSC 52 sequence written to the terminal. */
  copy?: (text: string) => void;
}

interface Results {
  query: string;
  criteria: Criteria;
  hits: readonly SearchHit[];
  pending: boolean;
}

/** The width at which the detail pane moves beside the list rather than below it. */
export const WIDE_COLUMNS = 110;
const DEFAULT_DEBOUNCE_MS = 60;
const FALLBACK_SIZE = { columns: 80, rows: 24 };

const isPromise = (value: SearchHit[] | Promise<SearchHit[]>): value is Promise<SearchHit[]> => !Array.isArray(value);

function useTerminalSize(): { columns: number; rows: number } {
  const { stdout } = useStdout();
  const read = (): { columns: number; rows: number } => ({
    columns: stdout.columns > 0 ? stdout.columns : FALLBACK_SIZE.columns,
    rows: stdout.rows > 0 ? stdout.rows : FALLBACK_SIZE.rows,
  });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = (): void => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}

/**
 * A screen line: pieces already fitted; `inverse` marks the selected row,
 * `accent` the focused pane's title, `dim` the others' (issue 15.2).
 */
interface Line {
  key: string;
  parts: Array<{ text: string; inverse?: boolean; accent?: boolean; dim?: boolean }>;
}

/** The focused pane's title and border colour, as lazygit and k9s draw it. */
const ACCENT = 'cyan';

/**
 * A pane's title bar: the focused one heavy (━) and bold in the accent colour,
 * the others light (─) and dim, so focus shows without colour too (NO_COLOR).
 */
function title(text: string, width: number, focused: boolean): Line['parts'][number] {
  const rule = focused ? '━' : '─';
  const label = focused ? `${rule}${rule} ▶ ${text} ` : `${rule}${rule} ${text} `;
  return { text: fit(label + rule.repeat(Math.max(0, width - displayWidth(label))), width), accent: focused, dim: !focused };
}

export function App({ search, docs, document, total, theme, initialQuery = '', initialCriteria = {}, debounceMs = DEFAULT_DEBOUNCE_MS, copy }: AppProps) {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const { columns, rows } = useTerminalSize();
  const [state, dispatch] = useReducer(reduce, undefined, () => initialState(initialQuery, initialCriteria));
  const { query, criteria, focus, overlay, flash } = state;
  const [applied, setApplied] = useState(initialQuery);
  const [failure, setFailure] = useState<Error | null>(null);
  // Only the newest request may land: an older answer arriving late is dropped.
  const generation = useRef(0);
  // The first frame shows results when the search answers at once; a later answer is picked up by the effect below.
  const firstAnswer = useRef<Promise<SearchHit[]> | null>(null);
  const [results, setResults] = useState<Results>(() => {
    const answer = search(initialQuery, initialCriteria);
    if (!isPromise(answer)) return { query: initialQuery, criteria: initialCriteria, hits: answer, pending: false };
    firstAnswer.current = answer;
    return { query: initialQuery, criteria: initialCriteria, hits: [], pending: true };
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
      setResults({ query: applied, criteria, hits, pending: false });
      dispatch({ type: 'results' });
    };
    let answer: SearchHit[] | Promise<SearchHit[]> | null = firstAnswer.current;
    firstAnswer.current = null;
    if (answer === null) {
      if (results.query === applied && results.criteria === criteria) {
        // Back to what is already shown (typed and erased within the debounce, or a superseded search): nothing to wait for.
        if (results.pending) setResults((previous) => ({ ...previous, pending: false }));
        return;
      }
      answer = search(applied, criteria);
    }
    if (!isPromise(answer)) {
      land(answer);
      return;
    }
    setResults((previous) => ({ ...previous, pending: true }));
    answer.then(land, (error: unknown) => setFailure(error instanceof Error ? error : new Error(String(error))));
    // `results` is left out on purpose: it is read only to skip a search whose answer is already shown.
  }, [applied, criteria, search]);

  useEffect(() => {
    const { effect } = state;
    if (effect === null) return;
    if (effect.kind === 'quit') exit();
    else if (copy) copy(effect.text);
    else stdout.write(osc52(effect.text));
    // Keyed on the effect's number alone, so each is carried out exactly once.
  }, [state.effectId]);

  const { hits } = results;
  const count = hits.length;
  const wide = columns >= WIDE_COLUMNS;
  // Ink 6 clears the whole screen when a frame is as tall as the terminal: stay one line short.
  const height = Math.max(3, rows - 1);
  // the query line, the panes' titles (one row beside each other, two above each other), the status line
  const body = height - 2;
  const listHeight = wide ? body - 1 : Math.max(1, Math.floor((body - 2) * 0.45));
  const listWidth = wide ? Math.floor(columns * 0.55) : columns;
  const detailWidth = wide ? columns - listWidth - 1 : columns;
  const detailHeight = wide ? body - 1 : Math.max(0, body - listHeight - 2);

  const selected = clamp(state.selected, 0, Math.max(0, count - 1));
  const top = windowTop(state.top, selected, listHeight, count);
  const current = hits[selected];
  const layout = useMemo(
    () => (current ? detailView(current.directive, document(current.directive.doc) ?? undefined, { theme, wrap: Math.max(12, detailWidth - 1) }) : null),
    [current, document, detailWidth, theme],
  );
  const detail = layout?.lines ?? [];
  const follow = layout ? followScroll(layout.focus, detailHeight, detail.length) : 0;
  const scroll = clamp(state.detailScroll ?? follow, 0, Math.max(0, detail.length - detailHeight));
  const facets = useMemo<FacetRow[]>(
    () => (overlay === 'facets' ? facetRows(hits.map((hit) => hit.directive), criteria, docs) : []),
    [overlay, hits, criteria, docs],
  );
  // Keys are reduced against what this frame shows; see state.ts.
  const view = useRef<View | null>(null);
  view.current = {
    count,
    listHeight,
    detailHeight,
    detailLines: detail.length,
    detailFollow: follow,
    idAt: (index) => hits[index]?.directive.id,
    facets: () => (facets.length > 0 ? facets : facetRows(hits.map((hit) => hit.directive), criteria, docs)),
  };
  useInput((input, key) => {
    if (view.current) dispatch({ type: 'key', input, key, view: view.current });
  });

  // ── the frame: exactly `height` lines, each fitted to the terminal's width ──
  const lines: Line[] = [];
  const caret = focus === 'query' ? theme.match('▏') : '';
  const prompt = focus === 'query' ? '▶ ' : '  ';
  const label = 'search: ';
  const queryText = sanitize(query);
  const queryRoom = Math.max(2, columns - displayWidth(prompt + label) - 1);
  // Keep the end of a long query (where one types) in view.
  let shownQuery = queryText;
  while (displayWidth(shownQuery) > queryRoom - 1 && shownQuery !== '') shownQuery = [...shownQuery].slice(1).join('');
  if (shownQuery !== queryText) shownQuery = `…${shownQuery}`;
  lines.push({
    key: 'query',
    parts: [{ text: prompt, accent: focus === 'query' }, { text: label, accent: focus === 'query', dim: focus !== 'query' }, { text: `${shownQuery}${caret}` }],
  });
  const countTitle = `results ${count.toLocaleString('en')}`;
  const listTitle = title(countTitle, listWidth, focus === 'list');
  const detailTitle = title('detail', detailWidth, focus === 'detail');

  const ids = idWidth(hits.slice(top, top + listHeight));
  const listLine = (row: number): Line['parts'] => {
    const hit = hits[top + row];
    if (!hit) {
      const empty = row === 0 ? (results.pending ? 'searching…' : 'nothing matches') : '';
      return [{ text: fit(empty, listWidth, theme.dim) }];
    }
    const isSelected = top + row === selected;
    return [{ text: listRow(hit, docs.get(hit.directive.doc), listWidth, theme, isSelected, ids), inverse: isSelected && focus !== 'detail' }];
  };
  const detailLine = (row: number): string => {
    const text = detail[scroll + row];
    return text === undefined || text === '' ? ' ' : ` ${text}`;
  };

  if (overlay === 'help') {
    for (let row = 0; row < body; row++) lines.push({ key: `help${row}`, parts: [{ text: fit(HELP_LINES[row] ?? '', columns) }] });
  } else if (overlay === 'facets') {
    const focusRow = clamp(state.facetCursor, 0, Math.max(0, facets.length - 1));
    const first = windowTop(0, focusRow, body, facets.length);
    for (let row = 0; row < body; row++) {
      const facet = facets[first + row];
      let text = '';
      if (facet?.kind === 'heading') text = theme.header(fit(DIMENSION_LABEL[facet.dimension], columns).trimEnd());
      else if (facet) {
        const spans: Span[] = [
          { text: first + row === focusRow ? '› ' : '  ' },
          { text: facet.active ? '[x] ' : '[ ] ' },
          { text: `${facet.count.toLocaleString('en')}`.padStart(7), paint: theme.dim },
          { text: '  ' },
          isForce(facet.value) && facet.dimension === 'force' ? { text: facet.label, paint: (t) => (isForce(facet.value) ? theme.force(facet.value, t) : t) } : { text: sanitize(facet.label) },
        ];
        text = fitSpans(spans, columns);
      }
      lines.push({ key: `facet${row}`, parts: [{ text: text === '' ? ' ' : text, inverse: first + row === focusRow }] });
    }
  } else if (wide) {
    lines.push({ key: 'titles', parts: [listTitle, { text: theme.dim('┬') }, detailTitle] });
    for (let row = 0; row < body - 1; row++) {
      lines.push({ key: `row${row}`, parts: [...listLine(row), { text: theme.dim('│') }, { text: detailLine(row) }] });
    }
  } else {
    lines.push({ key: 'list-title', parts: [listTitle] });
    for (let row = 0; row < listHeight; row++) lines.push({ key: `row${row}`, parts: listLine(row) });
    lines.push({ key: 'rule', parts: [detailTitle] });
    for (let row = 0; row < detailHeight; row++) lines.push({ key: `detail${row}`, parts: [{ text: detailLine(row) }] });
  }

  const filters = describeCriteria(criteria);
  const counts = `${count.toLocaleString('en')} of ${total.toLocaleString('en')}${results.pending ? ' (searching…)' : ''}`;
  const left = [counts, filters !== '' ? sanitize(filters) : null, flash === null ? null : sanitize(flash)].filter((part): part is string => part !== null).join(' · ');
  const hints =
    overlay === 'facets'
      ? '↑↓ move · space toggle · Esc close'
      : overlay === 'help'
        ? 'any key closes'
        : focus === 'query'
          ? '↑↓ move · Enter detail · Tab list · ^C quit'
          : '/ search · f facets · y copy · ? help · q quit';
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
