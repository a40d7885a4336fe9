import type { Command } from 'commander';
import { sanitize } from '../../render/sanitize.js';
import { DEFAULT_SEARCH_COLUMNS, SEARCH_FIELDS, type SearchField } from '../../vocab/fields.js';
import { loadTheme, noteUndated, openSession, outputFormat, type Context, type FormatOptions, type RegisterCommand } from '../context.js';
import { addFilterOptions, addFormatOptions, addSortOptions, EXIT_HELP, OUTPUT_HELP, QUERY_SYNTAX } from '../flags.js';
import { err, out } from '../io.js';
import { criteriaFrom, defaultFields, fieldsOption, searchIn, searchQuery, sortFrom, type FilterOptions, type SortCliOptions } from '../validate.js';
import { withCounterparts } from '../../render/records.js';

export interface SearchCliOptions extends FilterOptions, SortCliOptions, FormatOptions {
  exact?: boolean;
  in?: string;
  count?: boolean;
}

export const registerSearch: RegisterCommand = (program, app) => {
  const command = program
    .command('search')
    .description('fuzzy-search directives, best match first; typos are forgiven')
    .argument('<query...>', 'what to look for (several words are joined with spaces)')
    .option('--exact', 'match the query as a plain case-insensitive substring (no syntax, no typos)')
    .option('--in <fields>', 'fields to look in, comma-separated: text, actions, addressee, themes, title (default: all but title)')
    .option('--count', 'print only how many directives match');
  addFilterOptions(command);
  addSortOptions(command, 'score');
  addFormatOptions(command, 'fields to print, comma-separated (the directive fields, plus score and matches)');
  command
    .addHelpText(
      'after',
      `
Searched: the directive's text, its actions, addressee and themes; a match in
the text counts most. The document title is searched only when --in names it
(--in text,actions,addressee,themes,title); the "matched" field then says which
hits matched in the title.

${QUERY_SYNTAX}
A big corpus (a corpus folder, or a JSON file of over 5,000 directives) is
searched through its word index: the best 100 candidates (five per result
asked for with --limit, if more) are ranked, so the very weakest matches of a
common word may not be listed.

Fields: id doc force cue reporting issuer addressee text actions purpose themes
        start end paragraph sentence date title lang relevance matched matches
"relevance" runs from 1 (a perfect match) down to 0: higher is better.
JSON carries "relevance" and "matches": for each field that matched,
character ranges [start, end) into that field's value. More matches than
printed (--limit, or the index's cap on a big corpus) are told on a
terminal's stderr: "showing 100 of 141 (use --limit)".
${OUTPUT_HELP}
${EXIT_HELP}

Examples:
  $ directives search "moral skils"
  $ directives search "school enterprise" --limit 1
  $ directives search "'party leadership | security" --min-force should
  $ directives search cooperation --exact --json | jq '.[0].matches'
  $ directives search "^we !pattern" --fields id,relevance,text
  $ directives search 粮食 --count`,
    )
    .action((words: string[], options: SearchCliOptions, cmd: Command) => app.run(cmd, (ctx) => runSearch(words, options, ctx)));
};

export async function runSearch(words: string[], options: SearchCliOptions, ctx: Context): Promise<number> {
  const query = searchQuery(words);
  const criteria = criteriaFrom(options);
  const sort = sortFrom(options, true);
  const keys = searchIn(options.in);
  const defaults: readonly SearchField[] = keys.includes('title') ? [...DEFAULT_SEARCH_COLUMNS, 'matched'] : DEFAULT_SEARCH_COLUMNS;
  const fields = fieldsOption(defaultFields(options, ctx), SEARCH_FIELDS, defaults) ?? (keys.includes('title') && !options.json && !options.ndjson ? defaults : null);
  const session = await openSession(ctx);
  const { reader } = session;
  noteUndated(ctx, reader, criteria);
  if (criteria.doc !== undefined) (await import('../doc-filter.js')).checkDocumentFilter(criteria, reader);
  // one read transaction: every hit's document is still there when it is read (issue 17)
  const { rows, total, docs } = reader.consistent(() => {
    const counted = reader.selectCounted({ query, criteria, search: { exact: options.exact === true, in: keys }, sort });
    const hits = withCounterparts(counted.hits, fields, reader.counterparts);
    // the total is another pass over every match in a big corpus: only for --count and the terminal's "showing N of M"
    const total = options.count === true || session.tty ? counted.total() : hits.length;
    return { rows: hits, total, docs: reader.documentsOf(hits.map((row) => row.directive)) };
  });
  if (options.count) {
    out(ctx.io, String(total));
    return total === 0 ? 1 : 0;
  }
  const format = outputFormat(options, session);
  if (rows.length === 0) {
    // JSON readers get an empty array rather than nothing; the exit code says "not found".
    if (format === 'json') out(ctx.io, '[]');
    if (session.tty) err(ctx.io, `directives: nothing matches ${sanitize(JSON.stringify(query))}`);
    return 1;
  }
  // data formats load without the table's display widths (render/directive-data.ts)
  const renderDirectives = format === 'table' ? (await import('../../render/directives.js')).renderDirectives : (await import('../../render/directive-data.js')).renderDirectiveData;
  out(ctx.io, renderDirectives(rows, docs, { format, fields, width: session.width, theme: await loadTheme(session), header: options.header === true }));
  if (session.tty && total > rows.length) err(ctx.io, `showing ${rows.length} of ${total} (use --limit)`);
  return 0;
}
