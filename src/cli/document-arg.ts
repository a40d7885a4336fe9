import { existsSync, statSync } from 'node:fs';
import { UsageError } from '../errors.js';
import type { Directive, DocumentMeta } from '../model/types.js';
import type { CorpusReader } from '../query/reader.js';
import { resolveDocument } from '../query/resolve-document.js';
import { sanitize } from '../render/sanitize.js';
import { openSession, type Context, type Session } from './context.js';

/** One document named on the command line (`diff A B`, `align EN ZH`): its metadata, source and directives. */
export interface NamedDocument {
  meta: DocumentMeta;
  source: string | null;
  directives: Directive[];
}

const isInput = (path: string): boolean => /^https?:\/\//i.test(path) || (existsSync(path) && statSync(path).isFile());

/** A file or URL, read and parsed exactly as `directives parse` does it, so its directive ids are the ones `parse` prints. */
async function parsedInput(path: string): Promise<NamedDocument> {
  const [{ parsedItems, readBatch }] = await Promise.all([import('../corpus/input/batch.js')]);
  const batch = await readBatch([path], {}, { strict: true });
  const [item] = [...parsedItems(batch, {})];
  const { source, ...meta } = item!.document;
  return { meta, source, directives: [...item!.directives] };
}

function fromCorpus(wanted: string, label: string, reader: CorpusReader): NamedDocument {
  const found = resolveDocument(wanted, reader.documents());
  if (found.kind === 'ambiguous') {
    const short = (text: string | null): string => (text === null ? '' : text.length > 60 ? `${text.slice(0, 59)}…` : text);
    const list = found.candidates.slice(0, 10).map((d) => sanitize(`  ${d.id}  ${d.date ?? '—'}  ${[d.file, short(d.title)].filter(Boolean).join('  ')}`));
    const more = found.candidates.length > 10 ? `\n  … and ${found.candidates.length - 10} more` : '';
    throw new UsageError(`${label} ${sanitize(JSON.stringify(wanted))} matches ${found.candidates.length} documents; give more of the id or title:\n${list.join('\n')}${more}`);
  }
  if (found.kind === 'none') {
    throw new UsageError(`${label} ${sanitize(JSON.stringify(wanted))}: no such file, and no document in the corpus has that id, file name or title (list them with \`directives docs\`)`);
  }
  return reader.consistent(() => ({
    meta: found.doc,
    source: reader.document(found.doc.id)?.source ?? null,
    directives: reader.list({ doc: found.doc.id }).filter((d) => d.doc === found.doc.id),
  }));
}

/**
 * Resolves the documents a command names: a file or URL is parsed on the fly,
 * anything else is looked up in the corpus (opened on first need, once).
 * With `corpusOnly` (the command, for messages) a file is a usage error.
 */
export function documentArguments(
  ctx: Context,
  options: { corpusOnly?: string } = {},
): { resolve(wanted: string, label: string): Promise<NamedDocument>; session(): Session | null } {
  let session: Session | null = null;
  return {
    async resolve(wanted, label) {
      if (isInput(wanted)) {
        // what is stored must name stored documents (`align --save`, issue 16)
        if (options.corpusOnly === undefined) return parsedInput(wanted);
        throw new UsageError(`${options.corpusOnly}: ${label} ${sanitize(JSON.stringify(wanted))} is a file, not a corpus document; add it first (\`directives add ${sanitize(wanted)}\`) and name it by its id`);
      }
      session ??= await openSession(ctx);
      return fromCorpus(wanted, label, session.reader);
    },
    session: () => session,
  };
}
