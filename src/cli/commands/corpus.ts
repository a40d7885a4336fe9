import type { Command } from 'commander';
import { Option } from 'commander';
import { LANGUAGES } from '../../vocab/fields.js';
import type { SetExit } from './index.js';
import type { GlobalOptions } from './options.js';

export interface AddOptions {
  title?: string;
  date?: string;
  place?: string;
  sourceUrl?: string;
  lang?: 'en' | 'zh';
}

export interface ExportOptions {
  json?: boolean;
  ndjson?: boolean;
}

const CORPUS_HELP = `
A corpus you own is a folder made by \`directives init\`, holding one SQLite
database (corpus.sqlite) with every document's text, its directives and a
full-text index. Name it with --corpus DIR (or DIRECTIVES_CORPUS) for every
command. Each write is one transaction: an interrupted add leaves the corpus
as it was; a second writer waits, then gets "corpus is busy" (exit 3).`;

/** init, add, remove, reparse and export: the commands that write or dump a corpus folder (issue 5). */
export function registerCorpusCommands(program: Command, setExit: SetExit): void {
  program
    .command('init')
    .description('create an empty corpus folder (or the corpus schema on a PostgreSQL server)')
    .argument('<dir>', 'folder to create (or to reuse if it is already a corpus), or postgres://user@host/db')
    .option('--schema <name>', 'PostgreSQL only: the schema to hold the corpus (default: directives; later commands name it as ?schema=NAME in the URL)')
    .addHelpText('after', `${CORPUS_HELP}\n\nExamples:\n  $ directives init ~/readouts\n  $ directives add --corpus ~/readouts 2024/*.txt\n  $ directives init postgres://analyst@db.example.org/policy`)
    .action(async (dir: string, options: { schema?: string }) => {
      const { runInit } = await import('./corpus-run.js');
      setExit(await runInit(dir, options));
    });

  program
    .command('add')
    .description('parse texts and add them to a corpus folder (a text already there is skipped)')
    .argument('<inputs...>', 'text files, folders (read recursively: .txt, .md, .json), exported corpus JSON, or - for standard input')
    .option('--title <title>', 'document title (for a single text; overrides front matter and the parser)')
    .option('--date <date>', 'document date: YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD')
    .option('--place <place>', 'where the event took place')
    .option('--source-url <url>', 'where the text came from')
    .addOption(new Option('--lang <lang>', 'language of the texts (default: detected)').choices(LANGUAGES))
    .addHelpText(
      'after',
      `
A text file may start with front matter, read and removed before parsing:
  ---
  title: State Council executive meeting
  date: 2024-01-22
  place: Beijing
  source-url: https://example.org/readout
  ---
${CORPUS_HELP}

Examples:
  $ directives add --corpus ~/readouts readout.txt
  $ directives add --corpus ~/readouts ~/downloads/2024/
  $ curl -s https://example.org/readout.txt | directives add --corpus ~/readouts - --date 2024-05-01
  $ directives export --corpus old --json > old.json && directives add --corpus new old.json`,
    )
    .action(async (inputs: string[], options: AddOptions, cmd: Command) => {
      const { runAdd } = await import('./corpus-run.js');
      setExit(await runAdd(inputs, options, cmd.optsWithGlobals<GlobalOptions>()));
    });

  program
    .command('remove')
    .description('remove documents (and their directives) from a corpus folder')
    .argument('<docs...>', 'document ids (a unique prefix is enough) or file names')
    .addHelpText('after', `\nExamples:\n  $ directives docs --corpus ~/readouts\n  $ directives remove --corpus ~/readouts 4192be01`)
    .action(async (docs: string[], _options: unknown, cmd: Command) => {
      const { runRemove } = await import('./corpus-run.js');
      setExit(await runRemove(docs, cmd.optsWithGlobals<GlobalOptions>()));
    });

  program
    .command('reparse')
    .description('parse every stored text again with this version of the parser')
    .addHelpText('after', `\nExamples:\n  $ directives reparse --corpus ~/readouts`)
    .action(async (_options: unknown, cmd: Command) => {
      const { runReparse } = await import('./corpus-run.js');
      setExit(await runReparse(cmd.optsWithGlobals<GlobalOptions>()));
    });

  program
    .command('export')
    .description('print the whole corpus as JSON (the interchange format) or NDJSON')
    .addOption(new Option('--json', 'one JSON object {schemaVersion, documents, directives} (default)').conflicts('ndjson'))
    .addOption(new Option('--ndjson', 'one record per line: documents first, then directives').conflicts('json'))
    .addHelpText('after', `\nExamples:\n  $ directives export --corpus ~/readouts --json > readouts.json\n  $ directives export --corpus ~/readouts --ndjson | jq -c 'select(.type == "directive")'`)
    .action(async (options: ExportOptions, cmd: Command) => {
      const { runExport } = await import('./corpus-run.js');
      setExit(await runExport(options, cmd.optsWithGlobals<GlobalOptions>()));
    });
}
