import { basename } from 'node:path';
import { UsageError } from '../../errors.js';
import { decodeText, readTextFile } from '../../corpus/read-text.js';
import type { Corpus } from '../../model/types.js';
import { buildCorpus, parseDocument, type ParsedDocument } from '../../parse/index.js';
import { renderParseSummary } from '../../render/parse-summary.js';
import { ndjsonChunks, prettyJsonChunks } from '../../render/json.js';
import { out, readStdin, stdoutIsTTY, writeStream } from '../io.js';
import { dateOption } from './options.js';
import type { ParseCommandOptions } from './parse.js';

export async function runParse(files: string[], options: ParseCommandOptions): Promise<number> {
  if (options.json && options.ndjson) throw new UsageError('choose one of --json and --ndjson');
  const date = dateOption(options.date);
  if (files.filter((file) => file === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  const parsed: ParsedDocument[] = [];
  for (const file of files) {
    const source = file === '-' ? decodeText(await readStdin(), 'standard input') : readTextFile(file);
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
    await writeStream(ndjsonChunks(ndjsonRecords(corpus)));
  } else if (options.json || !stdoutIsTTY()) {
    await writeStream(prettyJsonChunks({ ...corpus }));
  } else {
    out(renderParseSummary(corpus));
  }
  return 0;
}

function* ndjsonRecords(corpus: Corpus): Generator<Record<string, unknown>> {
  for (const d of corpus.documents) yield { type: 'document', ...d };
  for (const d of corpus.directives) yield { type: 'directive', ...d };
}
