import { DataError } from '../errors.js';
import type { Corpus, Directive, DocumentMeta, DocumentRecord } from './types.js';

/** One document to add, with its directives. */
export interface AddItem {
  document: DocumentRecord;
  directives: readonly Directive[];
}

export interface AddResult {
  added: DocumentRecord[];
  skipped: DocumentRecord[];
  directives: number;
}

/** How `reparse` reads a stored source again, given what is known of its document. */
export type Reparse = (source: string, document: DocumentMeta) => { document: DocumentRecord; directives: Directive[] };

/** Every document of an exported corpus with its directives, as add() takes them (ids and parser versions kept). */
export function corpusItems(corpus: Corpus): AddItem[] {
  const byDoc = new Map<string, Directive[]>();
  for (const d of corpus.directives) {
    const list = byDoc.get(d.doc);
    if (list) list.push(d);
    else byDoc.set(d.doc, [d]);
  }
  return corpus.documents.map((document) => ({ document, directives: byDoc.get(document.id) ?? [] }));
}

/**
 * A snapshot's two streams (documents, then directives, both in corpus order)
 * paired back into add() items as they arrive, so a corpus of any size moves
 * between engines without being held in memory.
 */
export function* snapshotItems(documents: Iterable<DocumentRecord>, directives: Iterable<Directive>): Generator<AddItem> {
  const rest = directives[Symbol.iterator]();
  let next = rest.next();
  for (const document of documents) {
    const own: Directive[] = [];
    while (!next.done && next.value.doc === document.id) {
      own.push(next.value);
      next = rest.next();
    }
    yield { document, directives: own };
  }
  if (!next.done) throw new DataError(`directive ${next.value.id} is not in its document's place in the snapshot; nothing was copied`);
}
