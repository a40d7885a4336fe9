import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { indexDocuments } from '../../query/filter.js';
import type * as Tui from '../../tui/index.js';
import type { BackgroundSearch } from '../../tui/background-search.js';
import { corpusPath, loadTheme, openSession, type Context, type RegisterCommand } from '../context.js';
import { addFilterOptions } from '../flags.js';
import { BROWSE_WORKER, TUI_BUNDLE, TUI_MODULES } from '../paths.js';
import { criteriaFrom, type FilterOptions } from '../validate.js';

export interface BrowseOptions extends FilterOptions {
  exact?: boolean;
}

export const NO_TERMINAL = 'browse needs an interactive terminal; use list or search in scripts';


export const registerBrowse: RegisterCommand = (program, app) => {
  const command = program
    .command('browse')
    .description('browse directives interactively: live search, facets, each one in its source paragraph')
    .argument('[query...]', 'initial search query (several words are joined with spaces)')
    .option('--exact', 'match the query as a plain case-insensitive substring (no syntax, no typos)');
  addFilterOptions(command);
  command
    .addHelpText(
      'after',
      `
A full-screen browser over the same search as \`directives search\`: the same
query syntax, filters, results and order. Type to search; ↑/↓ move; Enter
opens the detail pane; Tab moves focus between the query, the list and the
detail pane; in the list, f picks facets, y copies the id, ? shows every key,
q quits. Ctrl-C quits from anywhere.

Needs a terminal on stdin and stdout; in scripts use list or search.

Examples:
  $ directives browse
  $ directives browse "school" --force must
  $ directives --corpus my-corpus.json browse --since 2023`,
    )
    .action((words: string[], options: BrowseOptions, cmd: Command) => app.run(cmd, (ctx) => runBrowse(words.join(' '), options, ctx)));
};

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

export async function runBrowse(query: string, options: BrowseOptions, ctx: Context): Promise<number> {
  const terminal = ctx.io.terminal;
  // Checked before ink is loaded: without a terminal it would fail on raw mode instead (issue 4).
  if (terminal === null || !ctx.io.stdin.isTTY || !ctx.io.stdout.isTTY) throw new UsageError(NO_TERMINAL);
  const criteria = criteriaFrom(options);
  const session = await openSession(ctx);
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
    const { workerSearch } = await import('../../tui/background-search.js');
    background = workerSearch(BROWSE_WORKER, corpusPath(ctx), searchOptions, (id) => reader.directive(id));
    search = background.search;
  } else {
    // The very call `directives search` makes (commands/search.ts), so both list the same directives in the same order.
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
    browser = tui.startBrowser({ search, docs, document: (id) => reader.document(id), counterparts: (id) => reader.counterparts(id), total, theme, initialQuery: query, initialCriteria: criteria }, terminal);
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
