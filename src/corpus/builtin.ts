import type { Corpus } from '../model/types.js';
import { buildCorpus, parseDocument } from '../parse/index.js';

/** The seed documents of the built-in corpus (files in data/). */
export const BUILTIN_SOURCES = ['guangdong-vocational-education-conference.txt'] as const;

/** Parse the built-in sources; `read` returns a data/ file's text. */
export function buildBuiltinCorpus(read: (file: string) => string): Corpus {
  return buildCorpus(
    BUILTIN_SOURCES.map((file) => parseDocument(read(file), { file })),
  );
}
