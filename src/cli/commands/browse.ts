import type { Command } from 'commander';
import type { SetExit } from './index.js';
import { addFilterOptions, type FilterOptions, type GlobalOptions } from './options.js';

export interface BrowseCliOptions extends FilterOptions {
  exact?: boolean;
}

export function registerBrowse(program: Command, setExit: SetExit): void {
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
    .action(async (query: string[], options: BrowseCliOptions, cmd: Command) => {
      const { runBrowse } = await import('./browse-run.js');
      setExit(await runBrowse(query.join(' '), options, cmd.optsWithGlobals<GlobalOptions>()));
    });
}
