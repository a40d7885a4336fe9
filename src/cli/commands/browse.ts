import { existsSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { DocumentMeta } from '../../model/types.js';
import type { SearchHit } from '../../query/search.js';
import type * as Directives from '../../render/directives.js';
import type { Theme } from '../../render/theme.js';
import { out } from '../io.js';
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
prints the selected id and quits; Tab marks several; Ctrl-T moves focus
between the query, the list and the detail pane; Alt-f picks facets, Alt-s
sorts, Alt-o opens the document, Alt-h shows every key. Ctrl-C quits.

Needs a terminal to draw on; with stdout captured it draws on /dev/tty and
prints the ids chosen with Enter (Tab marks several), as fzf does:
  $ directives show $(directives browse school)
In scripts without a terminal use list or search.

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
  // Checked before ink is loaded: without a terminal it would fail on raw mode instead (issue 4). A captured
  // stdout is fine (`id=$(directives browse)`, issue 15.7): the browser then draws on /dev/tty, as fzf does.
  if (ctx.io.terminal === null) throw new UsageError(NO_TERMINAL);
  const { openTerminal } = await import('../../tui/terminal.js');
  const tty = openTerminal(ctx.io.terminal);
  if (tty === null) throw new UsageError(NO_TERMINAL);
  const criteria = criteriaFrom(options);
  const session = await openSession(ctx);
  const { reader } = session;
  // Every document's metadata (dates in the list, titles in the facet picker); sources are read one at a time.
  const docList = reader.documents();
  const docs = indexDocuments(docList);
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
    search = (text, where, sort) => reader.select({ query: text, criteria: where, search: searchOptions, ...(sort ? { sort } : {}) });
  }
  let code = 0;
  let accepted: readonly string[] = [];
  let browser: Tui.Browser | null = null;
  const onSignal = (signal: NodeJS.Signals): void => {
    code = 128 + constants.signals[signal];
    browser?.stop();
  };
  const onCrash = (error: Error): void => browser?.stop(error);
  try {
    // the renderer `e` / `E` export with, loaded with the TUI: off the start-up path of the other commands
    const [tui, theme, directives, { PLAIN_THEME }, { counterpartInPrevious }] = await Promise.all([
      loadTui(),
      loadTheme(session),
      import('../../render/directives.js'),
      import('../../render/theme.js'),
      import('../../query/diff/counterparts.js'),
    ]);
    browser = tui.startBrowser(
      {
        search,
        docs,
        document: (id) => reader.document(id),
        directivesOf: (doc) => reader.list({ doc }),
        counterparts: (id) => reader.counterparts(id),
        // the same alignment `directives diff` makes, against the previous document of the series (issue 12)
        previous: (directive) => counterpartInPrevious(directive, { documents: () => docList, directivesOf: (doc) => reader.list({ doc }).filter((d) => d.doc === doc) }),
        total,
        theme,
        initialQuery: query,
        initialCriteria: criteria,
        onAccept: (ids) => (accepted = ids),
        exportResults: (hits, format) => exportResults(directives, hits, format, docs, PLAIN_THEME),
      },
      tty.streams,
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
    tty.close();
  }
  // Printed once the terminal is the shell's again, one id a line, for $(…) and xargs.
  if (code === 0 && accepted.length > 0) out(ctx.io, accepted.join('\n'));
  return code;
}

/** `e` / `E` in the browser: the results as NDJSON or CSV (the records `search --format` writes), in a new file here. */
function exportResults(render: typeof Directives, hits: readonly SearchHit[], format: 'ndjson' | 'csv', docs: ReadonlyMap<string, DocumentMeta>, plain: Theme): string {
  const file = `directives-${new Date().toISOString().replace(/[:.]/g, '-')}.${format}`;
  // files get no colour, whatever the terminal has
  writeFileSync(file, render.renderDirectives(hits, docs, { format, fields: null, width: 80, theme: plain }), { flag: 'wx' });
  return file;
}
