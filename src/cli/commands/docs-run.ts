import { documentMatches } from '../../query/filter.js';
import { renderDocuments } from '../../render/documents.js';
import { parseFields } from '../../render/fields.js';
import { DEFAULT_DOCUMENT_COLUMNS, DOCUMENT_FIELDS } from '../../vocab/fields.js';
import { loadTheme, openSession, outputFormat } from '../context.js';
import { err, out } from '../io.js';
import type { DocsOptions } from './docs.js';
import type { GlobalOptions } from './options.js';

export async function runDocs(options: DocsOptions, globals: GlobalOptions): Promise<number> {
  const fields = options.fields === undefined ? null : parseFields(options.fields, DOCUMENT_FIELDS, DEFAULT_DOCUMENT_COLUMNS);
  const session = await openSession(globals);
  const { reader } = session;
  // documents, then counts: one read transaction, so a write landing between them cannot make them disagree (issue 17)
  const { documents, forces } = reader.consistent(() => ({
    documents: reader.documents().filter(
      (doc) => (options.doc === undefined || documentMatches(doc, options.doc)) && (options.lang === undefined || doc.language === options.lang),
    ),
    forces: reader.forceCountsByDocument(),
  }));
  const format = outputFormat(options, session);
  if (documents.length === 0 && format === 'table') {
    err('directives: no documents match');
    return 0;
  }
  out(renderDocuments(documents, (doc) => forces.get(doc.id) ?? {}, { format, fields, width: session.width, theme: await loadTheme(session) }));
  return 0;
}
