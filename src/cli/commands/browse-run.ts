import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { UsageError } from '../../errors.js';
import { indexDocuments } from '../../query/filter.js';
import type * as Tui from '../../tui/index.js';
import { corpusPath, criteriaFrom, loadTheme, openSession } from '../context.js';
import type { BrowseCliOptions } from './browse.js';
import { TUI_BUNDLE, TUI_MODULES } from '../paths.js';
import { workerSearch, type BackgroundSearch } from './browse-search.js';
import type { GlobalOptions } from './options.js';

export const NO_TERMINAL = 'browse needs an interactive terminal; use list or search in scripts';


/**
 * The TUI bundle (`dist/tui.js`, built by scripts/bundle-tui.mjs) loads ink,
 * react and their ~80 modules as one file, which halves the time to the first
 * frame; a tree built by `tsc` alone still works through the unbundled modules.
 */
async function loadTui(): Promise<typeof Tui> {
  // Only a missing bundle falls back: a broken one must fail loudly, not quietly start slower.
  const file = existsSync(TUI_BUNDLE) ? TUI_BUNDLE : TUI_MODULES;
  return (await import(file.href)) as typeof Tui;
}

const SIGNALS = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;

export async function runBrowse(query: string, options: BrowseCliOptions, globals: GlobalOptions): Promise<number> {
  // Checked before ink is loaded: without a terminal it would fail on raw mode instead (issue 4).
  if (process.stdin.isTTY !== true || process.stdout.isTTY !== true) throw new UsageError(NO_TERMINAL);
  const criteria = criteriaFrom(options);
  const session = await openSession(globals);
  const { reader } = session;
  // Every document's metadata (dates in the list, titles in the facet picker); sources are read one at a time.
  const docs = indexDocuments(reader.documents());
  const total = reader.count({});
  const searchOptions = { exact: options.exact === true };
  let background: BackgroundSearch | null = null;
  let search: Tui.BrowserSearch;
  // A corpus whose first search builds an index in memory (seconds on a big corpus JSON) is searched
  // in a worker thread, so typing never waits for it; the others answer from their indexes in process.
  if (reader.warmUp === 'build') {
    background = workerSearch(corpusPath(globals), searchOptions, (id) => reader.directive(id));
    search = background.search;
  } else {
    // The very call `directives search` makes (search-run.ts), so both list the same directives in the same order.
    search = (text, where) => reader.select({ query: text, criteria: where, search: searchOptions });
  }
  let code = 0;
  let browser: Tui.Browser | null = null;
  const onSignal = (signal: NodeJS.Signals): void => {
    code = 128 + constants.signals[signal];
    browser?.stop();
  };
  const onCrash = (error: Error): void => browser?.stop(error);
  try {
    const [tui, theme] = await Promise.all([loadTui(), loadTheme(session)]);
    browser = tui.startBrowser(
      { search, docs, document: (id) => reader.document(id), total, theme, initialQuery: query, initialCriteria: criteria },
      { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
    );
    // Every way out restores the terminal (alternate screen, cursor, raw mode) before the process ends.
    for (const signal of SIGNALS) process.on(signal, onSignal);
    process.on('uncaughtException', onCrash);
    await browser.done;
  } finally {
    for (const signal of SIGNALS) process.off(signal, onSignal);
    process.off('uncaughtException', onCrash);
    // A worker left running would keep the process alive.
    await background?.close();
    reader.close();
  }
  return code;
}
