import type { Command } from 'commander';
import { NotFoundError } from '../../errors.js';
import { sanitize } from '../../render/sanitize.js';
import { loadTheme, openSession, type Context, type RegisterCommand } from '../context.js';
import { EXIT_HELP } from '../flags.js';
import { out } from '../io.js';

export interface ShowOptions {
  json?: boolean;
}

export const registerShow: RegisterCommand = (program, app) => {
  program
    .command('show')
    .description('show one directive in full, highlighted inside its paragraph of the source')
    .argument('<id>', 'directive id, as list and search print it (e.g. 4192be01-3)')
    .option('--json', 'print the directive and its document metadata as JSON')
    .addHelpText(
      'after',
      `
Shows the paragraph the directive sits in with the directive highlighted, then
its force, cue, reporting frame, issuer, addressee, actions, purpose, themes,
its document (title, date, place, participants) and its offsets in the source.
${EXIT_HELP}

Examples:
  $ directives show 4192be01-4
  $ directives show 4192be01-4 --json | jq .actions
  $ directives search "school enterprise" --limit 1 --fields id | xargs directives show`,
    )
    .action((id: string, options: ShowOptions, cmd: Command) => app.run(cmd, (ctx) => runShow(id, options, ctx)));
};

export async function runShow(id: string, options: ShowOptions, ctx: Context): Promise<number> {
  const session = await openSession(ctx);
  const { reader } = session;
  // the directive and its document in one read transaction: a concurrent `remove` cannot part them (issue 17)
  const { directive, doc, counterparts } = reader.consistent(() => {
    const found = reader.directive(id);
    return { directive: found, doc: found ? (reader.document(found.doc) ?? undefined) : undefined, counterparts: found ? reader.counterparts(found.id) : [] };
  });
  if (!directive) {
    const close = reader.closestIds(id);
    const hint = close.length ? `\nclosest: ${close.join(', ')}` : '';
    throw new NotFoundError(`no directive ${sanitize(id)}${hint}`);
  }
  if (options.json) {
    // The document without its full source: the directive's text and offsets point into it.
    const document = doc ? (({ source: _source, ...meta }) => meta)(doc) : null;
    out(ctx.io, JSON.stringify({ ...directive, document }, null, 2));
    return 0;
  }
  const { renderDetail } = await import('../../render/detail.js');
  out(ctx.io, renderDetail(directive, doc, { theme: await loadTheme(session), wrap: session.tty ? Math.min(session.width, 100) : null, counterparts }));
  return 0;
}
