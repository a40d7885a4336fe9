import { STORE_FILE } from '../../corpus/layout.js';
import { isServerUrl, isWritableCorpus } from '../../query/corpus-kind.js';
import type { CorpusWriter } from '../../query/backend.js';
import { DataError, NotFoundError, UsageError } from '../../errors.js';
import { sanitize } from '../../render/sanitize.js';
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

/** The shortest id prefix that names a stored document for `remove` and `edit`. */
export const MIN_DOCUMENT_PREFIX = 4;

/**
 * The one stored document `query` names (an id prefix or a file name), for
 * the commands that change one; a query that is too short (an unset shell
 * variable: `remove "$ID"`, issue 17), names none or names several is a one-line error.
 */
export function storedDocument(store: CorpusWriter, query: string, dir: string): string {
  if (query.trim().length < MIN_DOCUMENT_PREFIX) {
    throw new UsageError(`${JSON.stringify(query)} is too short to name a document: give at least ${MIN_DOCUMENT_PREFIX} characters of its id, or its file name`);
  }
  const found = store.findDocuments(query);
  if (found.length === 0) throw new NotFoundError(`no document ${sanitize(query)} in ${sanitize(dir)} (see \`directives docs --corpus ${sanitize(dir)}\`)`);
  if (found.length > 1) throw new UsageError(`${sanitize(query)} names ${found.length} documents (${found.slice(0, 5).map((d) => sanitize(d.id)).join(', ')}…); give more of the id`);
  return found[0]!.id;
}
