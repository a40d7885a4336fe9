// Fixtures for the readers, generated from one text so every format says the same thing (issue 13).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import iconv from 'iconv-lite';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { ROOT } from '../../helpers/paths.js';

/** An eval corpus text as paragraphs, whitespace inside each collapsed: the one content all fixtures carry. */
export function evalParagraphs(lang: 'en' | 'zh', name: string, limit = Infinity): string[] {
  const text = readFileSync(join(ROOT, 'eval', 'corpus', lang, name), 'utf8');
  return text
    .split(/\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .slice(0, limit);
}

export const asText = (paragraphs: string[]): string => `${paragraphs.join('\n\n')}\n`;

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A news site's page around the article: navigation, a sidebar of related links, a "most read" box, a footer. */
export function asWebPage(paragraphs: string[], options: { title: string; date?: string; charset?: string; canonical?: string }): string {
  const [title, ...body] = paragraphs;
  const links = (items: string[]): string => `<ul>${items.map((item, i) => `<li><a href="/news/${i}.html">${escapeHtml(item)}</a></li>`).join('')}</ul>`;
  return `<!DOCTYPE html>
<html lang="en"><head>
<meta ${options.charset ? `http-equiv="Content-Type" content="text/html; charset=${options.charset}"` : 'charset="utf-8"'}>
<title>${escapeHtml(options.title)} | Example News Agency</title>
${options.date ? `<meta name="PubDate" content="${options.date} 19:30">` : ''}
${options.canonical ? `<link rel="canonical" href="${options.canonical}">` : ''}
<link rel="stylesheet" href="/site.css"><script>window.analytics = { track() {} };</script>
</head><body>
<header class="site-header"><div class="logo"><a href="/">Example News Agency</a></div>
<nav class="main-nav">${links(['Home', 'Politics', 'Economy', 'World', 'Society', 'Science', 'Sport', 'Opinion', 'Photos', 'Video'])}</nav>
<form class="search"><input name="q" placeholder="Search"><button>Search</button></form></header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/politics">Politics</a></div>
<div class="wrapper">
<main id="main"><article class="article">
<h1 class="article-title">${escapeHtml(title!)}</h1>
<div class="article-meta byline">Source: Example News Agency · Editor: Li Ming</div>
<div class="article-body">
${body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</div>
<div class="share">Share: <a href="#">Weibo</a> <a href="#">WeChat</a> <a href="#">Print</a></div>
</article></main>
<aside class="sidebar">
<section class="related"><h3>Related stories</h3>${links(['Premier chairs executive meeting on flood control', 'Ministry releases guideline on rural roads', 'Officials urged to improve work style in grassroots governance', 'Provinces told to stabilize grain output this summer'])}</section>
<section class="most-read"><h3>Most read</h3>${links(['Photo gallery: summer harvest in Henan', 'Video: high-speed rail line opens', 'Editorial: steady progress in reform', 'Weather warning issued for southern provinces'])}</section>
</aside></div>
<footer class="site-footer"><p>Copyright © 2024 Example News Agency. All rights reserved.</p>
<p><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy</a></p><p>ICP license 12345678</p></footer>
</body></html>`;
}

/** Markdown with the usual syntax around the same words: a heading, emphasis, a link, an HTML paragraph. */
export function asMarkdown(paragraphs: string[]): string {
  const [title, ...body] = paragraphs;
  const lines = [`# ${title}`, ''];
  body.forEach((p, i) => {
    if (i % 5 === 1) lines.push(`<p>${escapeHtml(p)}</p>`);
    else if (i % 5 === 2) {
      const words = p.split(' ');
      lines.push(words.length > 3 ? `**${words[0]}** ${words.slice(1, -1).join(' ')} [${words.at(-1)}](https://example.org)` : p);
    } else lines.push(p);
    lines.push('');
  });
  return lines.join('\n');
}

export async function asDocx(paragraphs: string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }] });
  return Packer.toBuffer(doc);
}

export const asGb18030 = (text: string): Buffer => iconv.encode(text, 'gb18030');
export const asUtf16le = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
export const asUtf16be = (text: string): Buffer => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

/**
 * A printed document: lines hard-wrapped to the measure, a blank line's gap
 * between paragraphs, a running header and "Page N of M" footer on every
 * page, as ministries' PDFs have them.
 */
export async function asPdf(paragraphs: string[], options: { header?: string; fontSize?: number; minPages?: number } = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const size = options.fontSize ?? 11;
  const leading = size * 1.35;
  const [width, height] = [595, 842];
  const margin = 72;
  const measure = width - 2 * margin;
  const lines: (string | null)[] = [];
  const repeat = Math.max(1, Math.ceil((options.minPages ?? 0) / Math.max(1, estimatePages(paragraphs, measure, size, leading, height, margin, font))));
  for (let r = 0; r < repeat; r++) {
    for (const paragraph of paragraphs) {
      let line = '';
      for (const word of paragraph.split(' ')) {
        const next = line === '' ? word : `${line} ${word}`;
        if (line !== '' && font.widthOfTextAtSize(next, size) > measure) {
          lines.push(line);
          line = word;
        } else line = next;
      }
      if (line !== '') lines.push(line);
      lines.push(null);
    }
  }
  const perPage = Math.floor((height - 2 * margin) / leading);
  const pages: (string | null)[][] = [];
  for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage));
  pages.forEach((pageLines, index) => {
    const page = pdf.addPage([width, height]);
    if (options.header) page.drawText(options.header, { x: margin, y: height - margin / 2, size: size - 2, font });
    page.drawText(`Page ${index + 1} of ${pages.length}`, { x: width / 2 - 30, y: margin / 2, size: size - 2, font });
    let y = height - margin;
    for (const line of pageLines) {
      if (line !== null) page.drawText(line, { x: margin, y, size, font });
      y -= leading;
    }
  });
  return pdf.save();
}

function estimatePages(paragraphs: string[], measure: number, size: number, leading: number, height: number, margin: number, font: { widthOfTextAtSize(t: string, s: number): number }): number {
  let lines = 0;
  for (const p of paragraphs) lines += Math.ceil(font.widthOfTextAtSize(p, size) / measure) + 1;
  return Math.ceil(lines / Math.floor((height - 2 * margin) / leading));
}
