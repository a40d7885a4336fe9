import type { Command } from 'commander';
import { Option } from 'commander';
import type { SetExit } from './index.js';

interface ParseCommandOptions {
  json?: boolean;
  ndjson?: boolean;
  title?: string;
  date?: string;
  place?: string;
  lang?: 'en' | 'zh';
}

export function registerParse(program: Command, setExit: SetExit): void {
  program
    .command('parse')
    .description('parse policy texts into directives and print them')
    .argument('<files...>', 'text files to parse; - reads standard input')
    .option('--json', 'print the corpus as JSON ({schemaVersion, documents, directives})')
    .option('--ndjson', 'print one JSON object per line: documents first, then directives')
    .option('--title <title>', 'document title (overrides the one found in the text)')
    .option('--date <date>', 'document date: YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD')
    .option('--place <place>', 'where the event took place')
    .addOption(new Option('--lang <lang>', 'language of the text (default: detected)').choices(['en', 'zh']))
    .addHelpText(
      'after',
      `
Examples:
  $ directives parse readout.txt
  $ directives parse readout.txt --json | jq '.directives[] | {force, text}'
  $ cat notice.txt | directives parse - --date 2024-01-22 --ndjson`,
    )
    .action(async (files: string[], options: ParseCommandOptions) => {
      const { runParse } = await import('./parse-run.js');
      setExit(await runParse(files, options));
    });
}

export type { ParseCommandOptions };
