import { parseFields } from '../../render/fields.js';
import { renderJson, renderNdjson } from '../../render/json.js';
import { directiveRecords } from '../../render/records.js';
import { DEFAULT_DIRECTIVE_COLUMNS, DIRECTIVE_FIELDS } from '../../vocab/fields.js';
import { criteriaFrom, loadTheme, openSession, outputFormat, sortFrom } from '../context.js';
import { err, out } from '../io.js';
import type { GlobalOptions } from './options.js';
import type { ListOptions } from './list.js';

export async function runList(options: ListOptions, globals: GlobalOptions): Promise<number> {
  const criteria = criteriaFrom(options);
  const sort = sortFrom(options, false);
  const fields = options.fields === undefined ? null : parseFields(options.fields, DIRECTIVE_FIELDS, DEFAULT_DIRECTIVE_COLUMNS);
  const session = await openSession(globals);
  const { reader } = session;
  // one read transaction: every row's document is still there when it is read (issue 17)
  const { rows, docs } = reader.consistent(() => {
    const listed = reader.list(criteria, sort).map((directive) => ({ directive }));
    return { rows: listed, docs: reader.documentsOf(listed.map((row) => row.directive)) };
  });
  const format = outputFormat(options, session);
  if (format === 'json' || format === 'ndjson') {
    // The common scripted path stays free of layout and colour modules (bench/cli.mjs).
    const records = directiveRecords(rows, docs, fields);
    out(format === 'json' ? renderJson(records) : renderNdjson(records));
    return 0;
  }
  if (rows.length === 0 && format === 'table') {
    err('directives: no directives match');
    return 0;
  }
  const { renderDirectives } = await import('../../render/directives.js');
  out(renderDirectives(rows, docs, { format, fields, width: session.width, theme: await loadTheme(session) }));
  return 0;
}
