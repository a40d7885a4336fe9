import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/corpus/input/decode.js';
import { readHtml } from '../../../src/corpus/input/html.js';
import { asGb18030, asWebPage, evalParagraphs } from './make.js';

describe('readHtml: the article of a realistic page, nothing around it', () => {
  const paragraphs = evalParagraphs('en', '27_gwr2020_stabilize-businesses-jobs.txt', 20);

  it('keeps the article paragraphs and drops navigation, sidebars, related links and footer', async () => {
    const page = asWebPage(paragraphs, { title: paragraphs[0]!, date: '2020-05-22', canonical: 'https://example.org/gwr2020.html' });
    const doc = await readHtml(page, 'gwr.html');
    expect(doc.text.split('\n\n')).toEqual(paragraphs);
    for (const chrome of ['Home', 'Related stories', 'Most read', 'Premier chairs executive meeting', 'Copyright', 'ICP license', 'Share:', 'window.analytics', 'Editor: Li Ming']) {
      expect(doc.text).not.toContain(chrome);
    }
    expect(doc).toMatchObject({ title: paragraphs[0], date: '2020-05-22', sourceUrl: 'https://example.org/gwr2020.html' });
  });

  it.each([
    ['<meta property="article:published_time" content="2024-06-12T10:00:00+08:00">', '2024-06-12'],
    ['<meta name="firstpublishedtime" content="2024-06-12-19:30:01">', '2024-06-12'],
    ['<meta name="dc.date" content="June 12, 2024">', '2024-06-12'],
    ['<meta name="citation_publication_date" content="2024/06/12">', '2024-06-12'],
  ])('finds the publication date in %s', async (meta, date) => {
    const html = `<html><head>${meta}<title>T</title></head><body><article>${paragraphs.slice(1, 6).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect((await readHtml(html, 'p.html')).date).toBe(date);
  });

  it('finds a date in a <time> element when no meta tag has one', async () => {
    const html = `<html><head><title>T</title></head><body><article><time datetime="2023-12-20">20 Dec</time>${paragraphs.slice(1, 6).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect((await readHtml(html, 'p.html')).date).toBe('2023-12-20');
  });

  it('reads a GB2312-declared Chinese page and joins its source line breaks without spaces', async () => {
    const zh = evalParagraphs('zh', '12_xwlb_20231220.txt');
    // a line break inside the HTML source between two Han characters, as CMSs wrap long lines
    const at = [...zh[2]!].findIndex((c, i, all) => i > 5 && /\p{Script=Han}/u.test(c) && /\p{Script=Han}/u.test(all[i - 1]!));
    const page = asWebPage(zh, { title: zh[0]!, charset: 'gb2312', date: '2023-12-20' }).replace(zh[2]!, `${zh[2]!.slice(0, at)}\n  ${zh[2]!.slice(at)}`);
    const bytes = asGb18030(page);
    await expect(decodeBytes(bytes, 'zh.htm', { encoding: 'utf-8' })).rejects.toThrow(/zh\.htm: not valid UTF-8 text \(as forced by --encoding utf-8\)/);
    const doc = await readHtml(await decodeBytes(bytes, 'zh.htm', { declared: 'gb2312' }), 'zh.htm');
    expect(doc.text.split('\n\n')).toEqual(zh);
    expect(doc.date).toBe('2023-12-20');
  });

  it('refuses a page with no text', async () => {
    await expect(readHtml('<html><body><script>1</script></body></html>', 'blank.html')).rejects.toThrow(/^blank\.html: web page has no text$/);
  });
});
