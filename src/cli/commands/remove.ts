import type { Command } from 'commander';
import { sanitize } from '../../render/sanitize.js';
import type { Context, RegisterCommand } from '../context.js';
import { out } from '../io.js';
import { openFolderWriter, storedDocument, targetFolder } from './corpus-folder.js';

export const registerRemove: RegisterCommand = (program, app) => {
  program
    .command('remove')
    .description('remove documents (and their directives) from a corpus folder')
    .argument('<docs...>', 'document ids (a unique prefix is enough) or file names')
    .addHelpText('after', `\nExamples:\n  $ directives docs --corpus ~/readouts\n  $ directives remove --corpus ~/readouts 4192be01`)
    .action((docs: string[], _options: unknown, cmd: Command) => app.run(cmd, (ctx) => runRemove(docs, ctx)));
};

export async function runRemove(queries: string[], ctx: Context): Promise<number> {
  const dir = targetFolder(ctx, 'remove');
  const store = await openFolderWriter(dir);
  try {
    const ids = queries.map((query) => storedDocument(store, query, dir));
    const removed = store.remove(ids);
    out(ctx.io, `removed ${removed.length} document${removed.length === 1 ? '' : 's'}: ${removed.map((id) => sanitize(id)).join(', ')}`);
  } finally {
    store.close();
  }
  return 0;
}
