import type { Command } from 'commander';
import { EXIT } from '../../errors.js';
import { corpusPath, type Context, type RegisterCommand } from '../context.js';
import { out } from '../io.js';

export interface CheckOptions {
  repair?: boolean;
  json?: boolean;
}

/** `directives check [--repair]`: is the corpus sound, and if not, keep what can be kept (issue 17). */
export const registerCheck: RegisterCommand = (program, app) => {
  program
    .command('check')
    .description('check a corpus for damage (SQLite and full-text integrity, every row); --repair rebuilds it from what can be read')
    .option('--repair', 'copy every usable row into a new database, rebuild the full-text index, themes and typo vocabulary, and swap it in (the old file is kept beside it)')
    .option('--json', 'print the report as JSON')
    .addHelpText(
      'after',
      `
Checks SQLite's integrity_check, the FTS5 index's integrity-check, and every
document and directive row: JSON columns parse, offsets lie inside the source,
the text is the source's slice, the force is known, the source matches its
sha256. A corpus JSON is checked by loading it. Run --repair while nothing
else writes to the corpus.

Exit status: 0 sound (or repaired with nothing lost), 2 problems found (or
rows that could not be saved), 3 the repaired corpus cannot be written.

Examples:
  $ directives check --corpus ~/readouts
  $ directives check --corpus ~/readouts --repair`,
    )
    .action((options: CheckOptions, cmd: Command) => app.run(cmd, (ctx) => runCheck(options, ctx)));
};

export async function runCheck(options: CheckOptions, ctx: Context): Promise<number> {
  const path = corpusPath(ctx);
  const [{ checkCorpus, repairCorpus }, { renderCheck, renderRepair }] = await Promise.all([import('../../query/open.js'), import('../../render/check.js')]);
  if (options.repair) {
    const report = await repairCorpus(path);
    out(ctx.io, options.json ? JSON.stringify(report, null, 2) : renderRepair(report));
    const sound = (report.after ?? report.before).problemCount === 0;
    const lost = report.before.lostDocuments + report.before.lostDirectives > 0 || report.before.unreadableRows;
    return sound && !lost ? EXIT.ok : EXIT.data;
  }
  const report = await checkCorpus(path);
  out(ctx.io, options.json ? JSON.stringify(report, null, 2) : renderCheck(report));
  return report.problemCount === 0 ? EXIT.ok : EXIT.data;
}
