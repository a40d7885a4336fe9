import { Option, type Command } from 'commander';
import { isStoreDirectory } from '../../corpus/layout.js';
import type { Directive, DocumentRecord } from '../../model/types.js';
import { SCHEMA_VERSION } from '../../model/types.js';
import { corpusPath, type Context, type RegisterCommand } from '../context.js';
import { writeStream } from '../io.js';
import { loadStore } from './corpus-folder.js';

export interface ExportOptions {
  json?: boolean;
  ndjson?: boolean;
}

export const registerExport: RegisterCommand = (program, app) => {
  program
    .command('export')
    .description('print the whole corpus as JSON (the interchange format) or NDJSON')
    .addOption(new Option('--json', 'one JSON object {schemaVersion, documents, directives} (default)').conflicts('ndjson'))
    .addOption(new Option('--ndjson', 'one record per line: documents first, then directives').conflicts('json'))
    .addHelpText('after', `\nExamples:\n  $ directives export --corpus ~/readouts --json > readouts.json\n  $ directives export --corpus ~/readouts --ndjson | jq -c 'select(.type == "directive")'`)
    .action((options: ExportOptions, cmd: Command) => app.run(cmd, (ctx) => runExport(options, ctx)));
};

function* exportJson(documents: Iterable<DocumentRecord>, directives: Iterable<Directive>): Generator<string> {
  yield `{"schemaVersion":${SCHEMA_VERSION},"documents":[`;
  let first = true;
  for (const doc of documents) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(doc)}`;
    first = false;
  }
  yield '\n],"directives":[';
  first = true;
  for (const d of directives) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(d)}`;
    first = false;
  }
  yield '\n]}\n';
}

function* exportNdjson(documents: Iterable<DocumentRecord>, directives: Iterable<Directive>): Generator<string> {
  for (const doc of documents) yield `${JSON.stringify({ type: 'document', ...doc })}\n`;
  for (const d of directives) yield `${JSON.stringify({ type: 'directive', ...d })}\n`;
}

export async function runExport(options: ExportOptions, ctx: Context): Promise<number> {
  const path = corpusPath(ctx);
  const format = options.ndjson ? exportNdjson : exportJson;
  if (isStoreDirectory(path)) {
    const Store = await loadStore();
    const store = Store.open(path, { readonly: true });
    try {
      await writeStream(ctx.io, format(store.exportDocuments(), store.exportDirectives()));
    } finally {
      store.close();
    }
    return 0;
  }
  // a JSON corpus (the built-in one, or --corpus FILE.json) exports as it is
  const { openReader } = await import('../../query/open.js');
  const reader = await openReader(path);
  const documents = reader.documents().map((meta) => reader.document(meta.id)!);
  await writeStream(ctx.io, format(documents, reader.list({})));
  return 0;
}
