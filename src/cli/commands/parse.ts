import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import type { Corpus } from '../../model/types.js';
import { LANGUAGES } from '../../vocab/fields.js';
import type { Context, RegisterCommand } from '../context.js';
import { out, writeStream } from '../io.js';
import { checkInputs, dateOption, notBoth } from '../validate.js';

export interface ParseOptions {
  json?: boolean;
  ndjson?: boolean;
  title?: string;
  date?: string;
  place?: string;
  lang?: 'en' | 'zh';
}

export const registerParse: RegisterCommand = (program, app) => {
  program
    .command('parse')
    .description('parse policy texts into directives and print them')
    .argument('<files...>', 'text files to parse; - reads standard input')
    .option('--json', 'print the corpus as JSON ({schemaVersion, documents, directives})')
    .option('--ndjson', 'print one JSON object per line: documents first, then directives')
    .option('--title <title>', 'document title (overrides the one found in the text)')
    .option('--date <date>', 'document date: YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD')
    .option('--place <place>', 'where the event took place')
    .addOption(new Option('--lang <lang>', 'language of the text (default: detected)').choices(LANGUAGES))
    .addHelpText(
      'after',
      `
Examples:
  $ directives parse readout.txt
  $ directives parse readout.txt --json | jq '.directives[] | {force, text}'
  $ cat notice.txt | directives parse - --date 2024-01-22 --ndjson`,
    )
    .action((files: string[], options: ParseOptions, cmd: Command) => app.run(cmd, (ctx) => runParse(files, options, ctx)));
};

export async function runParse(files: string[], options: ParseOptions, ctx: Context): Promise<number> {
  notBoth(options, 'json', 'ndjson');
  const date = dateOption(options.date);
  checkInputs(files);
  // The parser is the biggest module of all: loaded only by the commands that parse.
  const [{ decodeText, readTextFile }, { buildCorpus, parseDocument }, { ndjsonChunks, prettyJsonChunks }] = await Promise.all([
    import('../../corpus/read-text.js'),
    import('../../parse/index.js'),
    import('../../render/json.js'),
  ]);
  const parsed = [];
  for (const file of files) {
    const source = file === '-' ? decodeText(await ctx.io.stdin.read(), 'standard input') : readTextFile(file);
    parsed.push(
      parseDocument(source, {
        file: file === '-' ? null : basename(file),
        title: options.title ?? null,
        date,
        place: options.place ?? null,
        language: options.lang ?? null,
      }),
    );
  }
  const corpus = buildCorpus(parsed);
  // streamed record by record: a 50 MB text's JSON is several times its size (issue 7)
  if (options.ndjson) {
    await writeStream(ctx.io, ndjsonChunks(ndjsonRecords(corpus)));
  } else if (options.json || !ctx.io.stdout.isTTY) {
    await writeStream(ctx.io, prettyJsonChunks({ ...corpus }));
  } else {
    const { renderParseSummary } = await import('../../render/parse-summary.js');
    out(ctx.io, renderParseSummary(corpus));
  }
  return 0;
}

function* ndjsonRecords(corpus: Corpus): Generator<Record<string, unknown>> {
  for (const d of corpus.documents) yield { type: 'document', ...d };
  for (const d of corpus.directives) yield { type: 'directive', ...d };
}
