import { Option, type Command } from 'commander';
import { FACET_DIMENSIONS } from '../../vocab/fields.js';
import type { SetExit } from './index.js';
import { addFilterOptions, EXIT_HELP, type FilterOptions, type GlobalOptions } from './options.js';

export interface FacetsOptions extends FilterOptions {
  by: string;
  top?: string;
  json?: boolean;
}

export function registerFacets(program: Command, setExit: SetExit): void {
  const command = program
    .command('facets')
    .description('count directives by force, reporting verb, issuer, addressee, theme, document, year or month')
    .addOption(new Option('--by <dimension>', 'what to count by').choices(FACET_DIMENSIONS).makeOptionMandatory())
    .option('--top <n>', 'only the n most frequent values')
    .option('--json', 'print a JSON array of {value, count}');
  addFilterOptions(command);
  command
    .addHelpText(
      'after',
      `
Output: a bar chart on a terminal; "count<TAB>value" lines when piped (as
sort | uniq -c would give); --json on request. Directives without a value
(no addressee, no theme) count under "(none)" (null in JSON, empty when piped);
a directive with several themes counts once under each. Year and month are
the document's; a date without a year (or a year alone, by month) is "(none)".
For counts in date order, empty periods included, see \`directives trend\`.
${EXIT_HELP}

Examples:
  $ directives facets --by force
  $ directives facets --by addressee --top 10
  $ directives facets --by theme --min-force should --json
  $ directives facets --by reporting | sort -rn | head -3`,
    )
    .action(async (options: FacetsOptions, cmd: Command) => {
      const { runFacets } = await import('./facets-run.js');
      setExit(await runFacets(options, cmd.optsWithGlobals<GlobalOptions>()));
    });
}
