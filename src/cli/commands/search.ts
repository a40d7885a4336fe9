import type { Command } from 'commander';
import type { SetExit } from './index.js';
import { addFilterOptions, addFormatOptions, addSortOptions, EXIT_HELP, OUTPUT_HELP, type FilterOptions, type FormatOptions, type GlobalOptions, type SortCliOptions } from './options.js';

export interface SearchCliOptions extends FilterOptions, SortCliOptions, FormatOptions {
  exact?: boolean;
}

export function registerSearch(program: Command, setExit: SetExit): void {
  const command = program
    .command('search')
    .description('fuzzy-search directives, best match first; typos are forgiven')
    .argument('<query...>', 'what to look for (several words are joined with spaces)')
    .option('--exact', 'match the query as a plain case-insensitive substring (no syntax, no typos)');
  addFilterOptions(command);
  addSortOptions(command, 'score');
  addFormatOptions(command, 'fields to print, comma-separated (the directive fields, plus score and matches)');
  command
    .addHelpText(
      'after',
      `
Searched: the directive's text, its actions, addressee and themes, and the
document title; a match in the text counts most.

Query syntax (as in fzf):
  moral skills       both words, anywhere (space = AND); each may hold a typo
  school | college   either word (| = OR, binds tighter than space)
  'enterprise        exactly this, no typos
  ^we                a field starts with "we"
  education$         a field ends with "education"
  =we                a field is exactly "we"
  !guangdong         no field contains "guangdong" (also !^prefix, !suffix$)
Quote the query for your shell. For a phrase with spaces, use --exact.
A big corpus (a corpus folder, or a JSON file of over 5,000 directives) is
searched through its word index: the best 100 candidates (five per result
asked for with --limit, if more) are ranked, so the very weakest matches of a
common word may not be listed.

Fields: id doc force cue reporting issuer addressee text actions purpose themes
        start end paragraph sentence date title lang score matches
JSON carries "score" (0 = perfect, 1 = no match) and "matches": for each
field that matched, character ranges [start, end) into that field's value.
${OUTPUT_HELP}
${EXIT_HELP}

Examples:
  $ directives search "moral skils"
  $ directives search "school enterprise" --limit 1
  $ directives search "'party leadership | security" --min-force should
  $ directives search cooperation --exact --json | jq '.[0].matches'
  $ directives search "^we !pattern" --fields id,score,text`,
    )
    .action(async (query: string[], options: SearchCliOptions, cmd: Command) => {
      const { runSearch } = await import('./search-run.js');
      setExit(await runSearch(query.join(' '), options, cmd.optsWithGlobals<GlobalOptions>()));
    });
}
