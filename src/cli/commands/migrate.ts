import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { AddResult } from '../../model/write.js';
import { sanitize } from '../../render/sanitize.js';
import type { Context, RegisterCommand } from '../context.js';
import { out } from '../io.js';
import { progressBars } from '../progress.js';

/** `directives migrate FROM TO` (issue 18): export and add in one step, between any two engines. */
export const registerMigrate: RegisterCommand = (program, app) => {
  program
    .command('migrate')
    .description('copy a whole corpus into another: a folder, a corpus JSON or a PostgreSQL server into a folder or a server')
    .argument('<from>', 'the corpus to read: a folder, a corpus JSON, or postgres://…')
    .argument('<to>', 'the corpus to add to (created if missing): a folder or postgres://…')
    .addHelpText(
      'after',
      `
Documents keep their ids, texts, parser versions, directives and translation
links as they are (nothing is parsed again); a text already in <to> is
skipped. The copy is one transaction in <to>, read from one snapshot of <from>.

Examples:
  $ directives migrate ~/readouts postgres://analyst@db.example.org/policy
  $ directives migrate postgres://db.example.org/policy?schema=team ~/readouts-copy`,
    )
    .action((from: string, to: string, _options: unknown, cmd: Command) => app.run(cmd, (ctx) => runMigrate(from, to, ctx)));
};

export async function runMigrate(from: string, to: string, ctx: Context): Promise<number> {
  if (from === to) throw new UsageError('migrate: FROM and TO are the same corpus');
  const [{ openReader, openWriter }, { snapshotItems }, { renderAddSummary }] = await Promise.all([
    import('../../query/open.js'),
    import('../../model/write.js'),
    import('../../render/progress.js'),
  ]);
  const reader = await openReader(from);
  try {
    const writer = await openWriter(to, { create: true });
    const bar = await progressBars(ctx.io);
    try {
      const total = reader.documents().length;
      const started = performance.now();
      const progress = bar(total, 'migrating [{bar}] {value}/{total} documents · {directives} directives · ETA {eta_formatted}', { directives: 0 });
      const result: AddResult = await reader.snapshot(async (documents, directives, links) =>
        writer.add(snapshotItems(documents, directives, links), (partial) => progress.update(partial.added.length + partial.skipped.length, { directives: partial.directives.toLocaleString('en-US') })),
      );
      progress.stop();
      out(ctx.io, renderAddSummary({ added: result.added.length, skipped: result.skipped.length, directives: result.directives, elapsedMs: performance.now() - started, corpus: sanitize(to) }));
    } finally {
      writer.close();
    }
  } finally {
    reader.close();
  }
  return 0;
}
