import type { DocumentMeta } from '../model/types.js';
import type { SearchHit } from '../query/search.js';
import { sanitize } from '../render/sanitize.js';
import { displayWidth, focusSegments, toSegments } from '../render/text.js';
import type { Theme } from '../render/theme.js';
import { FORCES } from '../vocab/forces.js';

/**
 * Every line the browser shows is built here as a string already fitted to its
 * width, so Ink never has to wrap or cut anything: a CJK character is two
 * columns (string-width), and a frame's height is exactly the lines we give it.
 */

type Paint = (text: string) => string;

/** Terminal-safe text (already sanitized) and how to colour it. */
export interface Span {
  text: string;
  paint?: Paint;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Printable ASCII is one column a character: measured and cut without string-width or
// the segmenter, which cost a keystroke's frame several milliseconds over a screenful of rows.
const ASCII = /^[\x20-\x7e]*$/;
const spanWidth = (text: string): number => (ASCII.test(text) ? text.length : displayWidth(text));
const padTo = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - spanWidth(text)));

/** Cut spans to `width` columns, "…" marking a cut, and pad with spaces to exactly `width`. */
export function fitSpans(spans: readonly Span[], width: number): string {
  if (width <= 0) return '';
  let total = 0;
  for (const span of spans) {
    total += spanWidth(span.text);
    if (total > width) break;
  }
  const cut = total > width;
  let room = cut ? width - 1 : width;
  let line = '';
  for (const span of spans) {
    let kept = '';
    let whole = true;
    if (ASCII.test(span.text)) {
      kept = span.text.slice(0, room);
      whole = kept.length === span.text.length;
      room -= kept.length;
    } else {
      for (const { segment } of graphemes.segment(span.text)) {
        const w = displayWidth(segment);
        if (w > room) {
          whole = false;
          break;
        }
        kept += segment;
        room -= w;
      }
    }
    if (kept !== '') line += span.paint ? span.paint(kept) : kept;
    if (!whole) break;
  }
  if (cut) line += '…';
  return line + ' '.repeat(Math.max(0, room));
}

/** Plain (already safe) text fitted to `width`. */
export const fit = (text: string, width: number, paint?: Paint): string => fitSpans([paint ? { text, paint } : { text }], width);

const FORCE_WIDTH = Math.max(...FORCES.map((force) => force.length));
const DATE_WIDTH = 10;

/** Ranges of the hit's match in the directive text, for highlighting. */
function textRanges(hit: SearchHit): Array<[number, number]> {
  return hit.matches.filter((match) => match.field === 'text').flatMap((match) => match.ranges);
}

/** The id column fits the longest id on screen, within reason. */
export function idWidth(hits: readonly SearchHit[]): number {
  return Math.min(24, Math.max(2, ...hits.map((hit) => displayWidth(sanitize(hit.directive.id)))));
}

/** Below this confidence the parser was unsure: the row gets a dim "?" (issue 15.9). */
export const DOUBTFUL_BELOW = 0.7;
/** Narrower than this, a row shows the text first and little else (issue 15.8). */
export const ONE_COLUMN_BELOW = 60;
/** Wide enough for the document column (issue 15.5). */
const DOCUMENT_COLUMN_FROM = 72;

export interface RowOptions {
  selected: boolean;
  /** Marked with Tab for output. */
  marked?: boolean;
  /** Width of the id column. */
  ids: number;
}

/** The document, abbreviated: its title (or file, or id). */
const docLabel = (doc: DocumentMeta | undefined, fallback: string): string => sanitize(doc?.title ?? doc?.file ?? fallback);

/**
 * One result row: selection and mark, force tag (a dim "?" when doubtful),
 * id, document date and title, then the text with the search's matches
 * highlighted — shifted so a match deep in a long text is still in view. In a
 * narrow terminal the text comes first, then the force.
 */
export function listRow(hit: SearchHit, doc: DocumentMeta | undefined, width: number, theme: Theme, options: RowOptions): string {
  const { directive } = hit;
  const marker: Span = { text: `${options.selected ? '›' : ' '}${options.marked ? '+' : ' '}` };
  const doubtful: Span = directive.confidence !== undefined && directive.confidence < DOUBTFUL_BELOW ? { text: '?', paint: theme.dim } : { text: ' ' };
  const force: Span = { text: directive.force, paint: (text) => theme.force(directive.force, text) };
  const textSpans = (room: number): Span[] =>
    focusSegments(toSegments(directive.text, textRanges(hit)), room).map((segment): Span => (segment.mark ? { text: segment.text, paint: theme.match } : { text: segment.text }));
  if (width < ONE_COLUMN_BELOW) {
    const tail = ` ${directive.force}`;
    const room = Math.max(1, width - 2 - 1 - spanWidth(tail));
    const text = fitSpans(textSpans(room), room);
    return fitSpans([marker, ...spansOf(text), doubtful, { text: ' ' }, force], width);
  }
  const lead: Span[] = [marker, { ...force, text: padTo(directive.force, FORCE_WIDTH) }, doubtful, { text: ' ' }, { text: fit(sanitize(directive.id), options.ids), paint: theme.id }, { text: '  ' }];
  lead.push({ text: fit(sanitize(doc?.date ?? ''), DATE_WIDTH), paint: theme.dim }, { text: ' ' });
  if (width >= DOCUMENT_COLUMN_FROM) {
    const room = Math.min(20, Math.floor(width * 0.16));
    lead.push({ text: fit(docLabel(doc, directive.doc), room), paint: theme.dim }, { text: ' ' });
  }
  const leadWidth = lead.reduce((sum, span) => sum + spanWidth(span.text), 0);
  return fitSpans([...lead, ...textSpans(Math.max(0, width - leadWidth))], width);
}

/** An already-fitted (and painted) piece as a span; its width is its display width. */
const spansOf = (text: string): Span[] => [{ text }];
