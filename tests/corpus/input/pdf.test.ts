import { describe, expect, it } from 'vitest';
import { PDFDocument, rgb } from 'pdf-lib';
import { joinLines, type Line } from '../../../src/corpus/input/pdf-lines.js';
import { readPdf } from '../../../src/corpus/input/pdf.js';
import { asPdf, evalParagraphs } from './make.js';

const line = (page: number, y: number, text: string, right = 500): Line => ({ text, x: 72, y, height: 11, right, page });

describe('joinLines: a page layout back to paragraphs', () => {
  it('joins hard-wrapped lines, undoes hyphenation, and breaks at a wider gap', () => {
    const text = joinLines([[
      line(1, 700, 'All regions must strengthen the super-'),
      line(1, 685, 'vision of local debt and report to the'),
      line(1, 670, 'State Council.', 150),
      line(1, 640, 'Departments should coordinate.', 200),
    ]]);
    expect(text).toBe('All regions must strengthen the supervision of local debt and report to the State Council.\n\nDepartments should coordinate.');
  });

  it('joins wrapped Chinese lines without a space', () => {
    expect(joinLines([[line(1, 700, '各地区各部门要切实加强'), line(1, 685, '地方政府债务管理。', 200)]])).toBe('各地区各部门要切实加强地方政府债务管理。');
  });

  it('drops a running header and page numbers, and runs a paragraph on across a page break', () => {
    const pages = [1, 2, 3].map((n) => [
      line(n, 800, `Ministry of Finance Bulletin ${n === 1 ? '' : ''}2024 No. 7`),
      line(n, 700, n === 1 ? 'Localities must report their debt' : n === 2 ? 'every quarter and must not' : 'borrow off the books.', n === 3 ? 150 : 500),
      line(n, 40, `- ${n} -`),
    ]);
    expect(joinLines(pages)).toBe('Localities must report their debt every quarter and must not borrow off the books.');
  });

  it('keeps a heading that appears on one page only, and numbers inside the text', () => {
    const pages = [
      [line(1, 800, 'Article 3', 120), line(1, 770, '42 cities must comply with the'), line(1, 755, 'rules by 2025.', 160), line(1, 40, '1')],
      [line(2, 770, 'Article 4 is repealed.', 200), line(2, 40, '2')],
    ];
    expect(joinLines(pages)).toBe('Article 3\n\n42 cities must comply with the rules by 2025.\n\nArticle 4 is repealed.');
  });
});

describe('readPdf: the text layer of a real PDF', () => {
  const paragraphs = evalParagraphs('en', '09_interpret_no1-document-rural-revitalization-2022-02.txt', 30);

  it('reads a multi-page PDF: running header and "Page N of M" gone, wrapped lines joined, paragraphs kept', async () => {
    const bytes = await asPdf(paragraphs, { header: 'CPC Central Committee and State Council — No. 1 Document 2022' });
    const text = await readPdf(bytes, 'no1.pdf');
    expect(text).not.toMatch(/Page \d+ of \d+/);
    expect(text).not.toContain('No. 1 Document 2022');
    // every paragraph comes back whole (a paragraph may come back split where a short line ends a sentence)
    for (const p of paragraphs) expect(text.replace(/\n\n/g, ' ')).toContain(p);
    const pages = (await PDFDocument.load(bytes)).getPageCount();
    expect(pages).toBeGreaterThan(2);
  });

  it('says a PDF without a text layer is probably scanned', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600, color: rgb(0.8, 0.8, 0.8) });
    await expect(readPdf(await pdf.save(), 'scan.pdf')).rejects.toThrow(/^scan\.pdf: PDF has no text layer \(scanned\?\)/);
  });

  it('refuses bytes that are not a PDF with one line', async () => {
    await expect(readPdf(Buffer.from('%PDF-1.7\nthis is not really a pdf'), 'broken.pdf')).rejects.toThrow(/^broken\.pdf: not a readable PDF \(.*\)$/);
  });

  it('reads a 50-page PDF (time logged, not asserted)', async () => {
    const bytes = await asPdf(paragraphs, { header: 'Rural revitalization', minPages: 50 });
    const pages = (await PDFDocument.load(bytes)).getPageCount();
    const started = performance.now();
    const text = await readPdf(bytes, 'fifty.pdf');
    const ms = performance.now() - started;
    console.log(`readPdf: ${pages} pages, ${text.length.toLocaleString('en-US')} characters in ${ms.toFixed(0)} ms`);
    expect(pages).toBeGreaterThanOrEqual(50);
    expect(text).toContain(paragraphs[1]);
  }, 60_000);
});
