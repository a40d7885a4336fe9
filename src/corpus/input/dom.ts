/**
 * The little of the DOM the readers use, typed here because the project does
 * not compile against the browser's `dom` lib; linkedom's objects have these
 * members.
 */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomDocument extends DomElement {
  title: string;
  body: DomElement | null;
  documentElement: DomElement | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements that end a paragraph: what a reader sees as a separate block. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL', 'CENTER', 'BODY', 'HTML',
]);

/** Never text a reader sees. */
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'SELECT', 'BUTTON']);

/** Chinese text has no spaces between words: a line break inside it joins without one. */
const CJK_EDGE = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * A node's text as paragraphs separated by blank lines: block elements and
 * `<br>` break, inline elements run on, whitespace collapses as a browser
 * collapses it, and a line break between two Chinese characters vanishes.
 */
export function paragraphsOf(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = current.replace(/[ \t\f\v\u00a0]+/g, ' ').trim();
    if (text !== '') paragraphs.push(text);
    current = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      const raw = node.textContent ?? '';
      // a line break in HTML source is a space, except between two Chinese characters (as browsers render it)
      const text = raw.replace(/\s*\n\s*/g, (gap: string, at: number) => (CJK_EDGE.test(raw[at - 1] ?? '') && CJK_EDGE.test(raw[at + gap.length] ?? '') ? '' : ' ')).replace(/\s+/g, ' ');
      current += text;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) {
      for (const child of Array.from(node.childNodes)) walk(child);
      return;
    }
    const tag = node.nodeName.toUpperCase();
    if (HIDDEN.has(tag)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}
