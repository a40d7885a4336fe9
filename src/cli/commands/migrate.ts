import type { Command } from 'commander';
import type { SetExit } from './index.js';

/** `directives migrate FROM TO` (issue 18): export and add in one step, between any two engines. */
export function registerMigrate(program: Command, setExit: SetExit): void {
  program
    .command('migrate')
    .description('copy a whole corpus into another: a folder, a corpus JSON or a PostgreSQL server into a folder or a server')
    .argument('<from>', 'the corpus to read: a folder, a corpus JSON, or postgres://…')
    .argument('<to>', 'the corpus to add to (created if missing): a folder or postgres://…')
    .addHelpText(
      'after',
      `
Documents keep their ids, texts, parser versions and directives as they are
(nothing is parsed again); a text already in <to> is skipped. The copy is one
transaction in <to>, read from one snapshot of <from>.

Examples:
  $ directives migrate ~/readouts postgres://analyst@db.example.org/policy
  $ directives migrate postgres://db.example.org/policy?schema=team ~/readouts-copy`,
    )
    .action(async (from: string, to: string) => {
      const { runMigrate } = await import('./migrate-run.js');
      setExit(await runMigrate(from, to));
    });
}
