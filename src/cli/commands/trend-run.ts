import { trendOf, type TrendPeriod } from '../../query/trend.js';
import { renderTrendChart, renderTrendCsv, renderTrendTsv, leftOver } from '../../render/trend.js';
import { sanitize } from '../../render/sanitize.js';
import { criteriaFrom, loadTheme, openSession } from '../context.js';
import { err, out } from '../io.js';
import type { GlobalOptions } from './options.js';
import type { TrendCliOptions } from './trend.js';

export async function runTrend(query: string, options: TrendCliOptions, globals: GlobalOptions): Promise<number> {
  const criteria = criteriaFrom(options);
  const session = await openSession(globals);
  const { reader } = session;
  const stack = options.stack === 'force';
  const rows = reader.dateCounts(criteria, { query, byForce: stack });
  // commander has checked --by against TREND_PERIODS
  const trend = trendOf(rows, options.by as TrendPeriod);
  if (options.json) out(JSON.stringify(trend, null, 2));
  else if (options.csv) out(renderTrendCsv(trend, stack));
  else if (!options.tsv && (session.tty || session.colorForced)) {
    if (trend.total > 0) out(renderTrendChart(trend, { theme: await loadTheme(session), width: session.width, stack }).join('\n'));
  } else {
    out(renderTrendTsv(trend, stack));
    // the chart says this in its last lines; a script's reader hears it on stderr
    for (const line of leftOver(trend)) err(`directives: ${line}`);
  }
  if (trend.total === 0) {
    if (session.tty) err(query.trim() === '' ? 'directives: no directives match' : `directives: nothing matches ${sanitize(JSON.stringify(query))}`);
    return 1;
  }
  return 0;
}
