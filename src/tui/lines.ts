import type { DocumentMeta } from '../model/types.js';
import type { SearchHit } from '../query/search.js';
import { sanitize } from '../render/sanitize.js';
import { displayWidth, focusSegments, padEnd, toSegments } from '../render/text.js';
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

/** Cut spans to `width` columns, "…" marking a cut, and pad with spaces to exactly `width`. */
export function fitSpans(spans: readonly Span[], width: number): string {
  if (width <= 0) return '';
  const total = spans.reduce((sum, span) => sum + displayWidth(span.text), 0);
  const cut = total > width;
  let room = cut ? width - 1 : width;
  let line = '';
  for (const span of spans) {
    let kept = '';
    let whole = true;
    for (const { segment } of graphemes.segment(span.text)) {
      const w = displayWidth(segment);
      if (w > room) {
        whole = false;
        break;
      }
      kept += segment;
      room -= w;
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

/**
 * One result row: selection marker, force tag, id (its document id and
 * number), document date, then the text with the search's matches
 * highlighted — shifted so a match deep in a long text is still in view.
 */
export function listRow(hit: SearchHit, doc: DocumentMeta | undefined, width: number, theme: Theme, selected: boolean, ids: number): string {
  const { directive } = hit;
  const lead: Span[] = [
    { text: selected ? '› ' : '  ' },
    { text: padEnd(directive.force, FORCE_WIDTH), paint: (text) => theme.force(directive.force, text) },
    { text: '  ' },
    { text: padEnd(fit(sanitize(directive.id), ids).trimEnd(), ids), paint: theme.id },
    { text: '  ' },
    { text: padEnd(fit(sanitize(doc?.date ?? ''), DATE_WIDTH).trimEnd(), DATE_WIDTH), paint: theme.dim },
    { text: '  ' },
  ];
  const leadWidth = lead.reduce((sum, span) => sum + displayWidth(span.text), 0);
  const room = Math.max(0, width - leadWidth);
  const text = focusSegments(toSegments(directive.text, textRanges(hit)), room).map((segment): Span => (segment.mark ? { text: segment.text, paint: theme.match } : { text: segment.text }));
  return fitSpans([...lead, ...text], width);
}
