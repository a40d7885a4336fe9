import type { Directive, DocumentRecord } from '../model/types.js';
import type { Force } from '../vocab/forces.js';
import { displayWidth, padEnd, toSegments, wrapSegments, type Segment } from './text.js';
import type { Theme } from './theme.js';

export interface DocumentTextView {
  theme: Theme;
  /** Wrap the text to this many columns (margin included); null leaves paragraphs whole (piped output). */
  wrap: number | null;
}

/** A paragraph of the source: its offsets, as paragraphAround (render/detail.ts) cuts them. */
interface Block {
  start: number;
  end: number;
}

function blocks(source: string): Block[] {
  const out: Block[] = [];
  let start = 0;
  for (;;) {
    const end = source.indexOf('\n', start);
    out.push({ start, end: end === -1 ? source.length : end });
    if (end === -1) return out;
    start = end + 1;
  }
}

/** One paragraph as segments, each directive's span marked and tagged with its force. */
function paragraphSegments(source: string, block: Block, directives: readonly Directive[], theme: Theme): Segment[] {
  const segments: Segment[] = [];
  let at = block.start;
  for (const d of directives) {
    const start = Math.max(d.start, at);
    const end = Math.min(d.end, block.end);
    if (end <= start) continue;
    if (start > at) segments.push(...toSegments(source.slice(at, start)));
    const text = toSegments(source.slice(start, end)).map((s) => s.text).join('');
    // without colour the span is marked with » « so it survives a pipe, as `show` does
    segments.push({ text: theme.color ? text : `»${text}«`, mark: true, tag: d.force });
    at = end;
  }
  if (at < block.end) segments.push(...toSegments(source.slice(at, block.end)));
  return segments;
}

/**
 * `directives doc ID`: the whole document, its directives marked in place in
 * their force's colour, and each directive's id in the left margin beside the
 * paragraph it starts in (issue 14).
 */
export function renderDocumentText(doc: DocumentRecord, directives: readonly Directive[], view: DocumentTextView): string {
  const { theme } = view;
  const sorted = [...directives].sort((a, b) => a.start - b.start);
  const margin = Math.max(0, ...sorted.map((d) => displayWidth(d.id))) + 2;
  const lines: string[] = [];
  const title = toSegments(doc.title ?? doc.file ?? doc.id).map((s) => s.text).join('');
  lines.push(theme.label(title));
  const about = [doc.id, doc.date, doc.place, doc.language, `${directives.length} directive${directives.length === 1 ? '' : 's'}`].filter((f): f is string => Boolean(f));
  lines.push(theme.dim(toSegments(about.join(' · ')).map((s) => s.text).join('')), '');
  for (const block of blocks(doc.source)) {
    const inside = sorted.filter((d) => d.end > block.start && d.start < block.end);
    const starting = sorted.filter((d) => d.start >= block.start && d.start <= block.end);
    const segments = paragraphSegments(doc.source, block, inside, theme);
    const text = view.wrap === null ? [segments] : wrapSegments(segments, Math.max(20, view.wrap - margin));
    const rows = Math.max(text.length, starting.length);
    for (let i = 0; i < rows; i++) {
      const d = starting[i];
      const id = d ? theme.force(d.force, padEnd(toSegments(d.id).map((s) => s.text).join(''), margin - 2)) : ' '.repeat(margin - 2);
      const body = (text[i] ?? []).map((s) => (s.mark ? theme.force(s.tag as Force, s.text) : s.text)).join('');
      lines.push(`${margin > 2 ? `${id}  ` : ''}${body}`.trimEnd());
    }
  }
  return lines.join('\n');
}
