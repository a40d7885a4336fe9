import type { Command } from 'commander';
import { DEFAULT_DIRECTIVE_COLUMNS, DIRECTIVE_FIELDS } from '../../vocab/fields.js';
import { directiveRecords, withCounterparts } from '../../render/records.js';
import { renderJson, renderNdjson } from '../../render/json.js';
import { loadTheme, noteUndated, openSession, outputFormat, type Context, type FormatOptions, type RegisterCommand } from '../context.js';
import { addFilterOptions, addFormatOptions, addSortOptions, EXIT_HELP, OUTPUT_HELP } from '../flags.js';
import { err, out } from '../io.js';
import { criteriaFrom, defaultFields, fieldsOption, sortFrom, type FilterOptions, type SortCliOptions } from '../validate.js';

export type ListOptions = FilterOptions & SortCliOptions & FormatOptions & { count?: boolean };

export const registerList: RegisterCommand = (program, app) => {
  const command = program.command('list').description('list directives, filtered and sorted (default: by document, then position)');
  addFilterOptions(command);
  addSortOptions(command, 'doc');
  addFormatOptions(command, 'fields to print, comma-separated (see --fields help below)');
  command
    .option('--count', 'print only how many directives match')
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
    .action((options: ListOptions, cmd: Command) => app.run(cmd, (ctx) => runList(options, ctx)));
};

export async function runList(options: ListOptions, ctx: Context): Promise<number> {
  const criteria = criteriaFrom(options);
  const sort = sortFrom(options, false);
  const fields = fieldsOption(defaultFields(options, ctx), DIRECTIVE_FIELDS, DEFAULT_DIRECTIVE_COLUMNS);
  const session = await openSession(ctx);
  const { reader } = session;
  noteUndated(ctx, reader, criteria);
  if (criteria.doc !== undefined) (await import('../doc-filter.js')).checkDocumentFilter(criteria, reader);
  if (options.count) {
    const total = reader.count(criteria);
    out(ctx.io, String(total));
    return total > 0 ? 0 : 1;
  }
  // one read transaction: every row's document is still there when it is read (issue 17)
  const { rows, docs } = reader.consistent(() => {
    const listed = withCounterparts(reader.list(criteria, sort).map((directive) => ({ directive })), fields, reader.counterparts);
    return { rows: listed, docs: reader.documentsOf(listed.map((row) => row.directive)) };
  });
  // as search: nothing found is exit 1, so `directives list … && …` means "found some" (issue 14)
  const found = rows.length > 0 ? 0 : 1;
  const format = outputFormat(options, session);
  if (format === 'json' || format === 'ndjson') {
    // The common scripted path stays free of layout and colour modules (bench/cli.mjs).
    const records = directiveRecords(rows, docs, fields);
    out(ctx.io, format === 'json' ? renderJson(records) : renderNdjson(records));
    return found;
  }
  if (rows.length === 0 && format === 'table') {
    err(ctx.io, 'directives: no directives match');
    return found;
  }
  // data formats load without the table's display widths (render/directive-data.ts)
  const renderDirectives = format === 'table' ? (await import('../../render/directives.js')).renderDirectives : (await import('../../render/directive-data.js')).renderDirectiveData;
  out(ctx.io, renderDirectives(rows, docs, { format, fields, width: session.width, theme: await loadTheme(session), header: options.header === true }));
  if (session.tty && sort.limit !== undefined && rows.length === sort.limit) {
    const total = reader.count(criteria);
    if (total > rows.length) err(ctx.io, `showing ${rows.length} of ${total} (use --limit)`);
  }
  return found;
}
