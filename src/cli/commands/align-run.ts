import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { readTextFile } from '../../corpus/read-text.js';
import { NotFoundError, UsageError } from '../../errors.js';
import type { Directive, DocumentRecord } from '../../model/types.js';
import { parseDocument } from '../../parse/index.js';
import { alignDocuments, type AlignInput } from '../../query/align/index.js';
import { forcePairCounts, isMismatched } from '../../query/align/forces.js';
import { toCriteria } from '../../query/filter.js';
import { openReader } from '../../query/open.js';
import type { CorpusReader } from '../../query/reader.js';
import { renderAlignJson, renderAlignNdjson, renderAlignReport, renderAlignTsv, renderForcePairs, type AlignedDocuments } from '../../render/align.js';
import { colorLevel } from '../../render/color.js';
import { sanitize } from '../../render/sanitize.js';
import { corpusPath } from '../context.js';
import { out, stdoutIsTTY, terminalColumns } from '../io.js';
import type { AlignCliOptions } from './align.js';
import type { GlobalOptions } from './options.js';

const LANGUAGE_NAME = { en: 'English', zh: 'Chinese' } as const;

interface Resolved extends AlignInput {
  document: DocumentRecord;
  name: string;
}

export async function runAlign(enArg: string, zhArg: string, options: AlignCliOptions, globals: GlobalOptions): Promise<number> {
  // the corpus is opened only when an argument is not a file
  const held: { reader?: CorpusReader } = {};
  const corpus = async (): Promise<CorpusReader> => (held.reader ??= await openReader(corpusPath(globals)));
  try {
    let en = await resolve(enArg, corpus);
    let zh = await resolve(zhArg, corpus);
    if (en.document.language === zh.document.language) {
      const language = LANGUAGE_NAME[en.document.language];
      throw new UsageError(`align: both documents are in ${language} (${sanitize(en.name)}, ${sanitize(zh.name)}); give an English translation and its Chinese original`);
    }
    // the order of the two arguments is a convention, not something to fail on
    if (en.document.language === 'zh') [en, zh] = [zh, en];
    const alignment = alignDocuments(en, zh);
    const docs: AlignedDocuments = {
      en: { id: en.document.id, name: en.name, directives: en.directives.length },
      zh: { id: zh.document.id, name: zh.name, directives: zh.directives.length },
    };
    const tty = stdoutIsTTY();
    const forced = globals.color === 'always';
    const format = options.json ? 'json' : options.ndjson ? 'ndjson' : options.tsv || !(tty || forced) ? 'tsv' : 'table';
    const theme = format === 'table' ? (await import('../../render/theme.js')).createTheme(colorLevel(globals.color, process.env, tty)) : null;
    if (options.forces) {
      const counts = forcePairCounts(alignment.pairs);
      out(renderForcePairs(counts, format === 'ndjson' ? 'json' : format, theme ?? (await plainTheme())));
    } else {
      const pairs = options.only === 'mismatched' ? alignment.pairs.filter(isMismatched) : alignment.pairs;
      if (format === 'json') out(renderAlignJson(alignment, pairs, docs));
      else if (format === 'ndjson') out(renderAlignNdjson(pairs));
      else if (format === 'tsv') out(renderAlignTsv(pairs));
      else out(renderAlignReport(alignment, pairs, docs, terminalColumns(), theme!));
    }
    return alignment.pairs.some((p) => p.en.length > 0 && p.zh.length > 0) ? 0 : 1;
  } finally {
    held.reader?.close();
  }
}

async function plainTheme(): Promise<import('../../render/theme.js').Theme> {
  return (await import('../../render/theme.js')).PLAIN_THEME;
}

/** A file on disk is parsed on the fly, as `directives parse` would; anything else names a corpus document. */
async function resolve(arg: string, corpus: () => Promise<CorpusReader>): Promise<Resolved> {
  if (existsSync(arg)) {
    const parsed = parseDocument(readTextFile(arg), { file: basename(arg) });
    return { ...parsed, name: basename(arg) };
  }
  const reader = await corpus();
  const docs = reader.documents();
  const matches = docs.filter((d) => d.id.startsWith(arg) || d.file === arg);
  if (matches.length === 0) throw new NotFoundError(`align: no file or corpus document ${sanitize(JSON.stringify(arg))}`);
  if (matches.length > 1) throw new UsageError(`align: ${sanitize(JSON.stringify(arg))} names ${matches.length} documents (${matches.slice(0, 5).map((d) => d.id).join(', ')}…); give more of the id`);
  const document = reader.document(matches[0]!.id);
  if (document === null) throw new NotFoundError(`align: no corpus document ${sanitize(arg)}`);
  const directives: Directive[] = reader.list(toCriteria({ doc: document.id })).filter((d) => d.doc === document.id);
  directives.sort((a, b) => a.start - b.start);
  return { document, directives, name: document.title ?? document.file ?? document.id };
}
