import { parsedItems, readBatch } from '../../corpus/input/batch.js';
import { EXIT, UsageError } from '../../errors.js';
import type { Corpus } from '../../model/types.js';
import { buildCorpus } from '../../parse/index.js';
import { renderParseSummary } from '../../render/parse-summary.js';
import { ndjsonChunks, prettyJsonChunks } from '../../render/json.js';
import { sanitize } from '../../render/sanitize.js';
import { err, out, readStdin, stdoutIsTTY, writeStream } from '../io.js';
import { dateOption } from './options.js';
import type { ParseCommandOptions } from './parse.js';

export async function runParse(files: string[], options: ParseCommandOptions): Promise<number> {
  if (options.json && options.ndjson) throw new UsageError('choose one of --json and --ndjson');
  const flags = { title: options.title, date: dateOption(options.date), place: options.place, lang: options.lang, year: options.year };
  const batch = await readBatch(
    files,
    flags,
    { encoding: options.encoding, strict: options.strict, stdin: readStdin },
    { onSkip: (skip) => err(`skipped ${sanitize(skip.message)}`), onNotice: (message) => err(`warning: ${message}`) },
  );
  const corpus = buildCorpus([...parsedItems(batch, flags)]);
  // streamed record by record: a 50 MB text's JSON is several times its size (issue 7)
  if (options.ndjson) {
    await writeStream(ndjsonChunks(ndjsonRecords(corpus)));
  } else if (options.json || !stdoutIsTTY()) {
    await writeStream(prettyJsonChunks({ ...corpus }));
  } else {
    out(renderParseSummary(corpus));
  }
  return batch.skipped.length > 0 ? EXIT.partial : 0;
}

function* ndjsonRecords(corpus: Corpus): Generator<Record<string, unknown>> {
  for (const d of corpus.documents) yield { type: 'document', ...d };
  for (const d of corpus.directives) yield { type: 'directive', ...d };
}
