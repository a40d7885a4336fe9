import { readFileSync, statSync } from 'node:fs';
import { DataError } from '../errors.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode a document's bytes, refusing what is not text. UTF-8 (with or without
 * BOM) and UTF-16 with a BOM are accepted; anything with NUL bytes or invalid
 * UTF-8 is refused with a one-line reason.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new DataError(`${name}: file is empty`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le', name);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be', name);
  if (bytes.includes(0)) throw new DataError(`${name}: looks like a binary file, not text`);
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new DataError(`${name}: not valid UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new DataError(`${name}: file has no text`);
  return text;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', name: string): string {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
    if (text.trim() === '') throw new DataError(`${name}: file has no text`);
    return text;
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(`${name}: not valid ${encoding.toUpperCase()} text`);
  }
}

/** Read a text file, turning every file-system failure into a one-line DataError. */
export function readTextFile(path: string): string {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DataError(`${path}: no such file`);
    if (code === 'EACCES') throw new DataError(`${path}: permission denied`);
    throw new DataError(`${path}: cannot read (${code ?? 'unknown error'})`);
  }
  if (stats.isDirectory()) throw new DataError(`${path}: is a directory, not a text file`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DataError(`${path}: cannot read (${code ?? 'unknown error'})`);
  }
  return decodeText(bytes, path);
}
