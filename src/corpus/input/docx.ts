import { DataError } from '../../errors.js';

/** The text of a Word (.docx) file, one paragraph per Word paragraph (mammoth, loaded only for .docx). */
export async function readDocx(bytes: Uint8Array, name: string): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
  } catch (error) {
    throw new DataError(`${name}: not a readable Word .docx file (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  const text = value
    .split(/\n\s*\n|\n/)
    .map((paragraph) => paragraph.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
  if (text === '') throw new DataError(`${name}: Word file has no text`);
  return text;
}
