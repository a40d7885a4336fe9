import { Option, type Command } from 'commander';
import { corpusPath, type Context, type RegisterCommand } from '../context.js';
import { writeStream } from '../io.js';

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

export async function runExport(options: ExportOptions, ctx: Context): Promise<number> {
  const [{ openReader }, { corpusJsonChunks, corpusNdjsonChunks }] = await Promise.all([import('../../query/open.js'), import('../../render/json.js')]);
  const format = options.ndjson ? corpusNdjsonChunks : corpusJsonChunks;
  // one snapshot: a write landing while a slow reader drains the export cannot tear it (issue 17)
  const reader = await openReader(corpusPath(ctx));
  try {
    await reader.snapshot((documents, directives, links) => writeStream(ctx.io, format(documents, directives, links)));
  } finally {
    reader.close();
  }
  return 0;
}
