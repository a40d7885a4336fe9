import { Option, type Command } from 'commander';
import { EXIT } from '../../errors.js';
import type { Corpus } from '../../model/types.js';
import { sanitize } from '../../render/sanitize.js';
import { DEFAULT_DIRECTIVE_COLUMNS, DIRECTIVE_FIELDS, LANGUAGES } from '../../vocab/fields.js';
import type { Context, RegisterCommand } from '../context.js';
import { err, out, writeStream } from '../io.js';
import { checkInputs, dateOption, fieldsOption, notBoth, oneOfVocabulary } from '../validate.js';

export interface ParseOptions {
  json?: boolean;
  ndjson?: boolean;
  csv?: boolean;
  tsv?: boolean;
  header?: boolean;
  fields?: string;
  title?: string;
  date?: string;
  place?: string;
  lang?: 'en' | 'zh';
  encoding?: string;
  year?: string;
  strict?: boolean;
}

export const registerParse: RegisterCommand = (program, app) => {
  program
    .command('parse')
    .description('parse policy texts into directives and print them')
    .argument('<inputs...>', 'files (.txt, .md, .html, .pdf, .docx), folders, http(s) URLs, or - for standard input')
    .option('--json', 'print the corpus as JSON ({schemaVersion, documents, directives})')
    .option('--ndjson', 'print one JSON object per line: documents first, then directives')
    .option('--tsv', 'print a directive per line, tab-separated (the default when piped)')
    .option('--csv', 'print the directives as CSV (RFC 4180) with a header')
    .option('--header', 'TSV: print a first line naming the fields')
    .option('--fields <a,b,c>', 'directive fields for TSV and CSV, comma-separated (as list --fields)')
    .option('--title <title>', 'document title (overrides the one found in the text)')
    .option('--date <date>', 'document date: YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD')
    .option('--place <place>', 'where the event took place')
    .addOption(new Option('--lang <lang>', `language of the text (default: detected; choices: ${LANGUAGES.join(', ')})`).argParser(oneOfVocabulary('--lang', 'language', LANGUAGES)))
    .option('--encoding <name>', 'decode texts as this (utf-8, gb18030, big5, utf-16le, …; default: detected)')
    .option('--year <year>', 'year of documents whose date lacks one (after a year in the file name)')
    .option('--strict', 'stop at the first input that cannot be read (default: skip it, report it, exit 4)')
    .addHelpText(
      'after',
      `
Examples:
  $ directives parse readout.txt
  $ directives parse readout.txt --json | jq '.directives[] | {force, text}'
  $ directives parse readout.txt --fields force,addressee,text | sort | uniq -c
  $ cat notice.txt | directives parse - --date 2024-01-22 --ndjson
  $ directives parse https://www.gov.cn/zhengce/content/202406/content_6957061.htm`,
    )
    .action((files: string[], options: ParseOptions, cmd: Command) => app.run(cmd, (ctx) => runParse(files, options, ctx)));
};

export async function runParse(files: string[], options: ParseOptions, ctx: Context): Promise<number> {
  for (const [a, b] of [['json', 'ndjson'], ['json', 'csv'], ['json', 'tsv'], ['ndjson', 'csv'], ['ndjson', 'tsv'], ['csv', 'tsv']] as const) notBoth(options, a, b);
  checkInputs(files);
  const fields = fieldsOption(options.fields, DIRECTIVE_FIELDS, DEFAULT_DIRECTIVE_COLUMNS);
  const flags = { title: options.title, date: dateOption(options.date), place: options.place, lang: options.lang, year: options.year };
  // The parser is the biggest module of all: loaded only by the commands that parse.
  const [{ parsedItems, readBatch }, { buildCorpus }, { ndjsonChunks, prettyJsonChunks }] = await Promise.all([
    import('../../corpus/input/batch.js'),
    import('../../parse/index.js'),
    import('../../render/json.js'),
  ]);
  const batch = await readBatch(
    files,
    flags,
    { encoding: options.encoding, strict: options.strict, stdin: () => ctx.io.stdin.read() },
    { onSkip: (skip) => err(ctx.io, `skipped ${sanitize(skip.message)}`), onNotice: (message) => err(ctx.io, `warning: ${message}`) },
  );
  const corpus = buildCorpus([...parsedItems(batch, flags)]);
  // streamed record by record: a 50 MB text's JSON is several times its size (issue 7)
  if (options.ndjson) {
    await writeStream(ctx.io, ndjsonChunks(ndjsonRecords(corpus)));
  } else if (options.json) {
    await writeStream(ctx.io, prettyJsonChunks({ ...corpus }));
  } else if (options.csv || options.tsv || options.fields !== undefined || !ctx.io.stdout.isTTY) {
    // piped, parse prints what list prints: a directive per line (issue 14)
    const [{ renderDirectives }, { createTheme }, { colorLevel }] = await Promise.all([import('../../render/directives.js'), import('../../render/theme.js'), import('../../render/color.js')]);
    const theme = createTheme(colorLevel(ctx.globals.color, ctx.io.env, ctx.io.stdout.isTTY));
    const docs = new Map(corpus.documents.map((doc) => [doc.id, doc]));
    const rows = corpus.directives.map((directive) => ({ directive }));
    out(ctx.io, renderDirectives(rows, docs, { format: options.csv ? 'csv' : 'tsv', fields, width: 80, theme, header: options.header === true }));
  } else {
    const { renderParseSummary } = await import('../../render/parse-summary.js');
    out(ctx.io, renderParseSummary(corpus));
  }
  return batch.skipped.length > 0 ? EXIT.partial : EXIT.ok;
}

function* ndjsonRecords(corpus: Corpus): Generator<Record<string, unknown>> {
  for (const d of corpus.documents) yield { type: 'document', ...d };
  for (const d of corpus.directives) yield { type: 'directive', ...d };
}
