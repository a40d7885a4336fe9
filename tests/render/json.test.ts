import { describe, expect, it } from 'vitest';
import { ndjsonChunks, prettyJsonChunks } from '../../src/render/json.js';
import { corpus } from '../fixtures/load.js';

describe('streamed JSON', () => {
  it.each([
    ['the fixture corpus', { ...corpus }],
    ['empty arrays', { schemaVersion: 1, documents: [], directives: [] }],
    ['no keys', {}],
    ['nested values and awkward strings', { a: { b: [1, { c: 'x\ny"\u2028' }] }, list: [[1, 2], [], null, 'line\nbreak'], n: 3 }],
  ])('prettyJsonChunks(%s) is JSON.stringify(value, null, 2) and a newline, byte for byte', (_, value) => {
    expect([...prettyJsonChunks(value)].join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('ndjsonChunks writes one record per line', () => {
    expect([...ndjsonChunks([{ a: 1 }, 'x\n'])].join('')).toBe('{"a":1}\n"x\\n"\n');
  });
});
