import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { DataError } from '../../errors.js';
import { loadCorpus } from '../load.js';
import { dateFromName } from './dates.js';
import { charsetOfContentType, declaredHtmlCharset, decodeBytes, encodingName } from './decode.js';
import { splitFrontMatter } from './front-matter.js';
import { FETCH_LIMITS, fetchDocument, looksLikeUrl, type FetchLimits } from './url.js';
import type { InputFormat, InputMeta, InputResult, ReadDocument, SuppliedMetadata } from './types.js';

export type { InputFormat, InputMeta, InputResult, ReadCorpus, ReadDocument, SkippedInput, SuppliedMetadata } from './types.js';

const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'txt', '.text': 'txt',
  '.md': 'md', '.markdown': 'md',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.shtml': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

/** Files that are surely not documents, named so the skip says what they are. */
const NOT_DOCUMENTS: Readonly<Record<string, string>> = {
  '.doc': 'an old Word .doc file (save it as .docx)',
  '.png': 'an image', '.jpg': 'an image', '.jpeg': 'an image', '.gif': 'an image', '.webp': 'an image', '.svg': 'an image', '.bmp': 'an image', '.tif': 'an image', '.tiff': 'an image', '.ico': 'an image',
  '.css': 'a style sheet', '.js': 'a script', '.mjs': 'a script', '.ts': 'a script',
  '.zip': 'an archive', '.gz': 'an archive', '.tar': 'an archive', '.7z': 'an archive', '.rar': 'an archive',
  '.woff': 'a font', '.woff2': 'a font', '.ttf': 'a font', '.otf': 'a font',
  '.mp3': 'audio', '.mp4': 'video', '.mov': 'video',
  '.xls': 'a spreadsheet', '.xlsx': 'a spreadsheet', '.csv': 'a table', '.ppt': 'a presentation', '.pptx': 'a presentation',
};

/** Magic numbers of binary files that are not documents. */
const BINARY_SIGNATURES: readonly [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office file (save it as .docx)'],
];

export function formatOfName(name: string): InputFormat | null {
  return EXTENSIONS[extname(name).toLowerCase()] ?? null;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean => signature.every((byte, i) => bytes[i] === byte);

/** What the bytes are when the name does not say: PDF, .docx (a zip holding word/), HTML, or text. */
export function sniffFormat(bytes: Uint8Array, name: string): InputFormat {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (Buffer.from(bytes.subarray(0, 4096)).includes('word/')) return 'docx';
    throw new DataError(`${name}: not a document (a zip archive)`);
  }
  for (const [signature, what] of BINARY_SIGNATURES) if (startsWith(bytes, signature)) throw new DataError(`${name}: not a document (${what})`);
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<\?xml[^>]*>\s*<html/.test(head)) return 'html';
  return 'txt';
}

/** Files under a folder, recursively, in a stable (sorted) order; hidden entries skipped. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (path: string): void => {
    let entries;
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch (error) {
      throw new DataError(`${path}: cannot read folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue;
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(full);
    }
  };
  walk(dir);
  return out;
}

/** The inputs to read, in order: folders expanded (every file: the readers decide), files, URLs and `-` as given. */
export function expandInputs(specs: readonly string[]): string[] {
  const inputs: string[] = [];
  for (const spec of specs) {
    let isDir = false;
    if (spec !== '-' && !looksLikeUrl(spec)) {
      try {
        isDir = statSync(spec).isDirectory();
      } catch {
        // reading reports a missing file with its own message
      }
    }
    if (isDir) {
      const found = filesUnder(spec);
      if (found.length === 0) throw new DataError(`${spec}: folder holds no files`);
      inputs.push(...found);
    } else inputs.push(spec);
  }
  return inputs;
}

