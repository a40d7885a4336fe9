import { DataError } from '../../errors.js';
import type { InputFormat } from './types.js';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const FETCH_LIMITS: FetchLimits = { timeoutMs: 30_000, maxBytes: 50 * 1024 * 1024, maxRedirects: 5 };

export interface Fetched {
  bytes: Uint8Array;
  format: InputFormat;
  contentType: string | null;
  /** Where the last redirect led. */
  url: string;
  /** When it was fetched (ISO 8601). */
  fetched: string;
}

/** Anything written `scheme://…` is meant as a URL, not a file name. */
export function looksLikeUrl(spec: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(spec);
}

const CONTENT_TYPES: Readonly<Record<string, InputFormat>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  'application/x-pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'text/markdown': 'md',
  'text/x-markdown': 'md',
  'text/plain': 'txt',
};

/** A format from a content type; `application/octet-stream` or none leaves it to the URL's extension. */
function formatOf(contentType: string | null, url: string, formatOfName: (name: string) => InputFormat | null): InputFormat | null {
  const mime = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const fromName = formatOfName(new URL(url).pathname);
  if (mime === 'text/plain' && fromName === 'md') return 'md';
  if (mime === '' || mime === 'application/octet-stream' || mime === 'binary/octet-stream') return fromName ?? 'txt';
  return CONTENT_TYPES[mime] ?? null;
}

async function readCapped(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  const cap = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MB` : `${Math.round(maxBytes / 1024)} KB`;
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new DataError(`${url}: larger than ${cap} (${declared.toLocaleString('en-US')} bytes); download it and add the file`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw new DataError(`${url}: larger than ${cap}; download it and add the file`);
      }
      chunks.push(value);
    }
  }
  return Buffer.concat(chunks);
}

/**
 * GET a document over http(s) with Node's fetch: redirects followed by hand
 * (at most `maxRedirects`, each checked for its scheme), one timeout for the
 * whole exchange, the body read up to a size cap. Every failure is one line
 * naming the URL.
 */
export async function fetchDocument(spec: string, formatOfName: (name: string) => InputFormat | null, limits: FetchLimits = FETCH_LIMITS): Promise<Fetched> {
  let url: URL;
  try {
    url = new URL(spec);
  } catch {
    throw new DataError(`${spec}: not a valid URL`);
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    for (let hops = 0; ; hops++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new DataError(`${url.href}: only http and https URLs can be read${hops > 0 ? ` (redirected from ${spec})` : ''}`);
      }
      let response: Response;
      try {
        response = await fetch(url, { redirect: 'manual', signal: controller.signal, headers: { accept: 'text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/markdown,text/plain;q=0.9,*/*;q=0.5' } });
      } catch (error) {
        if (controller.signal.aborted) throw new DataError(`${spec}: timed out after ${limits.timeoutMs / 1000}s`);
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        throw new DataError(`${url.href}: cannot fetch (${cause?.code ?? cause?.message ?? (error as Error).message})`);
      }
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (hops >= limits.maxRedirects) throw new DataError(`${spec}: more than ${limits.maxRedirects} redirects`);
        url = new URL(response.headers.get('location')!, url);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new DataError(`${url.href}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const contentType = response.headers.get('content-type');
      const format = formatOf(contentType, url.href, formatOfName);
      if (format === null) {
        await response.body?.cancel();
        throw new DataError(`${url.href}: content type ${contentType} is not a document (HTML, PDF, .docx, Markdown or plain text)`);
      }
      let bytes: Uint8Array;
      try {
        bytes = await readCapped(response, url.href, limits.maxBytes);
      } catch (error) {
        if (controller.signal.aborted) throw new DataError(`${spec}: timed out after ${limits.timeoutMs / 1000}s`);
        throw error;
      }
      return { bytes, format, contentType, url: url.href, fetched: new Date().toISOString() };
    }
  } finally {
    clearTimeout(timer);
  }
}
