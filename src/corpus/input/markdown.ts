import { DataError } from '../../errors.js';
import { paragraphsOf, type DomDocument } from './dom.js';

export interface MarkdownDocument {
  text: string;
  /** The first level-1 heading: a bulletin's title. */
  title?: string;
}

/**
 * Markdown to plain paragraphs: markdown-it renders it (embedded HTML
 * included) and the same block walker as for web pages reads the result, so
 * `#`, `**`, links and raw `<p>` tags never reach a title or a directive.
 */
export async function readMarkdown(markdown: string, name: string): Promise<MarkdownDocument> {
  const [{ default: MarkdownIt }, { parseHTML }] = await Promise.all([import('markdown-it'), import('linkedom')]);
  const html = new MarkdownIt({ html: true, linkify: false, typographer: false }).render(markdown);
  const doc = (parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: DomDocument }).document;
  const text = doc.body ? paragraphsOf(doc.body).join('\n\n') : '';
  if (text.trim() === '') throw new DataError(`${name}: Markdown file has no text`);
  const h1 = doc.querySelector('h1');
  const title = h1 ? paragraphsOf(h1).join(' ') : '';
  return { text, ...(title !== '' ? { title } : {}) };
}
