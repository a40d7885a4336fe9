import { DataError, UsageError } from '../../errors.js';

/**
 * Encodings a text may be in without saying so, decoded automatically when
 * UTF-8 fails and chardet names one of them: older gov.cn and Xinhua pages
 * are GB2312/GBK (both decoded as their superset GB18030), Taiwanese and
 * Hong Kong ones Big5, Western pages Windows-1252 (issue 13).
 */
const DETECTABLE: Readonly<Record<string, string>> = {
  'GB18030': 'gb18030',
  'Big5': 'big5',
  'windows-1252': 'windows-1252',
  'ISO-8859-1': 'windows-1252',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
};

/** Labels people use for Chinese encodings; GB18030 decodes all of them. */
const GB_LABELS = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'chinese', 'csgb2312', 'iso-ir-58', 'euc-cn']);

/** The WHATWG name of an encoding label, or a UsageError naming the flag. */
export function encodingName(label: string): string {
  const lower = label.trim().toLowerCase();
  if (GB_LABELS.has(lower)) return 'gb18030';
  try {
    return new TextDecoder(lower).encoding;
  } catch {
    throw new UsageError(`--encoding ${JSON.stringify(label)}: unknown encoding (e.g. utf-8, gb18030, big5, utf-16le)`);
  }
}

function strictDecode(bytes: Uint8Array, encoding: string, name: string, because: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DataError(`${name}: not valid ${encoding.toUpperCase()} text (${because})`);
  }
}

function checked(text: string, name: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new DataError(`${name}: file has no text`);
  return body;
}

/** `<meta charset="gb2312">` or `<meta http-equiv="Content-Type" content="text/html; charset=gbk">` in the first 2 KB. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return m ? m[1]! : null;
}

/** The charset parameter of an HTTP Content-Type header. */
export function charsetOfContentType(contentType: string | null): string | null {
  const m = /;\s*charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i.exec(contentType ?? '');
  return m ? m[1]! : null;
}

export interface DecodeOptions {
  /** `--encoding`: decode as this, whatever the bytes look like. */
  encoding?: string;
  /** What the document or the server declared (HTML meta charset, HTTP header); a BOM still wins. */
  declared?: string | null;
}

/**
 * Bytes to text, refusing what is not text with a one-line reason naming the
 * file. Order: --encoding, BOM (UTF-8, UTF-16 LE/BE), a declared charset,
 * UTF-8, then what chardet detects among the encodings above.
 */
export async function decodeBytes(bytes: Uint8Array, name: string, options: DecodeOptions = {}): Promise<string> {
  if (bytes.length === 0) throw new DataError(`${name}: file is empty`);
  if (options.encoding !== undefined) {
    const encoding = encodingName(options.encoding);
    return checked(strictDecode(bytes, encoding, name, `as forced by --encoding ${options.encoding}`), name);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return checked(strictDecode(bytes, 'utf-8', name, 'after a UTF-8 byte order mark'), name);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(strictDecode(bytes, 'utf-16le', name, 'after a UTF-16 LE byte order mark'), name);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(strictDecode(bytes, 'utf-16be', name, 'after a UTF-16 BE byte order mark'), name);
  if (bytes.includes(0)) throw new DataError(`${name}: looks like a binary file, not text`);
  if (options.declared) {
    let declared: string | null = null;
    try {
      declared = encodingName(options.declared);
    } catch {
      // an unknown declared charset is ignored: detection below still runs
    }
    if (declared !== null) {
      try {
        return checked(new TextDecoder(declared, { fatal: true }).decode(bytes), name);
      } catch (error) {
        if (error instanceof DataError) throw error;
        // pages that declare one charset and are saved in another are common; detection decides
      }
    }
  }
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(bytes), name);
  } catch (error) {
    if (error instanceof DataError) throw error;
  }
  const { analyse } = await import('chardet');
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  // below 50 chardet is guessing (a few stray Latin-1 bytes "fit" GB18030 too): better to ask than to garble
  const guesses = analyse(sample).filter((match) => DETECTABLE[match.name] !== undefined && match.confidence >= 50);
  for (const guess of guesses) {
    try {
      return checked(new TextDecoder(DETECTABLE[guess.name]!, { fatal: true }).decode(bytes), name);
    } catch (error) {
      if (error instanceof DataError) throw error;
    }
  }
  throw new DataError(`${name}: not valid UTF-8 text, and its encoding could not be told; name it with --encoding (e.g. gb18030, big5, latin1)`);
}
