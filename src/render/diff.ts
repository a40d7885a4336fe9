import type { Directive, DocumentMeta } from '../model/types.js';
import { CHANGE_KINDS, type ChangeKind, type DiffEntry, type DiffResult } from '../query/diff/types.js';
import { paragraphAround } from './detail.js';
import { renderTextChanges } from './diff-text.js';
import { sanitize } from './sanitize.js';
import { renderTsv } from './delimited.js';
import { wrapSegments } from './text.js';
import type { Theme } from './theme.js';

/** A side of the comparison as the report names it. */
export interface DiffSide {
  meta: Pick<DocumentMeta, 'id' | 'title' | 'date' | 'file'>;
  /** The full text, for `--context`; null when not at hand. */
  source: string | null;
}

export interface DiffView {
  theme: Theme;
  width: number;
  /** Kinds to list; the summary line always counts every kind. */
  only: ReadonlySet<ChangeKind>;
  context: boolean;
}

const HEADINGS: Record<ChangeKind, string> = {
  added: 'Added (only in B)',
  dropped: 'Dropped (only in A)',
  strengthened: 'Strengthened',
  weakened: 'Weakened',
  reworded: 'Reworded',
  moved: 'Moved',
  same: 'Same',
};

/** Below this share of matched directives the report says plainly that the two texts hardly correspond. */
export const FEW_MATCHES = 0.2;

export function matchedShare(result: DiffResult): number {
  const matched = result.entries.filter((e) => e.a && e.b).length;
  const smaller = Math.min(result.sizes.a, result.sizes.b);
  return smaller === 0 ? 0 : matched / smaller;
}

export function summaryLine(result: DiffResult): string {
  return CHANGE_KINDS.map((kind) => `${result.counts[kind]} ${kind}`).join(' · ');
}

function sideLine(label: string, side: DiffSide, count: number): string {
  const { id, title, date, file } = side.meta;
  const name = title ?? file ?? id;
  return `${label}: ${sanitize(name)} (${sanitize(id)}${date ? `, ${sanitize(date)}` : ''}, ${count} directive${count === 1 ? '' : 's'})`;
}

const forceChange = (e: DiffEntry): string =>
  e.a && e.b && e.a.force !== e.b.force ? `${e.a.force} → ${e.b.force}${e.a.cue !== e.b.cue ? `  (“${sanitize(e.a.cue ?? '—')}” → “${sanitize(e.b.cue ?? '—')}”)` : ''}` : '';

/** Plain text wrapped under an indent. */
function wrapped(text: string, width: number, indent: string): string[] {
  return wrapSegments([{ text: sanitize(text) }], Math.max(20, width - indent.length)).map((line) => indent + line.map((s) => s.text).join(''));
}

function entryLines(e: DiffEntry, view: DiffView, sides: { a: DiffSide; b: DiffSide }): string[] {
  const { theme, width } = view;
  const indent = '    ';
  const ids = [e.a ? theme.id(sanitize(e.a.id)) : '', e.b ? theme.id(sanitize(e.b.id)) : ''].filter(Boolean).join(' → ');
  const shown: Directive = (e.b ?? e.a)!;
  const extras = [forceChange(e), e.moved ? `paragraph ${e.a!.paragraph + 1} → ${e.b!.paragraph + 1}` : '', e.reworded && e.kind !== 'reworded' ? 'reworded' : '']
    .filter(Boolean)
    .join(' · ');
  const lines = [`  ${ids}  ${theme.force(shown.force, shown.force)}${extras ? `  ${theme.dim(extras)}` : ''}`];
  if (e.changes) lines.push(...renderTextChanges(e.changes, theme, Math.max(20, width - indent.length)).map((l) => indent + l));
  else lines.push(...wrapped(shown.text, width, indent));
  if (view.context) {
    const side = e.b ? sides.b : sides.a;
    if (side.source !== null) {
      const { start, end } = paragraphAround(side.source, shown.start, shown.end);
      lines.push(...wrapped(side.source.slice(start, end), width, `${indent}│ `).map((l) => theme.dim(l)));
    }
  }
  return lines;
}

