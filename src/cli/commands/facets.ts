import { Option, type Command } from 'commander';
import { FACET_DIMENSIONS, type FacetDimension } from '../../vocab/dimensions.js';
import { loadTheme, openSession, type Context, type RegisterCommand } from '../context.js';
import { addFilterOptions, EXIT_HELP } from '../flags.js';
import { checkDocumentFilter } from '../doc-filter.js';
import { out } from '../io.js';
import { countOption, criteriaFrom, type FilterOptions } from '../validate.js';

export interface FacetsOptions extends FilterOptions {
  by: string;
  top?: string;
  json?: boolean;
}

export const registerFacets: RegisterCommand = (program, app) => {
  const command = program
    .command('facets')
    .description(`count directives by ${FACET_DIMENSIONS.join(', ')}`)
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
a directive with several themes counts once under each.
${EXIT_HELP}

Examples:
  $ directives facets --by force
  $ directives facets --by addressee --top 10
  $ directives facets --by theme --min-force should --json
  $ directives facets --by reporting | sort -rn | head -3`,
    )
    .action((options: FacetsOptions, cmd: Command) => app.run(cmd, (ctx) => runFacets(options, ctx)));
};

export async function runFacets(options: FacetsOptions, ctx: Context): Promise<number> {
  const criteria = criteriaFrom(options);
  const top = countOption(options.top, '--top');
  const session = await openSession(ctx);
  checkDocumentFilter(criteria, session.reader);
  // commander has checked --by against FACET_DIMENSIONS
  const counts = session.reader.facets(options.by as FacetDimension, criteria, top);
  const [{ renderBarChart, renderCountLines }, { renderJson }] = await Promise.all([import('../../render/facets.js'), import('../../render/json.js')]);
  if (options.json) out(ctx.io, renderJson(counts));
  else if (session.tty || session.colorForced) out(ctx.io, renderBarChart(counts, session.width, await loadTheme(session)));
  else out(ctx.io, renderCountLines(counts));
  return 0;
}
