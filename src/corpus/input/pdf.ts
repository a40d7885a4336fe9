import { DataError } from '../../errors.js';
import { joinLines, type Line } from './pdf-lines.js';

/** The part of pdf.js's API this reader uses (typed here: the project has no DOM lib for pdf.js's own types). */
interface TextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  hasEOL?: boolean;
}
interface PdfPage {
  getTextContent(): Promise<{ items: TextItem[] }>;
  cleanup(): void;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** A page's text items as lines, in the order the page draws them (which keeps columns apart). */
function pageLines(items: TextItem[], page: number): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  for (const item of items) {
    const str = item.str ?? '';
    const [, , , , x = 0, y = 0] = item.transform ?? [];
    const height = Math.abs(item.height ?? 0) || Math.abs(item.transform?.[3] ?? 0) || 10;
    if (line !== null && Math.abs(line.y - y) > height * 0.5 && str.trim() !== '') {
      lines.push(line);
      line = null;
    }
    if (str === '' && !item.hasEOL) continue;
    if (line === null) {
      if (str.trim() === '') continue;
      line = { text: str, x, y, height, right: x + (item.width ?? 0), page };
    } else {
      const gap = x - line.right;
      const needsSpace = gap > height * 0.15 && !line.text.endsWith(' ') && !str.startsWith(' ') && !(CJK.test(line.text.slice(-1)) && CJK.test(str.charAt(0)));
      line.text += (needsSpace ? ' ' : '') + str;
      line.right = Math.max(line.right, x + (item.width ?? 0));
      line.height = Math.max(line.height, height);
    }
  }
  if (line !== null) lines.push(line);
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text !== '');
}

/**
 * The text layer of a PDF as paragraphs: hard-wrapped lines joined, running
 * headers, footers and page numbers dropped, hyphenation undone (issue 13).
 * pdf.js comes from unpdf, its serverless build: no worker, no native canvas.
 */
export async function readPdf(bytes: Uint8Array, name: string): Promise<string> {
  const { getDocumentProxy } = await import('unpdf');
  let pdf: PdfDocument;
  try {
    // pdf.js takes ownership of the buffer; the caller's bytes are hashed, so it gets a copy
    pdf = (await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false })) as unknown as PdfDocument;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/password/i.test(reason)) throw new DataError(`${name}: PDF is encrypted (password protected)`);
    throw new DataError(`${name}: not a readable PDF (${reason.split('\n')[0]})`);
  }
  try {
    const pages: Line[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const { items } = await page.getTextContent();
      pages.push(pageLines(items, n));
      page.cleanup();
    }
    const text = joinLines(pages);
    if (text.replace(/\s/g, '') === '') throw new DataError(`${name}: PDF has no text layer (scanned?); run it through OCR first`);
    return text;
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(`${name}: cannot read the PDF's text (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  } finally {
    await pdf.destroy();
  }
}
