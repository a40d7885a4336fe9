import type { Directive, DocumentRecord } from '../model/types.js';
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

/** At most this many characters of context on each side of a directive (issue 17: a 50 MB one-line document). */
export const CONTEXT_CHARS = 2000;

/** Where a sentence may end: the context window is cut just after one when it can be. */
const SENTENCE_END = /[.!?;。！？；]\s*/g;

/**
 * The context shown around a span: its paragraph, but no more than `limit`
 * characters on either side, cut after a sentence end (else at a space) so
 * the window starts and ends on whole words; `cutBefore`/`cutAfter` say
 * whether text was left out, for a "…".
 */
export function contextAround(source: string, start: number, end: number, limit = CONTEXT_CHARS): { start: number; end: number; cutBefore: boolean; cutAfter: boolean } {
  const paragraph = paragraphAround(source, start, end);
  let from = paragraph.start;
  let to = paragraph.end;
  let cutBefore = false;
  let cutAfter = false;
  if (start - from > limit) {
    cutBefore = true;
    from = start - limit;
    const head = source.slice(from, start);
    let sentence = -1;
    for (const match of head.matchAll(SENTENCE_END)) {
      sentence = match.index + match[0].length;
      break;
    }
    const space = head.indexOf(' ');
    from += sentence >= 0 && sentence < head.length ? sentence : space >= 0 ? space + 1 : 0;
  }
  if (to - end > limit) {
    cutAfter = true;
    to = end + limit;
    const tail = source.slice(end, to);
    let sentence = -1;
    for (const match of tail.matchAll(SENTENCE_END)) sentence = match.index + match[0].trimEnd().length;
    const space = tail.lastIndexOf(' ');
    to = end + (sentence > 0 ? sentence : space > 0 ? space : tail.length);
  }
  return { start: from, end: to, cutBefore, cutAfter };
}

export interface DetailView {
  theme: Theme;
  /** Wrap to this many columns; null leaves lines whole (piped output). */
  wrap: number | null;
  /** The directive's translation or original in a linked document pair (issue 16), shown under its text. */
  counterparts?: readonly Directive[];
}

const INDENT = '  ';
const LABEL_WIDTH = 10;

/**
 * One directive in full — its text highlighted inside its paragraph, then
 * every field and its document — as lines. `show` prints them; the browser's
 * detail pane draws the very same lines at its width (issue 11: one view).
 * Without colour the highlight is marked with » « so it survives a pipe.
 */
export function detailLines(directive: Directive, doc: DocumentRecord | undefined, view: DetailView): string[] {
  return detailView(directive, doc, view).lines;
}

/** The detail lines, and which of them hold the directive's own text (the browser scrolls them into view, issue 15). */
export interface DetailLayout {
  lines: string[];
  /** First and last line showing the highlighted directive. */
  focus: { first: number; last: number };
}

export function detailView(directive: Directive, doc: DocumentRecord | undefined, view: DetailView): DetailLayout {
  const { theme } = view;
  const wrap = (segments: Segment[], width: number): Segment[][] => (view.wrap === null ? [segments] : wrapSegments(segments, Math.max(8, width)));
  const lines: string[] = [];
  /** A label and its value, continuation lines indented under the value. */
  const field = (label: string, value: string | null | undefined, paint: (text: string) => string = (text) => text): void => {
    if (value === null || value === undefined || value === '') {
      lines.push(`${theme.label(padEnd(label, LABEL_WIDTH))}${theme.dim('—')}`);
      return;
    }
    wrap(toSegments(value), (view.wrap ?? 0) - LABEL_WIDTH).forEach((line, i) => {
      const head = i === 0 ? theme.label(padEnd(label, LABEL_WIDTH)) : ' '.repeat(LABEL_WIDTH);
      lines.push(head + paint(paintSegments(line, theme.match)));
    });
  };

  // ids come from the corpus file too, which may be anyone's
  lines.push(`${paintSegments(toSegments(directive.id), theme.id)}  ${theme.force(directive.force, directive.force)}`, '');
  let segments: Segment[];
  if (doc) {
    // a bounded window: a directive in a 50 MB one-line document shows its neighbourhood, not 50 MB (issue 17)
    const context = contextAround(doc.source, directive.start, directive.end);
    segments = toSegments(doc.source.slice(context.start, context.end), [[directive.start - context.start, directive.end - context.start]]);
    if (!theme.color) segments = segments.map((s) => (s.mark ? { text: `»${s.text}«`, mark: true } : s));
    if (context.cutBefore) segments.unshift({ text: '… ' });
    if (context.cutAfter) segments.push({ text: ' …' });
  } else {
    segments = toSegments(directive.text);
  }
  const focus = { first: lines.length, last: lines.length };
  const marked = (line: Segment[]): boolean => line.some((s) => s.mark === true);
  let seen = false;
  for (const line of wrap(segments, (view.wrap ?? 0) - INDENT.length)) {
    if (!doc || marked(line)) {
      if (!seen) focus.first = lines.length;
      focus.last = lines.length;
      seen = true;
    }
    lines.push(INDENT + paintSegments(line, theme.match));
  }
  lines.push('');
  if (view.counterparts?.length) {
    // an English directive's counterpart is the binding Chinese text; a Chinese one's is its translation
    const label = doc?.language === 'zh' ? 'English' : 'original';
    view.counterparts.forEach((c, i) => field(i === 0 ? label : '', `${c.id}  ${c.force} · ${c.text}`));
    lines.push('');
  }

  field('force', directive.force);
  field('cue', directive.cue);
  field('frame', directive.reporting ? `${directive.issuer ?? '?'} · ${directive.reporting}` : null);
  field('issuer', directive.issuer);
  field('addressee', directive.addressee);
  if (directive.actions.length === 0) field('actions', null);
  directive.actions.forEach((action, i) => field(i === 0 ? 'actions' : '', `${i + 1}. ${action.verb} → ${action.object}`));
  field('purpose', directive.purpose);
  field('themes', directive.themes.join(', '));
  if (directive.confidence !== undefined) {
    field('confidence', `${directive.confidence.toFixed(2)}${directive.signals?.length ? ` (${directive.signals.join(', ')})` : ''}`);
  }
  if (doc) {
    field('document', `${doc.id}  ${doc.title ?? doc.file ?? '(untitled)'}`);
    field('', [doc.date, doc.place, doc.language, doc.file].filter((f): f is string => Boolean(f)).join(' · ') || null, theme.dim);
    for (const p of doc.participants) field('', `${p.name}${p.role ? ` (${p.role})` : ''}`, theme.dim);
  } else {
    field('document', directive.doc);
  }
  field('offsets', `${directive.start}–${directive.end} (paragraph ${directive.paragraph + 1}, sentence ${directive.sentence + 1})`, theme.dim);
  return { lines, focus };
}

/** `show`: the detail lines as one text. */
export function renderDetail(directive: Directive, doc: DocumentRecord | undefined, view: DetailView): string {
  return detailLines(directive, doc, view).join('\n');
}
