import { Option, type Command } from 'commander';
import { FACET_DIMENSIONS, type FacetDimension } from '../../vocab/dimensions.js';
import { chartWanted, loadTheme, noteUndated, openSession, type Context, type RegisterCommand } from '../context.js';
import { addFilterOptions, EXIT_HELP } from '../flags.js';
import { out } from '../io.js';
import { countOption, criteriaFrom, type FilterOptions } from '../validate.js';

export interface FacetsOptions extends FilterOptions {
  by: string;
  top?: string;
  json?: boolean;
  csv?: boolean;
  chart?: boolean;
}

export const registerFacets: RegisterCommand = (program, app) => {
  const command = program
    .command('facets')
    .description(`count directives by ${FACET_DIMENSIONS.join(', ')}`)
    .addOption(new Option('--by <dimension>', 'what to count by').choices(FACET_DIMENSIONS).makeOptionMandatory())
    .option('--top <n>', 'only the n most frequent values ("(none)" is shown beside them, not counted among them)')
    .addOption(new Option('--json', 'print a JSON array of {value, count} (and title, --by doc)').conflicts(['csv', 'chart']))
    .addOption(new Option('--csv', 'print CSV: count,value (and title, --by doc)').conflicts(['json', 'chart']))
    .option('--chart', 'print the bar chart even through a pipe (the default on a terminal)');
  addFilterOptions(command);
  command
    .addHelpText(
      'after',
      `
Output: a bar chart on a terminal; "count<TAB>value" lines when piped (as
sort | uniq -c would give; --by doc adds the title as a third field); --json,
--csv or --chart on request. Directives without a value (no addressee, no
theme) count under "(none)" (null in JSON, empty when piped); a directive with
several themes counts once under each.
${EXIT_HELP}

Examples:
  $ directives facets --by force
  $ directives facets --by addressee --top 10
  $ directives facets --by theme --min-force should --json
  $ directives facets --by reporting | sort -rn | head -3
  $ directives facets --by doc --csv > per-document.csv`,
    )
    .action((options: FacetsOptions, cmd: Command) => app.run(cmd, (ctx) => runFacets(options, ctx)));
};

export async function runFacets(options: FacetsOptions, ctx: Context): Promise<number> {
  const criteria = criteriaFrom(options);
  const top = countOption(options.top, '--top');
  const session = await openSession(ctx);
  noteUndated(ctx, session.reader, criteria);
  if (criteria.doc !== undefined) (await import('../doc-filter.js')).checkDocumentFilter(criteria, session.reader);
  // commander has checked --by against FACET_DIMENSIONS
  const by = options.by as FacetDimension;
  const counts = session.reader.facets(by, criteria, top);
  // --by doc: ids alone say nothing to a person; each comes with its title (issue 14)
  const titles = by === 'doc' ? new Map(session.reader.documents().map((doc) => [doc.id, doc.title ?? doc.file ?? null])) : null;
  const labelOf = titles ? (value: string): string | null => titles.get(value) ?? null : undefined;
  if (options.json) {
    // JSON loads no chart (and so no display widths)
    const { renderJson } = await import('../../render/json.js');
    out(ctx.io, renderJson(labelOf ? counts.map((c) => ({ ...c, title: c.value === null ? null : labelOf(c.value) })) : counts));
    return 0;
  }
  const { renderBarChart, renderCountLines, renderFacetCsv } = await import('../../render/facets.js');
  if (options.csv) out(ctx.io, renderFacetCsv(counts, labelOf, 'title'));
  else if (chartWanted(options, session)) out(ctx.io, renderBarChart(counts, session.width, await loadTheme(session), labelOf));
  else out(ctx.io, renderCountLines(counts, labelOf));
  return 0;
}
