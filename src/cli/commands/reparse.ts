import type { Command } from 'commander';
import type { Context, RegisterCommand } from '../context.js';
import { out, progressLine } from '../io.js';
import { openFolderWriter, targetFolder } from './corpus-folder.js';

export const registerReparse: RegisterCommand = (program, app) => {
  program
    .command('reparse')
    .description('parse every stored text again with this version of the parser')
    .addHelpText('after', `\nExamples:\n  $ directives reparse --corpus ~/readouts`)
    .action((_options: unknown, cmd: Command) => app.run(cmd, (ctx) => runReparse(ctx)));
};

export async function runReparse(ctx: Context): Promise<number> {
  const dir = targetFolder(ctx, 'reparse');
  const [store, { parseDocument }] = await Promise.all([openFolderWriter(dir), import('../../parse/index.js')]);
  const started = performance.now();
  try {
    const { documents, before, after } = store.reparse(
      // what a person supplied (title, date, place, source URL) is kept; the rest is read again
      (source, doc) =>
        parseDocument(source, { file: doc.file, title: doc.title, date: doc.date, place: doc.place, language: doc.language, sourceUrl: doc.sourceUrl ?? null }),
      (done, total) => progressLine(ctx.io, `reparsed ${done}/${total} documents`),
    );
    progressLine(ctx.io, null);
    out(ctx.io, `reparsed ${documents} documents in ${((performance.now() - started) / 1000).toFixed(1)}s: ${before} → ${after} directives`);
  } finally {
    store.close();
  }
  return 0;
}
