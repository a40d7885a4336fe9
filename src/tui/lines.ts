import type { Directive, DocumentMeta, DocumentRecord } from '../model/types.js';
import type { SearchHit } from '../query/search.js';
import { paragraphAround } from '../render/detail.js';
import { sanitize } from '../render/sanitize.js';
import { displayWidth, focusSegments, padEnd, paintSegments, toSegments, wrapSegments, type Segment } from '../render/text.js';
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

const LABEL_WIDTH = 10;

/** A label and a value wrapped beside it, continuation lines indented under the value. */
function field(label: string, segments: readonly Segment[] | null, width: number, theme: Theme, paint: Paint = (text) => text): string[] {
  const room = Math.max(8, width - LABEL_WIDTH);
  const lines = segments === null ? [[{ text: '—' }]] : wrapSegments(segments, room);
  return lines.map((line, i) => {
    const head = i === 0 ? theme.label(padEnd(label, LABEL_WIDTH)) : ' '.repeat(LABEL_WIDTH);
    return head + (segments === null ? theme.dim('—') : paint(paintSegments(line, theme.match)));
  });
}

const plain = (text: string | null | undefined): Segment[] | null => (text === null || text === undefined || text === '' ? null : toSegments(text));

/**
 * The detail pane: the directive highlighted inside its source paragraph (the
 * same paragraph `show` prints, found with its paragraphAround), then its
 * fields, actions, purpose and document — every line wrapped to `width`.
 */
export function detailLines(directive: Directive, doc: DocumentRecord | undefined, width: number, theme: Theme): string[] {
  const w = Math.max(12, width);
  const lines: string[] = [fitSpans([{ text: sanitize(directive.id), paint: theme.id }, { text: '  ' }, { text: directive.force, paint: (text) => theme.force(directive.force, text) }], w).trimEnd(), ''];
  if (doc) {
    const paragraph = paragraphAround(doc.source, directive.start, directive.end);
    const raw = doc.source.slice(paragraph.start, paragraph.end);
    let segments = toSegments(raw, [[directive.start - paragraph.start, directive.end - paragraph.start]]);
    // Without colour the highlight must still show: mark it as `show` does.
    if (!theme.color) segments = segments.map((s) => (s.mark ? { text: `»${s.text}«` } : s));
    for (const line of wrapSegments(segments, w - 2)) lines.push(`  ${paintSegments(line, theme.match)}`);
  } else {
    for (const line of wrapSegments(toSegments(directive.text), w - 2)) lines.push(`  ${paintSegments(line, theme.match)}`);
  }
  lines.push('');
  lines.push(...field('cue', plain(directive.cue), w, theme));
  lines.push(...field('frame', directive.reporting ? toSegments(`${directive.issuer ?? '?'} · ${directive.reporting}`) : null, w, theme));
  lines.push(...field('addressee', plain(directive.addressee), w, theme));
  if (directive.actions.length === 0) lines.push(...field('actions', null, w, theme));
  directive.actions.forEach((action, i) => {
    lines.push(...field(i === 0 ? 'actions' : '', toSegments(`${i + 1}. ${action.verb} → ${action.object}`), w, theme));
  });
  lines.push(...field('purpose', plain(directive.purpose), w, theme));
  lines.push(...field('themes', plain(directive.themes.join(', ')), w, theme));
  if (doc) {
    lines.push(...field('document', toSegments(`${doc.id}  ${doc.title ?? doc.file ?? '(untitled)'}`), w, theme));
    const facts = [doc.date, doc.place, doc.language, doc.file].filter((fact): fact is string => Boolean(fact)).join(' · ');
    if (facts) lines.push(...field('', toSegments(facts), w, theme, theme.dim));
  } else {
    lines.push(...field('document', toSegments(directive.doc), w, theme));
  }
  lines.push(...field('offsets', toSegments(`${directive.start}–${directive.end} (paragraph ${directive.paragraph + 1}, sentence ${directive.sentence + 1})`), w, theme, theme.dim));
  return lines;
}
