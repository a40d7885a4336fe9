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
  encoding?: string;
  year?: string;
  strict?: boolean;
}

export function registerParse(program: Command, setExit: SetExit): void {
  program
    .command('parse')
    .description('parse policy texts into directives and print them')
    .argument('<inputs...>', 'files (.txt, .md, .html, .pdf, .docx), folders, http(s) URLs, or - for standard input')
    .option('--json', 'print the corpus as JSON ({schemaVersion, documents, directives})')
    .option('--ndjson', 'print one JSON object per line: documents first, then directives')
    .option('--title <title>', 'document title (overrides the one found in the text)')
    .option('--date <date>', 'document date: YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD')
    .option('--place <place>', 'where the event took place')
    .addOption(new Option('--lang <lang>', 'language of the text (default: detected)').choices(['en', 'zh']))
    .option('--encoding <name>', 'decode texts as this (utf-8, gb18030, big5, utf-16le, …; default: detected)')
    .option('--year <year>', 'year of documents whose date lacks one (after a year in the file name)')
    .option('--strict', 'stop at the first input that cannot be read (default: skip it, report it, exit 4)')
    .addHelpText(
      'after',
      `
Examples:
  $ directives parse readout.txt
  $ directives parse readout.txt --json | jq '.directives[] | {force, text}'
  $ cat notice.txt | directives parse - --date 2024-01-22 --ndjson
  $ directives parse https://www.gov.cn/zhengce/content/202406/content_6957061.htm`,
    )
    .action(async (files: string[], options: ParseCommandOptions) => {
      const { runParse } = await import('./parse-run.js');
      setExit(await runParse(files, options));
    });
}

export type { ParseCommandOptions };
