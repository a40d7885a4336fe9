import { Option, type Command } from 'commander';
import { documentMatches } from '../../query/filter.js';
import { DEFAULT_DOCUMENT_COLUMNS, DOCUMENT_FIELDS, LANGUAGES } from '../../vocab/fields.js';
import { loadTheme, openSession, outputFormat, type Context, type FormatOptions, type RegisterCommand } from '../context.js';
import { addFormatOptions, EXIT_HELP, OUTPUT_HELP } from '../flags.js';
import { err, out } from '../io.js';
import { collectText, collectVocabulary, fieldsOption } from '../validate.js';

export interface DocsOptions extends FormatOptions {
  doc?: string[];
  lang?: string[];
}

export const registerDocs: RegisterCommand = (program, app) => {
  const command = program
    .command('docs')
    .description('list the documents: id, date, title, place, participants, directive counts')
    .addOption(new Option('--doc <doc>', 'only documents matching: id prefix, file name or title substring (repeatable: any of them)').argParser(collectText))
    .addOption(new Option('--lang <lang>', `only documents in this language (repeatable; choices: ${LANGUAGES.join(', ')})`).argParser(collectVocabulary('--lang', 'language', LANGUAGES)));
  addFormatOptions(command, 'fields to print, comma-separated (see below)');
  command
    .addHelpText(
      'after',
      `
Fields: id date title place participants directives forces file issuer event
        language sha256   ("directives" is a count, "forces" counts by force)
${OUTPUT_HELP}
${EXIT_HELP}

Examples:
  $ directives docs
  $ directives docs --json | jq '.[].participants'
  $ directives docs --fields id,title,forces --tsv`,
    )
    .action((options: DocsOptions, cmd: Command) => app.run(cmd, (ctx) => runDocs(options, ctx)));
};

export async function runDocs(options: DocsOptions, ctx: Context): Promise<number> {
  const fields = fieldsOption(options.fields, DOCUMENT_FIELDS, DEFAULT_DOCUMENT_COLUMNS);
  const session = await openSession(ctx);
  const { reader } = session;
  // documents, then counts: one read transaction, so a write landing between them cannot make them disagree (issue 17)
  const { documents, forces } = reader.consistent(() => ({
    documents: reader.documents().filter(
      (doc) => (options.doc === undefined || options.doc.some((q) => documentMatches(doc, q))) && (options.lang === undefined || options.lang.includes(doc.language)),
    ),
    forces: reader.forceCountsByDocument(),
  }));
  const format = outputFormat(options, session);
  if (documents.length === 0 && format === 'table') {
    err(ctx.io, 'directives: no documents match');
    return 0;
  }
  const { renderDocuments } = await import('../../render/documents.js');
  out(ctx.io, renderDocuments(documents, (doc) => forces.get(doc.id) ?? {}, { format, fields, width: session.width, theme: await loadTheme(session), header: options.header === true }));
  return 0;
}
