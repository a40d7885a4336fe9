import type { Command } from 'commander';
import { checkNewCorpusFolder, isStoreDirectory } from '../../corpus/layout.js';
import type { Context, RegisterCommand } from '../context.js';
import { out } from '../io.js';
import { sanitize } from '../../render/sanitize.js';
import { CORPUS_HELP, isServerUrl, openFolderWriter } from './corpus-folder.js';

export const registerInit: RegisterCommand = (program, app) => {
  program
    .command('init')
    .description('create an empty corpus folder (or the corpus schema on a PostgreSQL server)')
    .argument('<dir>', 'folder to create (or to reuse if it is already a corpus), or postgres://user@host/db')
    .option('--schema <name>', 'PostgreSQL only: the schema to hold the corpus (default: directives; later commands name it as ?schema=NAME in the URL)')
    .addHelpText('after', `${CORPUS_HELP}\n\nExamples:\n  $ directives init ~/readouts\n  $ directives add --corpus ~/readouts 2024/*.txt\n  $ directives init postgres://analyst@db.example.org/policy`)
    .action((dir: string, options: { schema?: string }, cmd: Command) => app.run(cmd, (ctx) => runInit(dir, options, ctx)));
};

export async function runInit(dir: string, options: { schema?: string }, ctx: Context): Promise<number> {
  const server = isServerUrl(dir);
  const existed = !server && isStoreDirectory(dir);
  if (!server && !existed) checkNewCorpusFolder(dir);
  const store = await openFolderWriter(dir, { create: true, ...(options.schema !== undefined ? { schema: options.schema } : {}) });
  const { documents, directives } = store.totals();
  store.close();
  // a server says whether it made the schema (created), a folder whether its file was there
  const already = store.created === undefined ? existed : !store.created;
  const shown = sanitize(dir);
  out(ctx.io, already ? `${shown} is already a corpus (${documents} documents, ${directives} directives)` : `created an empty corpus in ${shown}`);
  return 0;
}