function readFileBytes(path: string): Uint8Array {
  try {
    if (statSync(path).isDirectory()) throw new DataError(`${path}: is a directory, not a text file`);
    return readFileSync(path);
  } catch (error) {
    if (error instanceof DataError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DataError(`${path}: no such file`);
    if (code === 'EACCES') throw new DataError(`${path}: permission denied`);
    throw new DataError(`${path}: cannot read (${code ?? 'unknown error'})`);
  }
}

export interface ReadOptions {
  /** `--encoding`: decode every text input as this. */
  encoding?: string;
  /** Standard input's bytes, for `-`. */
  stdin?: () => Promise<Uint8Array>;
  fetchLimits?: FetchLimits;
}

interface Extracted extends SuppliedMetadata {
  text: string;
}

/** Bytes in a known format → plain text and what the format itself says about the document. */
async function extract(bytes: Uint8Array, format: InputFormat, name: string, options: ReadOptions, declared: string | null): Promise<Extracted> {
  switch (format) {
    case 'pdf':
      return { text: await (await import('./pdf.js')).readPdf(bytes, name) };
    case 'docx':
      return { text: await (await import('./docx.js')).readDocx(bytes, name) };
    case 'html': {
      const html = await decodeBytes(bytes, name, { encoding: options.encoding, declared: declared ?? declaredHtmlCharset(bytes) });
      return (await import('./html.js')).readHtml(html, name);
    }
    case 'md': {
      const { text, meta } = splitFrontMatter(await decodeBytes(bytes, name, { encoding: options.encoding, declared }), name);
      const md = await (await import('./markdown.js')).readMarkdown(text, name);
      return { ...(md.title ? { title: md.title } : {}), ...meta, text: md.text };
    }
    case 'txt': {
      const { text, meta } = splitFrontMatter(await decodeBytes(bytes, name, { encoding: options.encoding, declared }), name);
      return { ...meta, text };
    }
  }
}

const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function document(input: string, file: string | null, bytes: Uint8Array, format: InputFormat, extracted: Extracted, extra: Partial<InputMeta>): ReadDocument {
  const { text, ...supplied } = extracted;
  return { kind: 'document', input, file, text, meta: { ...supplied, ...extra, format, originalSha256: sha256Of(bytes) } };
}

/** Read one input; every problem with it is a DataError naming it. */
export async function readInput(spec: string, options: ReadOptions = {}): Promise<InputResult> {
  if (spec === '-') {
    const name = 'standard input';
    const bytes = options.stdin ? await options.stdin() : new Uint8Array();
    if (bytes.length === 0) throw new DataError(`${name}: file is empty`);
    const format = sniffFormat(bytes, name);
    return document(name, null, bytes, format, await extract(bytes, format, name, options, null), {});
  }
  if (looksLikeUrl(spec)) {
    const got = await fetchDocument(spec, formatOfName, options.fetchLimits ?? FETCH_LIMITS);
    const format = got.format === 'txt' ? sniffFormat(got.bytes, spec) : got.format;
    const extracted = await extract(got.bytes, format, spec, options, charsetOfContentType(got.contentType));
    const hint = dateFromName(new URL(got.url).pathname);
    return document(spec, spec, got.bytes, format, { ...extracted, sourceUrl: extracted.sourceUrl ?? got.url }, { fetched: got.fetched, ...(hint ? { dateHint: hint } : {}) });
  }
  const extension = extname(spec).toLowerCase();
  if (extension === '.json') {
    if (!existsSync(spec)) throw new DataError(`${spec}: no such file`);
    try {
      return { kind: 'corpus', input: spec, corpus: loadCorpus(spec) };
    } catch (error) {
      // a stray package.json in a folder should say what was expected of it
      if (error instanceof DataError && error.message.startsWith(`${spec}: `)) {
        throw new DataError(`${spec}: not a corpus JSON (${error.message.slice(spec.length + 2)})`);
      }
      throw error;
    }
  }
  const notDocument = NOT_DOCUMENTS[extension];
  if (notDocument !== undefined) throw new DataError(`${spec}: not a document (${notDocument})`);
  const bytes = readFileBytes(spec);
  if (bytes.length === 0) throw new DataError(`${spec}: file is empty`);
  const format = formatOfName(spec) ?? sniffFormat(bytes, spec);
  const hint = dateFromName(basename(spec));
  return document(spec, basename(spec), bytes, format, await extract(bytes, format, spec, options, null), hint ? { dateHint: hint } : {});
}

/**
 * The one reader behind `parse` and `add` (issue 13): files, folders, `-` and
 * URLs in, one result per input out: a document's text and metadata, a
 * corpus JSON, or a skip with its one-line reason. Only usage errors throw.
 */
export async function* readInputs(specs: readonly string[], options: ReadOptions = {}): AsyncGenerator<InputResult> {
  if (options.encoding !== undefined) encodingName(options.encoding);
  for (const input of expandInputs(specs)) {
    try {
      yield await readInput(input, options);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      yield { kind: 'skip', input, message: error.message };
    }
  }
}
