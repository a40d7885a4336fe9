import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs, type InputResult } from '../../../src/corpus/input/index.js';
import { UsageError } from '../../../src/errors.js';
import { asDocx, asPdf } from './make.js';

async function all(specs: string[], options = {}): Promise<InputResult[]> {
  const out: InputResult[] = [];
  for await (const result of readInputs(specs, options)) out.push(result);
  return out;
}

const summary = (r: InputResult): string => (r.kind === 'document' ? `${r.input.replace(/.*\//, '')}: ${r.meta.format}` : r.kind === 'corpus' ? `${r.input}: corpus` : r.message.replace(/.*\//, ''));

describe('readInputs: one result per input, folders expanded, non-documents skipped with a reason', () => {
  it('decides by extension, then by content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'directives-read-'));
    const page = join(dir, 'page_files');
    mkdirSync(page);
    writeFileSync(join(dir, 'README'), 'The ministry must report.\n');
    writeFileSync(join(dir, 'saved'), '<!DOCTYPE html><html><body><p>The ministry must report.</p></body></html>');
    writeFileSync(join(dir, 'scan-no-extension'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    writeFileSync(join(dir, 'old.doc'), Buffer.from('d0cf11e0a1b11ae1', 'hex'));
    writeFileSync(join(dir, 'order'), await asDocx(['The ministry must report.']));
    writeFileSync(join(dir, 'print'), await asPdf(['The ministry must report.']));
    writeFileSync(join(page, 'site.css'), 'body { color: red }');
    writeFileSync(join(page, 'logo.png'), Buffer.from('89504e47', 'hex'));
    writeFileSync(join(dir, '.hidden.txt'), 'ignored');
    expect((await all([dir])).map(summary)).toEqual([
      'README: txt',
      'old.doc: not a document (an old Word .doc file (save it as .docx))',
      'order: docx',
      'logo.png: not a document (an image)',
      'site.css: not a document (a style sheet)',
      'print: pdf',
      'saved: html',
      'scan-no-extension: not a document (a PNG image)',
    ]);
  });

  it('reads standard input in whatever format it is', async () => {
    const pdf = await asPdf(['The ministry must report.']);
    const [result] = await all(['-'], { stdin: async () => pdf });
    expect(result).toMatchObject({ kind: 'document', file: null, meta: { format: 'pdf' } });
  });

  it('throws only for usage errors: an unknown --encoding', async () => {
    await expect(all(['x.txt'], { encoding: 'nope' })).rejects.toThrow(UsageError);
  });
});
