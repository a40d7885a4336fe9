import { UsageError } from '../errors.js';
import type { DirectiveLink } from '../model/links.js';
import type { Directive, DocumentMeta, DocumentRecord } from '../model/types.js';
import type { AddItem, AddResult } from '../model/write.js';
import type { Alignment } from '../query/align/index.js';
import { sanitize } from '../render/sanitize.js';
import { openFolderWriter } from './commands/corpus-folder.js';
import type { Context } from './context.js';
import { documentArguments } from './document-arg.js';
import { err } from './io.js';

/**
 * Links that last (issue 16, item 2): what `align --save` and
 * `add --translation-of` share — two corpus documents aligned and their
 * directive pairs stored in the folder.
 */

/** A corpus document, as align reads it. */
export interface StoredSide {
  document: DocumentRecord;
  directives: Directive[];
  name: string;
}

const LANGUAGE_NAME = { en: 'English', zh: 'Chinese' } as const;

/** Two corpus documents, English first; a usage error when they are in one language. */
export async function corpusPair(ctx: Context, command: string, a: string, b: string, labels: [string, string]): Promise<{ en: StoredSide; zh: StoredSide; close: () => void }> {
  const named = documentArguments(ctx, { corpusOnly: command });
  try {
    const side = async (arg: string, label: string): Promise<StoredSide> => {
      const { meta, source, directives } = await named.resolve(arg, label);
      return { document: { ...meta, source: source ?? '' }, directives: [...directives].sort((x, y) => x.start - y.start), name: meta.title ?? meta.file ?? meta.id };
    };
    let en = await side(a, labels[0]);
    let zh = await side(b, labels[1]);
    if (en.document.language === zh.document.language) {
      throw new UsageError(`${command}: both documents are in ${LANGUAGE_NAME[en.document.language]} (${sanitize(en.name)}, ${sanitize(zh.name)}); a translation pair is an English text and its Chinese original`);
    }
    if (en.document.language === 'zh') [en, zh] = [zh, en];
    return { en, zh, close: () => named.session()?.reader.close() };
  } catch (error) {
    named.session()?.reader.close();
    throw error;
  }
}

/**
 * Store an alignment's pairs as the two documents' links, replacing what
 * either had; a pair that looks unrelated is not stored. Says what it did on
 * stderr; returns whether links were stored.
 */
export async function saveAlignment(ctx: Context, dir: string, en: string, zh: string, alignment: Alignment): Promise<boolean> {
  if (alignment.verdict === 'unrelated') {
    err(ctx.io, `directives: links not saved: ${en} and ${zh} do not look like a translation pair`);
    return false;
  }
  const pairs: DirectiveLink[] = alignment.pairs.map((p) => ({ en: p.en.map((d) => d.id), zh: p.zh.map((d) => d.id), force: p.force, confidence: p.confidence }));
  const writer = await openFolderWriter(dir);
  try {
    const stored = writer.saveLinks(en, zh, pairs);
    const paired = pairs.filter((p) => p.en.length > 0 && p.zh.length > 0).length;
    err(ctx.io, `saved ${stored} links between ${en} and ${zh} in ${sanitize(dir)}: ${paired} pairs, ${stored - paired} directives without counterpart`);
    return true;
  } finally {
    writer.close();
  }
}

/** `add --translation-of DOC`: the stored document DOC names, looked up before anything is added. */
export async function translationTarget(ctx: Context, wanted: string): Promise<DocumentMeta> {
  const named = documentArguments(ctx, { corpusOnly: 'add --translation-of' });
  try {
    return (await named.resolve(wanted, '--translation-of')).meta;
  } finally {
    named.session()?.reader.close();
  }
}

/** The items to add, checked as a translation of `target`: exactly one document, in the other language (else nothing is added). */
export function* translationItems(items: Iterable<AddItem>, target: DocumentMeta): Generator<AddItem> {
  let count = 0;
  for (const item of items) {
    if (++count > 1) throw new UsageError('add --translation-of: give one text, the translation (or original) of the document it names');
    if (item.document.language === target.language) {
      const language = LANGUAGE_NAME[target.language];
      throw new UsageError(`add --translation-of: the text and ${target.id} are both in ${language}; a translation pair is an English text and its Chinese original (nothing was added)`);
    }
    yield item;
  }
}

/** After `add --translation-of`: align the document just added (or already there) with its counterpart and store the links. */
export async function linkTranslation(ctx: Context, dir: string, result: AddResult, target: DocumentMeta): Promise<void> {
  const added = result.added[0] ?? result.skipped[0];
  if (added === undefined) return;
  const { alignDocuments } = await import('../query/align/index.js');
  const pair = await corpusPair(ctx, 'add --translation-of', added.id, target.id, ['the added text', '--translation-of']);
  try {
    await saveAlignment(ctx, dir, pair.en.document.id, pair.zh.document.id, alignDocuments(pair.en, pair.zh));
  } finally {
    pair.close();
  }
}
