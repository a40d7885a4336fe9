import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRead } from '../../../src/corpus/input/batch.js';
import { readInput } from '../../../src/corpus/input/index.js';
import { BIN, cleanEnv } from '../../helpers/run.js';
import { asPdf, asWebPage, evalParagraphs } from './make.js';

const paragraphs = evalParagraphs('en', '08_interpret_state-council-notice-stabilize-economy-2022-05.txt', 8);
const limits = { timeoutMs: 400, maxBytes: 200_000, maxRedirects: 5 };
let server: Server;
let base: string;
let pdf: Uint8Array;

beforeAll(async () => {
  pdf = await asPdf(paragraphs, { header: 'State Council Gazette' });
  const page = asWebPage(paragraphs, { title: paragraphs[0]!, date: '2022-05-31' });
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    const hop = /^\/hop\/(\d+)$/.exec(url);
    if (url === '/2022/05/notice.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else if (url === '/notice.pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
    else if (hop) res.writeHead(302, { location: Number(hop[1]) > 0 ? `/hop/${Number(hop[1]) - 1}` : '/2022/05/notice.html' }).end();
    else if (url === '/to-ftp') res.writeHead(301, { location: 'ftp://127.0.0.1/notice.txt' }).end();
    else if (url === '/slow') setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('late'), 3000);
    else if (url === '/huge') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('The ministry must report. '.repeat(20_000));
    } else if (url === '/image') res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function fails(path: string): Promise<string> {
  try {
    await readInput(path.includes('://') ? path : `${base}${path}`, { fetchLimits: limits });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${path} was read`);
}

describe('reading URLs (a local server)', () => {
  it('reads a page: its article, title and date; url, fetched time and a date from the path recorded', async () => {
    const result = await readInput(`${base}/2022/05/notice.html`, { fetchLimits: limits });
    if (result.kind !== 'document') throw new Error(result.kind);
    expect(result.text.split('\n\n')).toEqual(paragraphs);
    expect(result.meta).toMatchObject({ format: 'html', title: paragraphs[0], date: '2022-05-31', sourceUrl: `${base}/2022/05/notice.html`, dateHint: '2022-05' });
    expect(Date.now() - Date.parse(result.meta.fetched!)).toBeLessThan(60_000);
    const { document, directives } = parseRead(result, {});
    expect(document).toMatchObject({ file: `${base}/2022/05/notice.html`, format: 'html', fetched: result.meta.fetched });
    expect(directives.length).toBeGreaterThan(3);
  });

  it('follows a chain of redirects and records where it ended', async () => {
    const result = await readInput(`${base}/hop/4`, { fetchLimits: limits });
    expect(result).toMatchObject({ kind: 'document', meta: { sourceUrl: `${base}/2022/05/notice.html` } });
  });

  it('reads a PDF by its content type', async () => {
    const result = await readInput(`${base}/notice.pdf`, { fetchLimits: limits });
    expect(result).toMatchObject({ kind: 'document', meta: { format: 'pdf' } });
    if (result.kind === 'document') expect(result.text).toContain(paragraphs[3]);
  });

  it.each([
    ['more than 5 redirects', '/hop/9', /\/hop\/9: more than 5 redirects$/],
    ['404', '/missing', /\/missing: HTTP 404 Not Found$/],
    ['a timeout', '/slow', /\/slow: timed out after 0\.4s$/],
    ['an oversized body', '/huge', /\/huge: larger than 195 KB.*; download it and add the file$/],
    ['a content type that is not a document', '/image', /\/image: content type image\/png is not a document \(HTML, PDF, \.docx, Markdown or plain text\)$/],
    ['a redirect to another scheme', '/to-ftp', /^ftp:\/\/127\.0\.0\.1\/notice\.txt: only http and https URLs can be read \(redirected from http:.*\/to-ftp\)$/],
    ['a non-http scheme', 'ftp://127.0.0.1/notice.txt', /^ftp:\/\/127\.0\.0\.1\/notice\.txt: only http and https URLs can be read$/],
    ['a file: URL', 'file:///etc/passwd', /^file:\/\/\/etc\/passwd: only http and https URLs can be read$/],
  ])('refuses %s with one line', async (_name, path, message) => {
    const error = await fails(path);
    expect(error).toMatch(message);
    expect(error).not.toContain('\n');
  });
});

describe('the command line reads URLs too', () => {
  // spawned without blocking: the server answering it lives in this process
  const runAsync = (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
    new Promise((resolve) => {
      execFile(process.execPath, [BIN, ...args], { env: cleanEnv({}) }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }));
    });

  it('parse URL prints the document with its url and fetch time; a 404 among files is one skipped line and exit 4', async () => {
    const ok = await runAsync(['parse', `${base}/2022/05/notice.html`, '--json']);
    expect(ok.code).toBe(0);
    const doc = (JSON.parse(ok.stdout) as { documents: Record<string, unknown>[] }).documents[0]!;
    expect(doc).toMatchObject({ file: `${base}/2022/05/notice.html`, sourceUrl: `${base}/2022/05/notice.html`, format: 'html', date: '2022-05-31' });
    const partial = await runAsync(['parse', `${base}/2022/05/notice.html`, `${base}/missing`, '--json']);
    expect(partial.code).toBe(4);
    expect(partial.stderr).toBe(`skipped ${base}/missing: HTTP 404 Not Found\n`);
  });
});
