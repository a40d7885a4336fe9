import { DataError } from '../../errors.js';
import { normalizeDate } from '../../model/date.js';
import { paragraphsOf, type DomDocument, type DomElement } from './dom.js';

export interface HtmlDocument {
  text: string;
  title?: string;
  date?: string;
  sourceUrl?: string;
}

/**
 * Where pages put their publication date, most specific first: Open Graph and
 * schema.org, Dublin Core, Google Scholar, Parse.ly and Sailthru, and what
 * gov.cn and Xinhua pages use (`PubDate`, `firstpublishedtime`).
 */
const DATE_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date',
  'publication_date', 'firstpublishedtime', 'dc.date.issued', 'dc.date', 'dcterms.issued', 'dcterms.date',
  'citation_publication_date', 'citation_date', 'parsely-pub-date', 'sailthru.date', 'og:release_date', 'date',
] as const;

const TITLE_META = ['articletitle', 'og:title', 'twitter:title', 'citation_title', 'dc.title'] as const;

/** A date as pages write it: ISO with a time, `2024/06/12`, `2024年6月12日`, `June 12, 2024`. */
export function dateFromText(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text);
  if (m) return normalizeDate(`${m[1]}-${m[2]}-${m[3]}`);
  return normalizeDate(text) ?? normalizeDate(text.replace(/\s+\d{1,2}:\d{2}.*$/, ''));
}

function metaContent(doc: DomDocument, names: readonly string[]): string | null {
  const found = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = meta.getAttribute('content');
    if (key !== '' && content && content.trim() !== '' && !found.has(key)) found.set(key, content.trim());
  }
  for (const name of names) {
    const value = found.get(name);
    if (value !== undefined) return value;
  }
  return null;
}

function publishedDate(doc: DomDocument): string | null {
  const fromMeta = dateFromText(metaContent(doc, DATE_META));
  if (fromMeta) return fromMeta;
  for (const time of Array.from(doc.querySelectorAll('time'))) {
    const date = dateFromText(time.getAttribute('datetime') ?? time.textContent);
    if (date) return date;
  }
  return null;
}

function canonicalUrl(doc: DomDocument): string | null {
  const link = doc.querySelector('link[rel="canonical"]');
  const href = link?.getAttribute('href') ?? metaContent(doc, ['og:url']);
  return href && /^https?:\/\//i.test(href) ? href : null;
}

function clean(text: string | null | undefined): string | null {
  const value = (text ?? '').replace(/\s+/g, ' ').trim();
  return value === '' ? null : value;
}

/**
 * The article of a web page as plain paragraphs, with its title, date and
 * canonical URL. Reader mode (Mozilla's Readability, the engine of Firefox's
 * reader view) drops navigation, sidebars, related links and footers; a page
 * it cannot make sense of falls back to the whole body's text.
 */
export async function readHtml(html: string, name: string): Promise<HtmlDocument> {
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  // linkedom needs a root element to parse fragments into a full document
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const doc = (parseHTML(source) as unknown as { document: DomDocument }).document;
  const metaTitle = clean(metaContent(doc, TITLE_META));
  const heading = clean(doc.querySelector('h1')?.textContent);
  // "<title>Headline | Site</title>" and the page's <h1>Headline</h1>: the heading is the title without the site
  const headingTitle = heading && (metaTitle ?? clean(doc.title) ?? '').includes(heading) ? heading : null;
  const date = publishedDate(doc);
  const sourceUrl = canonicalUrl(doc);
  const fallback = doc.body ? paragraphsOf(doc.body) : [];
  let article: ReturnType<InstanceType<typeof Readability>['parse']> = null;
  try {
    article = new Readability(doc as never).parse();
  } catch {
    // Readability gives up on some malformed pages; the body text below is used instead
  }
  let paragraphs = fallback;
  if (article?.content) {
    const content = (parseHTML(`<!doctype html><html><body>${article.content}</body></html>`) as unknown as { document: DomDocument }).document;
    const body = content.body as DomElement | null;
    const read = body ? paragraphsOf(body) : [];
    if (read.join('').length > 0) paragraphs = read;
  }
  const title = headingTitle ?? metaTitle ?? clean(article?.title) ?? clean(doc.title);
  if (title && paragraphs.length > 0 && !paragraphs.slice(0, 3).some((p) => p.includes(title))) paragraphs = [title, ...paragraphs];
  const text = paragraphs.join('\n\n');
  const published = date ?? dateFromText(article?.publishedTime);
  if (text.trim() === '') throw new DataError(`${name}: web page has no text`);
  return {
    text,
    ...(title ? { title } : {}),
    ...(published ? { date: published } : {}),
    ...(sourceUrl ? { sourceUrl } : {}),
  };
}
