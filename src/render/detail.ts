import type { Directive, DocumentRecord } from '../model/types.js';
import { sanitize } from './sanitize.js';
import { padEnd, paintSegments, toSegments, wrapSegments, type Segment } from './text.js';
import type { Theme } from './theme.js';

/**
 * The paragraph around a span: paragraphs are blocks separated by newlines
 * (a blank line is two of them). A span that crosses a newline takes in both blocks.
 */
export function paragraphAround(source: string, start: number, end: number): { start: number; end: number } {
  const before = start === 0 ? -1 : source.lastIndexOf('\n', start - 1);
  const after = source.indexOf('\n', end);
  return { start: before + 1, end: after === -1 ? source.length : after };
}

export interface DetailView {
  theme: Theme;
  /** Wrap the paragraph to this many columns; null leaves lines whole (piped output). */
  wrap: number | null;
}

const INDENT = '  ';
const LABEL_WIDTH = 10;

/**
 * `show`: the directive's text highlighted inside its paragraph, then every
 * field and its document's metadata. Without colour the highlight is marked
 * with » « so it survives a pipe.
 */
export function renderDetail(directive: Directive, doc: DocumentRecord | undefined, view: DetailView): string {
  const { theme } = view;
  const lines: string[] = [];
  const none = theme.dim('—');
  const field = (label: string, text: string | null | undefined): void => {
    lines.push(`${theme.label(padEnd(label, LABEL_WIDTH))}${text === null || text === undefined || text === '' ? none : sanitize(text)}`);
  };
  const extra = (text: string): void => {
    lines.push(`${' '.repeat(LABEL_WIDTH)}${text}`);
  };

  // ids come from the corpus file too, which may be anyone's
  lines.push(`${theme.id(sanitize(directive.id))}  ${theme.force(directive.force, directive.force)}`);
  lines.push('');
  if (doc) {
    const paragraph = paragraphAround(doc.source, directive.start, directive.end);
    const raw = doc.source.slice(paragraph.start, paragraph.end);
    const range: [number, number] = [directive.start - paragraph.start, directive.end - paragraph.start];
    let segments: Segment[] = toSegments(raw, [range]);
    if (!theme.color) {
      segments = segments.map((s) => (s.mark ? { text: `»${s.text}«` } : s));
    }
    const wrapped = view.wrap === null ? [segments] : wrapSegments(segments, Math.max(20, view.wrap - INDENT.length));
    for (const line of wrapped) lines.push(INDENT + paintSegments(line, theme.match));
  } else {
    lines.push(INDENT + sanitize(directive.text));
  }
  lines.push('');

  field('force', directive.force);
  field('cue', directive.cue);
  field('frame', directive.reporting ? `${directive.issuer ?? '?'} · ${directive.reporting}` : null);
  field('issuer', directive.issuer);
  field('addressee', directive.addressee);
  if (directive.actions.length === 0) field('actions', null);
  directive.actions.forEach((action, i) => {
    const text = `${i + 1}. ${sanitize(action.verb)} ${theme.dim('→')} ${sanitize(action.object)}`;
    if (i === 0) lines.push(`${theme.label(padEnd('actions', LABEL_WIDTH))}${text}`);
    else extra(text);
  });
  field('purpose', directive.purpose);
  field('themes', directive.themes.join(', '));
  if (doc) {
    lines.push(`${theme.label(padEnd('document', LABEL_WIDTH))}${theme.id(sanitize(doc.id))}  ${sanitize(doc.title ?? doc.file ?? '(untitled)')}`);
    const facts = [doc.date, doc.place, doc.language, doc.file].filter((f): f is string => Boolean(f)).map((f) => sanitize(f));
    if (facts.length) extra(facts.join(' · '));
    for (const p of doc.participants) {
      extra(theme.dim(sanitize(`${p.name}${p.role ? ` (${p.role})` : ''}`)));
    }
  } else {
    field('document', directive.doc);
  }
  field('offsets', `${directive.start}–${directive.end} (paragraph ${directive.paragraph + 1}, sentence ${directive.sentence + 1})`);
  return lines.join('\n');
}
