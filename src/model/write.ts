import { DataError } from '../errors.js';
import type { StoredLink } from './links.js';
import type { Corpus, Directive, DocumentMeta, DocumentRecord } from './types.js';

/** One document to add, with its directives. */
export interface AddItem {
  document: DocumentRecord;
  directives: readonly Directive[];
  /** Links (an exported corpus's) that this document completes: both their documents are added by now. */
  links?: readonly StoredLink[];
}

export interface AddResult {
  added: DocumentRecord[];
  skipped: DocumentRecord[];
  directives: number;
}

/** How `reparse` reads a stored source again, given what is known of its document. */
export type Reparse = (source: string, document: DocumentMeta) => { document: DocumentRecord; directives: Directive[] };

/** Every document of an exported corpus with its directives, as add() takes them (ids and parser versions kept); each link rides with the later of its two documents. */
export function corpusItems(corpus: Corpus): AddItem[] {
  const byDoc = new Map<string, Directive[]>();
  for (const d of corpus.directives) {
    const list = byDoc.get(d.doc);
    if (list) list.push(d);
    else byDoc.set(d.doc, [d]);
  }
  const position = new Map(corpus.documents.map((doc, i) => [doc.id, i]));
  const linksAt = new Map<number, StoredLink[]>();
  for (const link of corpus.links ?? []) {
    const at = Math.max(position.get(link.enDoc) ?? -1, position.get(link.zhDoc) ?? -1);
    const list = linksAt.get(at);
    if (list) list.push(link);
    else linksAt.set(at, [link]);
  }
  return corpus.documents.map((document, i) => {
    const links = linksAt.get(i);
    return { document, directives: byDoc.get(document.id) ?? [], ...(links ? { links } : {}) };
  });
}

/**
 * A snapshot's two streams (documents, then directives, both in corpus order)
 * paired back into add() items as they arrive, so a corpus of any size moves
 * between engines without being held in memory.
 */
export function* snapshotItems(documents: Iterable<DocumentRecord>, directives: Iterable<Directive>, links: Iterable<StoredLink> = []): Generator<AddItem> {
  const rest = directives[Symbol.iterator]();
  let next = rest.next();
  let pending: { document: DocumentRecord; directives: Directive[] } | null = null;
  for (const document of documents) {
    const own: Directive[] = [];
    while (!next.done && next.value.doc === document.id) {
      own.push(next.value);
      next = rest.next();
    }
    if (pending !== null) yield pending;
    pending = { document, directives: own };
  }
  if (!next.done) throw new DataError(`directive ${next.value.id} is not in its document's place in the snapshot; nothing was copied`);
  // the links come with the last document: by then both sides of every link are added
  const all = [...links];
  if (pending !== null) yield all.length > 0 ? { ...pending, links: all } : pending;
}
