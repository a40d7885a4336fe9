import { Option, type Command } from 'commander';
import { TREND_PERIODS } from '../../query/trend.js';
import { trendOf, type TrendPeriod } from '../../query/trend.js';
import { sanitize } from '../../render/sanitize.js';
import { chartWanted, loadTheme, noteUndated, openSession, type Context, type RegisterCommand } from '../context.js';
import { addFilterOptions } from '../flags.js';
import { err, out } from '../io.js';
import { criteriaFrom, type FilterOptions } from '../validate.js';

export interface TrendCliOptions extends FilterOptions {
  by: string;
  stack?: 'force';
  json?: boolean;
  csv?: boolean;
  tsv?: boolean;
  chart?: boolean;
}

export const registerTrend: RegisterCommand = (program, app) => {
  const formats = ['json', 'csv', 'tsv', 'chart'];
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
    .addOption(new Option('--chart', 'print the chart even through a pipe (the default on a terminal)').conflicts(others('chart')))
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
    .action((query: string[], options: TrendCliOptions, cmd: Command) => app.run(cmd, (ctx) => runTrend(query.join(' '), options, ctx)));
};

export async function runTrend(query: string, options: TrendCliOptions, ctx: Context): Promise<number> {
  const criteria = criteriaFrom(options);
  const session = await openSession(ctx);
  const { renderTrendChart, renderTrendCsv, renderTrendTsv, leftOver } = await import('../../render/trend.js');
  const { reader } = session;
  noteUndated(ctx, reader, criteria);
  const stack = options.stack === 'force';
  const rows = reader.dateCounts(criteria, { query, byForce: stack });
  // commander has checked --by against TREND_PERIODS
  const trend = trendOf(rows, options.by as TrendPeriod);
  if (options.json) out(ctx.io, JSON.stringify(trend, null, 2));
  else if (options.csv) out(ctx.io, renderTrendCsv(trend, stack));
  else if (!options.tsv && chartWanted(options, session)) {
    if (trend.total > 0) out(ctx.io, renderTrendChart(trend, { theme: await loadTheme(session), width: session.width, stack }).join('\n'));
  } else {
    out(ctx.io, renderTrendTsv(trend, stack));
    // the chart says this in its last lines; a script's reader hears it on stderr
    for (const line of leftOver(trend)) err(ctx.io, `directives: ${line}`);
  }
  if (trend.total === 0) {
    if (session.tty) err(ctx.io, query.trim() === '' ? 'directives: no directives match' : `directives: nothing matches ${sanitize(JSON.stringify(query))}`);
    return 1;
  }
  return 0;
}
