import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseRead } from '../../../src/corpus/input/batch.js';
import { readInput, type ReadDocument } from '../../../src/corpus/input/index.js';
import { asDocx, asGb18030, asMarkdown, asPdf, asText, asUtf16be, asUtf16le, asWebPage, evalParagraphs } from './make.js';

const dir = mkdtempSync(join(tmpdir(), 'directives-parity-'));

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function read(path: string): Promise<ReadDocument> {
  const result = await readInput(path);
  if (result.kind !== 'document') throw new Error(`${path}: ${result.kind === 'skip' ? result.message : 'a corpus'}`);
  return result;
}

/** What parity means: the same directives, by text, force and addressee, in the same order. */
async function directivesOf(path: string): Promise<string[]> {
  const { directives } = parseRead(await read(path), {});
  return directives.map((d) => `${d.force} | ${d.addressee ?? '-'} | ${d.text}`);
}

describe('the same content in every format yields the same directives (issue 13)', () => {
  const en = evalParagraphs('en', '08_interpret_state-council-notice-stabilize-economy-2022-05.txt', 14);
  const zh = evalParagraphs('zh', '06_xwlb_20240730.txt');
  let enBaseline: string[];
  let zhBaseline: string[];

  beforeAll(async () => {
    enBaseline = await directivesOf(write('en.txt', asText(en)));
    zhBaseline = await directivesOf(write('zh.txt', asText(zh)));
  });

  it('the baselines hold directives worth comparing', () => {
    expect(enBaseline.length).toBeGreaterThan(10);
    expect(zhBaseline.length).toBeGreaterThan(5);
  });

  it.each([
    ['HTML', async () => write('en.html', asWebPage(en, { title: en[0]! }))],
    ['Markdown', async () => write('en.md', asMarkdown(en))],
    ['.docx', async () => write('en.docx', await asDocx(en))],
    ['PDF', async () => write('en.pdf', await asPdf(en, { header: 'State Council Gazette — Guo-Fa (2022) No. 12' }))],
    ['UTF-16 LE', async () => write('en-utf16le.txt', asUtf16le(asText(en)))],
    ['UTF-16 BE', async () => write('en-utf16be.txt', asUtf16be(asText(en)))],
  ])('English as %s', async (_format, make) => {
    expect(await directivesOf(await make())).toEqual(enBaseline);
  });

  it.each([
    ['GB18030', async () => write('zh-gb18030.txt', asGb18030(asText(zh)))],
    ['UTF-16 LE', async () => write('zh-utf16.txt', asUtf16le(asText(zh)))],
    ['GBK HTML declaring gb2312', async () => write('zh.htm', asGb18030(asWebPage(zh, { title: zh[0]!, charset: 'gb2312', date: '2024-07-30' })))],
    ['Markdown', async () => write('zh.md', asMarkdown(zh))],
    ['.docx', async () => write('zh.docx', await asDocx(zh))],
  ])('Chinese as %s', async (_format, make) => {
    expect(await directivesOf(await make())).toEqual(zhBaseline);
  });

  it('keeps the format and the SHA-256 of the original bytes on the document', async () => {
    const path = write('en-kept.docx', await asDocx(en));
    const { document } = parseRead(await read(path), {});
    expect(document.format).toBe('docx');
    expect(document.originalSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(document.originalSha256).not.toBe(document.sha256);
    expect(document.source.slice(document.source.indexOf(en[1]!), document.source.indexOf(en[1]!) + en[1]!.length)).toBe(en[1]);
  });
});
