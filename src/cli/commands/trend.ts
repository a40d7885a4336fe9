import { Option, type Command } from 'commander';
import { TREND_PERIODS } from '../../query/trend.js';
import type { SetExit } from './index.js';
import { addFilterOptions, type FilterOptions, type GlobalOptions } from './options.js';

export interface TrendCliOptions extends FilterOptions {
  by: string;
  stack?: 'force';
  json?: boolean;
  csv?: boolean;
  tsv?: boolean;
}

export function registerTrend(program: Command, setExit: SetExit): void {
  const formats = ['json', 'csv', 'tsv'];
  const others = (me: string): string[] => formats.filter((f) => f !== me);
  const command = program
    .command('trend')
    .description('count directives per year, quarter or month (optionally those matching a search)')
    .argument('[query...]', 'only directives matching this search (as `directives search` matches)')
    .addOption(new Option('--by <period>', 'period to count in').choices(TREND_PERIODS).default('year'))
    .addOption(new Option('--stack <what>', 'split each period by force').choices(['force']));
  addFilterOptions(command);
  command
    .addOption(new Option('--json', 'print the periods as JSON').conflicts(others('json')))
    .addOption(new Option('--csv', 'print CSV (RFC 4180) with a header').conflicts(others('csv')))
    .addOption(new Option('--tsv', 'print "period<TAB>count" lines (the default when piped)').conflicts(others('tsv')))
    .addHelpText(
      'after',
      `
A period takes its directives from the documents dated in it. Every period
from the first to the last is listed, empty ones too. Documents with no date,
or a date without a year (--09-21), are counted as "undated", and those dated
only to a year as "year-only" when counting by quarter or month: never left out.

Output: a sparkline and a bar per period on a terminal (bars split by force
with --stack force); piped, "period<TAB>count" lines (a column per force with
--stack force), the undated last; --csv with a header; --json.
Exit status: 0 counted, 1 no directive matches, 2 usage error.

Examples:
  $ directives trend --by year
  $ directives trend "carbon peak" --by quarter --stack force
  $ directives trend --theme ecology --lang zh --csv > ecology.csv`,
    )
    .action(async (query: string[], options: TrendCliOptions, cmd: Command) => {
      const { runTrend } = await import('./trend-run.js');
      setExit(await runTrend(query.join(' '), options, cmd.optsWithGlobals<GlobalOptions>()));
    });
}
