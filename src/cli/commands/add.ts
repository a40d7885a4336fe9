import { Option, type Command } from 'commander';
import type { Batch } from '../../corpus/input/batch.js';
import { EXIT } from '../../errors.js';
import { sanitize } from '../../render/sanitize.js';
import { LANGUAGES } from '../../vocab/fields.js';
import type { Context, RegisterCommand } from '../context.js';
import { err, out, progressLine } from '../io.js';
import { progressBars, type ProgressBar } from '../progress.js';
import { checkInputs, dateOption, oneOfVocabulary } from '../validate.js';
import { CORPUS_HELP, openFolderWriter, targetFolder } from './corpus-folder.js';
import type { AddResult } from '../../model/write.js';
import { linkTranslation, translationItems, translationTarget } from '../links.js';

export interface AddOptions {
  title?: string;
  date?: string;
  place?: string;
  sourceUrl?: string;
  lang?: 'en' | 'zh';
  encoding?: string;
  year?: string;
  strict?: boolean;
  translationOf?: string;
}

export const registerAdd: RegisterCommand = (program, app) => {
  program
    .command('add')
    .description('parse texts and add them to a corpus folder (a text already there is skipped)')
    .argument('<inputs...>', 'files (.txt, .md, .html, .pdf, .docx), folders (read recursively), http(s) URLs, exported corpus JSON, or - for standard input')
    .option('--title <title>', 'document title (for a single text; overrides front matter and the parser)')
    .option('--date <date>', 'document date: YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD')
    .option('--place <place>', 'where the event took place')
    .option('--source-url <url>', 'where the text came from')
    .addOption(new Option('--lang <lang>', `language of the texts (default: detected; choices: ${LANGUAGES.join(', ')})`).argParser(oneOfVocabulary('--lang', 'language', LANGUAGES)))
    .option('--encoding <name>', 'decode texts as this (utf-8, gb18030, big5, utf-16le, …; default: detected)')
    .option('--year <year>', 'year of documents whose date lacks one (after a year in the file name)')
    .option('--strict', 'all or nothing: add nothing if any input cannot be read (default: skip it, report it, exit 4)')
    .option('--translation-of <doc>', 'the one text translates this corpus document (or is its original): align them and save the links')
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
  $ directives add --corpus ~/readouts ~/downloads/2024/ --year 2024
  $ curl -s https://example.org/readout.txt | directives add --corpus ~/readouts - --date 2024-05-01
  $ directives export --corpus old --json > old.json && directives add --corpus new old.json
  $ directives add --corpus ~/reports report-2024-en.txt --translation-of 9c1b`,
    )
    .action((inputs: string[], options: AddOptions, cmd: Command) => app.run(cmd, (ctx) => runAdd(inputs, options, ctx)));
};

export async function runAdd(inputs: string[], options: AddOptions, ctx: Context): Promise<number> {
  const dir = targetFolder(ctx, 'add');
  checkInputs(inputs);
  const flags = { title: options.title, date: dateOption(options.date), place: options.place, sourceUrl: options.sourceUrl, lang: options.lang, year: options.year };
  const [{ parsedItems, readBatch }, { renderAddSummary }] = await Promise.all([import('../../corpus/input/batch.js'), import('../../render/progress.js')]);
  const original = options.translationOf === undefined ? null : await translationTarget(ctx, options.translationOf);
  const started = performance.now();
  let batch: Batch;
  // a bar while the inputs are read (URLs, PDFs take a while), another while they are parsed and stored
  const bar = await progressBars(ctx.io);
  let reading: ProgressBar | null = null;
  try {
    batch = await readBatch(
      inputs,
      flags,
      { encoding: options.encoding, strict: options.strict, stdin: () => ctx.io.stdin.read() },
      {
        onSkip: (skip) => {
          progressLine(ctx.io, null);
          err(ctx.io, `skipped ${sanitize(skip.message)}`);
        },
        onNotice: (message) => err(ctx.io, `warning: ${message}`),
        onRead: (done, total) => {
          reading ??= bar(total, 'reading  [{bar}] {value}/{total} inputs · ETA {eta_formatted}');
          reading.update(done);
        },
      },
    );
  } finally {
    (reading as ProgressBar | null)?.stop();
  }
  const store = await openFolderWriter(dir);
  const adding = bar(batch.read.length, 'adding   [{bar}] {value}/{total} inputs · {directives} directives · {rate}/s · ETA {eta_formatted}', { directives: 0, rate: 0 });
  let result: AddResult;
  // files count as they are parsed: an exported corpus counts as one input however many documents it holds
  let filesDone = 0;
  try {
    result = store.add(
      original === null ? parsedItems(batch, flags, (done) => (filesDone = done)) : translationItems(parsedItems(batch, flags, (done) => (filesDone = done)), original),
      (partial) => {
        const seconds = (performance.now() - started) / 1000;
        adding.update(filesDone, { directives: partial.directives.toLocaleString('en-US'), rate: Math.round(partial.directives / Math.max(seconds, 0.001)).toLocaleString('en-US') });
      },
    );
  } finally {
    adding.stop();
    store.close();
  }
  out(
    ctx.io,
    renderAddSummary({
      added: result.added.length,
      skipped: result.skipped.length,
      unreadable: batch.skipped.length,
      directives: result.directives,
      elapsedMs: performance.now() - started,
      corpus: sanitize(dir),
    }),
  );
  if (original !== null) await linkTranslation(ctx, dir, result, original);
  return batch.skipped.length > 0 ? EXIT.partial : EXIT.ok;
}
