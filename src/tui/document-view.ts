import type { Directive, DocumentRecord } from '../model/types.js';
import { sanitize } from '../render/sanitize.js';
import { paintSegments, wrapSegments, type Segment } from '../render/text.js';
import type { Theme } from '../render/theme.js';

/** The whole document, wrapped, and the lines the current directive covers. */
export interface DocumentLayout {
  lines: string[];
  focus: { first: number; last: number };
}

/**
 * The document view (issue 15.5): every paragraph of the source with every
 * directive in it marked — the current one »highlighted«, the others ‹…› —
 * so the marks read without colour too. `current` indexes `directives` in
 * document order; n / N move it.
 */
export function documentLayout(doc: DocumentRecord, directives: readonly Directive[], current: number, theme: Theme, width: number): DocumentLayout {
  const ordered = [...directives].sort((a, b) => a.start - b.start);
  const lines: string[] = [theme.header(sanitize(`${doc.title ?? doc.file ?? doc.id}${doc.date ? ` · ${doc.date}` : ''}`)), ''];
  const focus = { first: -1, last: -1 };
  let offset = 0;
  for (const paragraph of doc.source.split('\n')) {
    const start = offset;
    const end = start + paragraph.length;
    offset = end + 1;
    const segments: Segment[] = [];
    let at = start;
    ordered.forEach((directive, index) => {
      if (directive.end <= start || directive.start >= end || directive.start < at) return;
      if (directive.start > at) segments.push({ text: sanitize(doc.source.slice(at, directive.start)) });
      const stop = Math.min(directive.end, end);
      const text = sanitize(doc.source.slice(directive.start, stop));
      segments.push(index === current ? { text: `»${text}«`, mark: true } : { text: `‹${text}›` });
      at = stop;
    });
    if (at < end) segments.push({ text: sanitize(doc.source.slice(at, end)) });
    if (segments.length === 0) {
      lines.push('');
      continue;
    }
    for (const line of wrapSegments(segments, Math.max(8, width - 1))) {
      if (line.some((segment) => segment.mark)) {
        if (focus.first === -1) focus.first = lines.length;
        focus.last = lines.length;
      }
      lines.push(` ${paintSegments(line, theme.match)}`);
    }
  }
  return { lines, focus: focus.first === -1 ? { first: 0, last: 0 } : focus };
}
