import { createHash } from 'node:crypto';
import type { Corpus, Directive, DocumentRecord } from '../../src/model/types.js';
import { corpus } from '../fixtures/load.js';

/**
 * The corpus of the browser's tests (issue 15): the fixture plus one document of our own whose single long paragraph
 * holds a directive at its start and one at its very end.
 */
const base = corpus.documents[0]!;
const SENTENCES = Array.from({ length: 30 }, (_, i) => `Filler sentence number ${i + 1} talks about reservoirs and nothing else.`);
const LONG_SOURCE = `Opening line.\nAll provinces must publish flood maps. ${SENTENCES.join(' ')} Every county should train rescue volunteers before the rainy season.\nClosing line.`;
const LONG_DOC: DocumentRecord = { ...base, id: 'ff00ee11', title: 'Long paragraph notice', date: '2021-05-04', source: LONG_SOURCE, sha256: createHash('sha256').update(LONG_SOURCE).digest('hex') };
const template = corpus.directives[0]!;
const at = (id: string, text: string, force: Directive['force'], confidence?: number): Directive => {
  const start = LONG_SOURCE.indexOf(text);
  return { ...template, id, doc: LONG_DOC.id, text, force, start, end: start + text.length, paragraph: 1, sentence: 0, themes: [], ...(confidence === undefined ? {} : { confidence }) };
};
export const FIRST = at('ff00ee11-1', 'All provinces must publish flood maps.', 'must', 0.95);
export const FAR = at('ff00ee11-2', 'Every county should train rescue volunteers before the rainy season.', 'should', 0.4);

export const testCorpus: Corpus = { ...corpus, documents: [...corpus.documents, LONG_DOC], directives: [...corpus.directives, FIRST, FAR] };
