import type { Command } from 'commander';
import type { SetExit } from './index.js';
import { EXIT_HELP, type GlobalOptions } from './options.js';

export interface ShowOptions {
  json?: boolean;
}

export function registerShow(program: Command, setExit: SetExit): void {
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
    .action(async (id: string, options: ShowOptions, cmd: Command) => {
      const { runShow } = await import('./show-run.js');
      setExit(await runShow(id, options, cmd.optsWithGlobals<GlobalOptions>()));
    });
}
