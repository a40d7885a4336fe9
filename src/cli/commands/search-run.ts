import { UsageError } from '../../errors.js';
import { parseFields } from '../../render/fields.js';
import { renderDirectives } from '../../render/directives.js';
import { sanitize } from '../../render/sanitize.js';
import { DEFAULT_SEARCH_COLUMNS, SEARCH_FIELDS } from '../../vocab/fields.js';
import { criteriaFrom, loadTheme, openSession, outputFormat, sortFrom } from '../context.js';
import { err, out } from '../io.js';
import type { GlobalOptions } from './options.js';
import type { SearchCliOptions } from './search.js';

export async function runSearch(query: string, options: SearchCliOptions, globals: GlobalOptions): Promise<number> {
  if (query.trim() === '') throw new UsageError('search: the query is empty');
  const criteria = criteriaFrom(options);
  const sort = sortFrom(options, true);
  const fields = options.fields === undefined ? null : parseFields(options.fields, SEARCH_FIELDS, DEFAULT_SEARCH_COLUMNS);
  const session = await openSession(globals);
  const { reader } = session;
  // one read transaction: every hit's document is still there when it is read (issue 17)
  const { rows, docs } = reader.consistent(() => {
    const hits = reader.select({ query, criteria, search: { exact: options.exact === true }, sort });
    return { rows: hits, docs: reader.documentsOf(hits.map((row) => row.directive)) };
  });
  const format = outputFormat(options, session);
  if (rows.length === 0) {
    // JSON readers get an empty array rather than nothing; the exit code says "not found".
    if (format === 'json') out('[]');
    if (session.tty) err(`directives: nothing matches ${sanitize(JSON.stringify(query))}`);
    return 1;
  }
  out(renderDirectives(rows, docs, { format, fields, width: session.width, theme: await loadTheme(session) }));
  return 0;
}
