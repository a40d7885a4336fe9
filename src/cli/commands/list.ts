import type { Command } from 'commander';
import type { SetExit } from './index.js';
import { addFilterOptions, addFormatOptions, addSortOptions, EXIT_HELP, OUTPUT_HELP, type FilterOptions, type FormatOptions, type GlobalOptions, type SortCliOptions } from './options.js';

export type ListOptions = FilterOptions & SortCliOptions & FormatOptions;

export function registerList(program: Command, setExit: SetExit): void {
  const command = program.command('list').description('list directives, filtered and sorted (default: by document, then position)');
  addFilterOptions(command);
  addSortOptions(command, 'doc');
  addFormatOptions(command, 'fields to print, comma-separated (see --fields help below)');
  command
    .addHelpText(
      'after',
      `
Fields: id doc force cue reporting issuer addressee text actions purpose themes
        start end paragraph sentence date title lang
${OUTPUT_HELP}
${EXIT_HELP}

Examples:
  $ directives list
  $ directives list --addressee localities --min-force should
  $ directives list --force must --force must-not --json | jq '.[].text'
  $ directives list --sort force --limit 5 --fields id,force,addressee,text
  $ directives list --theme "vocational education" --csv > directives.csv`,
    )
    .action(async (options: ListOptions, cmd: Command) => {
      const { runList } = await import('./list-run.js');
      setExit(await runList(options, cmd.optsWithGlobals<GlobalOptions>()));
    });
}
