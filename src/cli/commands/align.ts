import { Option, type Command } from 'commander';
import type { SetExit } from './index.js';
import type { GlobalOptions } from './options.js';

export interface AlignCliOptions {
  json?: boolean;
  ndjson?: boolean;
  tsv?: boolean;
  only?: 'mismatched';
  forces?: boolean;
}

export function registerAlign(program: Command, setExit: SetExit): void {
  const formats = ['json', 'ndjson', 'tsv'];
  const others = (me: string): string[] => formats.filter((f) => f !== me);
  program
    .command('align')
    .description('pair the directives of an English translation with those of its Chinese original')
    .argument('<en>', 'the English document: a corpus document id (or prefix), or a text file parsed on the fly')
    .argument('<zh>', 'the Chinese document, the same way')
    .addOption(new Option('--json', 'print {"pairs": [{en, zh, force, confidence}]} with directive ids').conflicts(others('json')))
    .addOption(new Option('--ndjson', 'print one pair per line').conflicts(others('ndjson')))
    .addOption(new Option('--tsv', 'print tab-separated lines, no header (the default when piped)').conflicts(others('tsv')))
    .addOption(new Option('--only <which>', 'only pairs whose forces differ, or directives without counterpart').choices(['mismatched']))
    .option('--forces', 'print the force-pair table (English force × Chinese force) instead of the pairs')
    .addHelpText(
      'after',
      `
The texts are aligned sentence by sentence (lengths, numbers, dates, list
markers, headings and a small bilingual word table), then each English
directive is paired with the Chinese directive(s) it translates: one to one,
one to many, or none. Documents that are not translations of each other are
reported as unrelated instead of being forced into pairs.

Directive ids are those \`directives parse FILE --json\` gives the same files.
TSV columns: en ids, zh ids, en force, zh force, confidence, en text, zh text.

Exit status: 0 pairs found, 1 no pair (unrelated documents), 2 usage or data error.

Examples:
  $ directives align report-en.txt report-zh.txt
  $ directives align report-en.txt report-zh.txt --only mismatched
  $ directives align report-en.txt report-zh.txt --json | jq '.pairs[0]'
  $ directives --corpus ./corpus align 3f2a 9c1b --forces`,
    )
    .action(async (en: string, zh: string, options: AlignCliOptions, cmd: Command) => {
      const { runAlign } = await import('./align-run.js');
      setExit(await runAlign(en, zh, options, cmd.optsWithGlobals<GlobalOptions>()));
    });
}