/** For people: who is compared, the counts, a plain warning when little corresponds, then each kind's entries. */
export function renderDiffReport(result: DiffResult, sides: { a: DiffSide; b: DiffSide }, view: DiffView): string {
  const { theme } = view;
  const lines = [sideLine('A', sides.a, result.sizes.a), sideLine('B', sides.b, result.sizes.b), theme.label(summaryLine(result))];
  const share = matchedShare(result);
  if (result.sizes.a > 0 && result.sizes.b > 0 && share < FEW_MATCHES) {
    lines.push(theme.dim(`Only ${Math.round(share * 100)}% of directives correspond: these read as different texts, not two versions of one.`));
  }
  for (const kind of CHANGE_KINDS) {
    if (!view.only.has(kind)) continue;
    const entries = result.entries.filter((e) => e.kind === kind);
    if (entries.length === 0) continue;
    lines.push('', theme.header(`${HEADINGS[kind]}: ${entries.length}`));
    for (const entry of entries) lines.push(...entryLines(entry, view, sides));
  }
  return lines.join('\n');
}

/** One flat record per entry: what `--json`/`--ndjson` print and TSV's columns come from. */
export function diffRecord(e: DiffEntry): Record<string, unknown> {
  return {
    kind: e.kind,
    a: e.a?.id ?? null,
    b: e.b?.id ?? null,
    forceA: e.a?.force ?? null,
    forceB: e.b?.force ?? null,
    cueA: e.a?.cue ?? null,
    cueB: e.b?.cue ?? null,
    similarity: e.similarity === null ? null : Math.round(e.similarity * 1000) / 1000,
    reworded: e.reworded,
    moved: e.moved,
    paragraphA: e.a?.paragraph ?? null,
    paragraphB: e.b?.paragraph ?? null,
    textA: e.a?.text ?? null,
    textB: e.b?.text ?? null,
    changes: e.changes,
  };
}

/** For scripts: kind, A id, B id, A force, B force, similarity, text (B's, else A's); no header. */
export function renderDiffTsv(entries: readonly DiffEntry[]): string {
  return renderTsv(
    entries.map((e) => [e.kind, e.a?.id ?? '', e.b?.id ?? '', e.a?.force ?? '', e.b?.force ?? '', e.similarity === null ? '' : e.similarity.toFixed(3), (e.b ?? e.a)!.text]),
  );
}

/** What a directive's series says about it: its counterpart in the previous document, and how it changed (issue 12, item 3). */
export interface PreviousComparison {
  previous: Pick<DocumentMeta, 'id' | 'title' | 'date' | 'file'> | null;
  entry: DiffEntry | null;
}

/**
 * The browser's comparison (`p`): the previous document of the directive's
 * series, then whether the directive was there, and how its text and force
 * changed — the very entry `directives diff previous current` lists.
 */
export function previousLines(comparison: PreviousComparison, theme: Theme, width: number): string[] {
  const indent = '    ';
  const { previous, entry } = comparison;
  if (previous === null) return [theme.label('previous'), `${indent}${theme.dim('no earlier document of the same issuer or event (with a known date)')}`];
  const lines = [`${theme.label('previous')}  ${theme.id(sanitize(previous.id))}  ${sanitize(previous.date ?? '')}  ${sanitize(previous.title ?? previous.file ?? '')}`];
  if (entry === null || entry.kind === 'added' || entry.a === null) {
    lines.push(`${indent}${theme.dim('added: no counterpart there')}`);
    return lines;
  }
  const extras = [forceChange(entry), entry.moved ? `paragraph ${entry.a.paragraph + 1} → ${entry.b!.paragraph + 1}` : ''].filter(Boolean).join(' · ');
  lines.push(`${indent}${theme.label(entry.kind)}  ${theme.id(sanitize(entry.a.id))}${extras ? `  ${theme.dim(extras)}` : ''}`);
  if (entry.changes) lines.push(...renderTextChanges(entry.changes, theme, Math.max(20, width - indent.length)).map((l) => indent + l));
  else lines.push(...wrapped(entry.a.text, width, indent));
  return lines;
}
