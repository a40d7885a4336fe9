import type { Command } from 'commander';
import { NotFoundError } from '../../errors.js';
import type { Directive, DocumentRecord } from '../../model/types.js';
import { sanitize } from '../../render/sanitize.js';
import { loadTheme, openSession, type Context, type RegisterCommand } from '../context.js';
import { EXIT_HELP } from '../flags.js';
import { err, out } from '../io.js';

export interface ShowOptions {
  json?: boolean;
}

export const registerShow: RegisterCommand = (program, app) => {
  program
    .command('show')
    .description('show directives in full, each highlighted inside its paragraph of the source')
    .argument('<ids...>', 'directive ids, as list and search print them (e.g. 4192be01-3)')
    .option('--json', 'print the directive and its document metadata as JSON (an array for several ids)')
    .addHelpText(
      'after',
      `
Shows the paragraph the directive sits in with the directive highlighted, then
its force, cue, reporting frame, issuer, addressee, actions, purpose, themes,
its document (title, date, place, participants) and its offsets in the source.
Several ids are shown one after another, a blank line between; an unknown id
is reported (with the closest ids) and the others are still shown, exit 1.
To read a whole document with its directives marked, see \`directives doc\`.
${EXIT_HELP}

Examples:
  $ directives show 4192be01-4
  $ directives show 4192be01-4 --json | jq .actions
  $ directives show 4192be01-3 4192be01-4
  $ directives search "school enterprise" --limit 3 --fields id | xargs directives show`,
    )
    .action((ids: string[], options: ShowOptions, cmd: Command) => app.run(cmd, (ctx) => runShow(ids, options, ctx)));
};

export async function runShow(ids: string[], options: ShowOptions, ctx: Context): Promise<number> {
  const session = await openSession(ctx);
  const { reader } = session;
  const found: { directive: Directive; doc: DocumentRecord | undefined; counterparts: Directive[] }[] = [];
  const missing: string[] = [];
  // each directive with its document and counterparts in one read transaction: a concurrent `remove` cannot part them (issue 17)
  reader.consistent(() => {
    for (const id of ids) {
      const directive = reader.directive(id);
      if (!directive) {
        const close = reader.closestIds(id);
        missing.push(`no directive ${sanitize(id)}${close.length ? `\nclosest: ${close.join(', ')}` : ''}`);
        continue;
      }
      found.push({ directive, doc: reader.document(directive.doc) ?? undefined, counterparts: reader.counterparts(directive.id) });
    }
  });
  // one id: the error alone, as before; several: the ones found are still shown (xargs hands over many)
  if (found.length === 0) throw new NotFoundError(missing.join('\n'));
  for (const message of missing) err(ctx.io, `directives: ${message}`);
  if (options.json) {
    // The document without its full source: the directive's text and offsets point into it.
    const records = found.map(({ directive, doc }) => ({ ...directive, document: doc ? (({ source: _source, ...meta }) => meta)(doc) : null }));
    out(ctx.io, JSON.stringify(ids.length === 1 ? records[0] : records, null, 2));
  } else {
    const [{ renderDetail }, theme] = await Promise.all([import('../../render/detail.js'), loadTheme(session)]);
    const wrap = session.tty ? Math.min(session.width, 100) : null;
    out(ctx.io, found.map(({ directive, doc, counterparts }) => renderDetail(directive, doc, { theme, wrap, counterparts })).join('\n\n'));
  }
  return missing.length > 0 ? 1 : 0;
}
