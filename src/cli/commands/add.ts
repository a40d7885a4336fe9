import { Option, type Command } from 'commander';
import { UsageError } from '../../errors.js';
import { sanitize } from '../../render/sanitize.js';
import { LANGUAGES } from '../../vocab/fields.js';
import type { Context, RegisterCommand } from '../context.js';
import { out, progressLine, stderrColumns } from '../io.js';
import { checkInputs, dateOption } from '../validate.js';
import { CORPUS_HELP, openFolderWriter, targetFolder } from './corpus-folder.js';
import type { AddItem } from '../../model/write.js';

export interface AddOptions {
  title?: string;
  date?: string;
  place?: string;
  sourceUrl?: string;
  lang?: 'en' | 'zh';
}

export const registerAdd: RegisterCommand = (program, app) => {
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
    .action((inputs: string[], options: AddOptions, cmd: Command) => app.run(cmd, (ctx) => runAdd(inputs, options, ctx)));
};

export async function runAdd(inputs: string[], options: AddOptions, ctx: Context): Promise<number> {
  const dir = targetFolder(ctx, 'add');
  const date = dateOption(options.date);
  checkInputs(inputs);
  const [{ corpusItems }, { expandPaths, readInput }, { parseDocument }, { renderAddSummary, renderProgress }] = await Promise.all([
    import('../../model/write.js'),
    import('../../corpus/ingest.js'),
    import('../../parse/index.js'),
    import('../../render/progress.js'),
  ]);
  const files = expandPaths(inputs);
  if (files.length > 1 && options.title !== undefined) throw new UsageError('--title names one text; give it when adding a single file (or use front matter)');

  /** What one input adds: a parsed text, or every document of an exported corpus as it is. */
  function* inputItems(input: string): Generator<AddItem> {
    const item = readInput(input, () => ctx.io.stdin.readSync());
    if (item.kind === 'corpus') {
      yield* corpusItems(item.corpus);
      return;
    }
    yield parseDocument(item.text, {
      file: item.name,
      title: options.title ?? item.meta.title ?? null,
      date: date ?? item.meta.date ?? null,
      place: options.place ?? item.meta.place ?? null,
      language: options.lang ?? item.meta.lang ?? null,
      sourceUrl: options.sourceUrl ?? item.meta.sourceUrl ?? null,
    });
  }

  const store = await openFolderWriter(dir);
  const started = performance.now();
  let lastDraw = 0;
  let result: ReturnType<typeof store.add>;
  // files count as they are read: an exported corpus counts as one input however many documents it holds
  let filesDone = 0;
  try {
    result = store.add(
      (function* () {
        for (const file of files) {
          yield* inputItems(file);
          filesDone++;
        }
      })(),
      (partial) => {
        const now = performance.now();
        if (now - lastDraw < 100) return;
        lastDraw = now;
        progressLine(ctx.io, renderProgress({ files: filesDone, totalFiles: files.length, directives: partial.directives, elapsedMs: now - started }, stderrColumns(ctx.io)));
      },
    );
  } finally {
    progressLine(ctx.io, null);
    store.close();
  }
  out(
    ctx.io,
    renderAddSummary({
      added: result.added.length,
      skipped: result.skipped.length,
      directives: result.directives,
      elapsedMs: performance.now() - started,
      corpus: sanitize(dir),
    }),
  );
  return 0;
}
