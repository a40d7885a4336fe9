import type { Command } from 'commander';
import { checkNewCorpusFolder, isStoreDirectory } from '../../corpus/layout.js';
import type { Context, RegisterCommand } from '../context.js';
import { out } from '../io.js';
import { sanitize } from '../../render/sanitize.js';
import { CORPUS_HELP, openFolderWriter } from './corpus-folder.js';

export const registerInit: RegisterCommand = (program, app) => {
  program
    .command('init')
    .description('create an empty corpus folder')
    .argument('<dir>', 'folder to create (or to reuse if it is already a corpus)')
    .addHelpText('after', `${CORPUS_HELP}\n\nExamples:\n  $ directives init ~/readouts\n  $ directives add --corpus ~/readouts 2024/*.txt`)
    .action((dir: string, _options: unknown, cmd: Command) => app.run(cmd, (ctx) => runInit(dir, ctx)));
};

export async function runInit(dir: string, ctx: Context): Promise<number> {
  const existed = isStoreDirectory(dir);
  if (!existed) checkNewCorpusFolder(dir);
  const store = await openFolderWriter(dir, { create: true });
  const { documents, directives } = store.totals();
  store.close();
  const shown = sanitize(dir);
  out(ctx.io, existed ? `${shown} is already a corpus (${documents} documents, ${directives} directives)` : `created an empty corpus in ${shown}`);
  return 0;
}
