import { STORE_FILE } from '../../corpus/layout.js';
import { isServerUrl, isWritableCorpus } from '../../query/corpus-kind.js';
import type { CorpusWriter } from '../../query/backend.js';
import { DataError, UsageError } from '../../errors.js';
import type { Context } from '../context.js';

export const CORPUS_HELP = `
A corpus you own is a folder made by \`directives init\`, holding one SQLite
database (corpus.sqlite) with every document's text, its directives and a
full-text index. Name it with --corpus DIR (or DIRECTIVES_CORPUS) for every
command. Each write is one transaction: an interrupted add leaves the corpus
as it was; a second writer waits, then gets "corpus is busy" (exit 3).`;

/** The corpus folder a write goes to: --corpus, else $DIRECTIVES_CORPUS; never the built-in corpus (issue 5). */
export function targetFolder(ctx: Context, command: string): string {
  const fromEnv = ctx.io.env.DIRECTIVES_CORPUS;
  const dir = ctx.globals.corpus ?? (fromEnv ? fromEnv : undefined);
  if (dir === undefined) throw new UsageError(`${command} needs a corpus folder: --corpus DIR (create one with \`directives init DIR\`)`);
  if (!isWritableCorpus(dir)) throw new DataError(`${dir}: not a corpus folder (no ${STORE_FILE}); create one with \`directives init ${dir}\``);
  return dir;
}

export { isServerUrl };

/**
 * A corpus folder opened for writing, through the query layer's writer (the
 * SQLite store loads only then: the native module costs start-up).
 */
export async function openFolderWriter(dir: string, options: { create?: boolean; schema?: string } = {}): Promise<CorpusWriter & { created?: boolean }> {
  const { openWriter } = await import('../../query/open.js');
  return openWriter(dir, options);
}
