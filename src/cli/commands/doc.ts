import type { Command } from 'commander';
import { colorLevel } from '../../render/color.js';
import { loadTheme, type Context, type RegisterCommand } from '../context.js';
import { documentArguments } from '../document-arg.js';
import { out, terminalColumns } from '../io.js';

export interface DocOptions {
  json?: boolean;
}

export const registerDoc: RegisterCommand = (program, app) => {
  program
    .command('doc')
    .description('print a whole document with its directives marked in place (force colours, ids in the margin)')
    .argument('<doc>', 'document id (or a unique prefix), file name, or title substring; or a file to parse on the fly')
    .option('--json', 'print the document (with its source) and its directives as JSON')
    .addHelpText(
      'after',
      `
Each paragraph of the source is printed with the directives in it in their
force's colour (marked » « without colour) and, in the left margin, the ids of
the directives that start in it: \`directives show ID\` tells more of one.
Exit status: 0 shown, 2 no such document (or several match: give more).

Examples:
  $ directives doc 4192be01
  $ directives doc "vocational education"
  $ directives doc readout.txt --color always | less -R`,
    )
    .action((doc: string, options: DocOptions, cmd: Command) => app.run(cmd, (ctx) => runDoc(doc, options, ctx)));
};

export async function runDoc(wanted: string, options: DocOptions, ctx: Context): Promise<number> {
  const named = await documentArguments(ctx).resolve(wanted, 'doc');
  if (options.json) {
    out(ctx.io, JSON.stringify({ ...named.meta, source: named.source, directives: named.directives }, null, 2));
    return 0;
  }
  // a file named on the command line opens no corpus, so the colour decision is made here as openSession makes it
  const tty = ctx.io.stdout.isTTY;
  const [{ renderDocumentText }, theme] = await Promise.all([import('../../render/document-view.js'), loadTheme({ colorLevel: colorLevel(ctx.globals.color, ctx.io.env, tty) })]);
  const doc = { ...named.meta, source: named.source ?? '' };
  out(ctx.io, renderDocumentText(doc, named.directives, { theme, wrap: tty ? Math.min(terminalColumns(ctx.io), 120) : null }));
  return 0;
}
