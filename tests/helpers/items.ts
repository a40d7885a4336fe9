import { createHash } from 'node:crypto';
import type { Directive, DocumentRecord } from '../../src/model/types.js';

export interface Item {
  document: DocumentRecord;
  directives: Directive[];
}

/**
 * A document of `sentences` directive sentences, each exactly one directive
 * (text === source.slice(start, end)), keyed by `seed`: the same seed gives
 * the same text and id. Built without the parser, so a test can make hundreds fast.
 */
export function syntheticItem(seed: string, sentences = 5): Item {
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) {
    parts.push(`All localities in district ${seed} must report item ${i} on the supervision of food security, grain reserves and the water supply before the end of the quarter`);
  }
  const source = parts.map((p) => `${p}.`).join('\n');
  const sha256 = createHash('sha256').update(source).digest('hex');
  const id = sha256.slice(0, 8);
  let offset = 0;
  const directives: Directive[] = parts.map((text, i) => {
    const start = offset;
    offset += text.length + 2;
    return {
      id: `${id}-${i + 1}`, doc: id, start, end: start + text.length, text, force: 'must', cue: 'must', reporting: null, issuer: null,
      addressee: 'all localities', actions: [{ verb: 'report', object: `item ${i}` }], purpose: null, themes: ['food security'], paragraph: i, sentence: i,
    };
  });
  const document: DocumentRecord = {
    id, file: `${seed}.txt`, title: `Notice ${seed}`, date: '2024-01-22', place: null, issuer: null, event: null, participants: [],
    language: 'en', sha256, parserVersion: 't', source,
  };
  return { document, directives };
}
