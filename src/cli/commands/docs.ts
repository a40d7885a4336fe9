import { Option, type Command } from 'commander';
import { LANGUAGES } from '../../vocab/fields.js';
import type { SetExit } from './index.js';
import { addFormatOptions, EXIT_HELP, OUTPUT_HELP, type FormatOptions, type GlobalOptions } from './options.js';

export interface DocsOptions extends FormatOptions {
  doc?: string;
  lang?: string;
}

export function registerDocs(program: Command, setExit: SetExit): void {
  const command = program
    .command('docs')
    .description('list the documents: id, date, title, place, participants, directive counts')
    .option('--doc <doc>', 'only documents matching: id prefix, file name or title substring')
    .addOption(new Option('--lang <lang>', 'only documents in this language').choices(LANGUAGES));
  addFormatOptions(command, 'fields to print, comma-separated (see below)');
  command
    .addHelpText(
      'after',
      `
Fields: id date title place participants directives forces file issuer event
        language sha256   ("directives" is a count, "forces" counts by force)
${OUTPUT_HELP}
${EXIT_HELP}

Examples:
  $ directives docs
  $ directives docs --json | jq '.[].participants'
  $ directives docs --fields id,title,forces --tsv`,
    )
    .action(async (options: DocsOptions, cmd: Command) => {
      const { runDocs } = await import('./docs-run.js');
      setExit(await runDocs(options, cmd.optsWithGlobals<GlobalOptions>()));
    });
}
