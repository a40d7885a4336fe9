const number = (n: number): string => n.toLocaleString('en-US');

/** The one-line summary printed when `add` ends (and the only output when piped). */
export function renderAddSummary(s: { added: number; skipped: number; unreadable?: number; directives: number; elapsedMs: number; corpus: string }): string {
  const rate = s.elapsedMs > 0 ? Math.round((s.directives / s.elapsedMs) * 1000) : 0;
  const skipped = s.skipped > 0 ? `, ${number(s.skipped)} already present` : '';
  // the inputs that could not be read were listed one per line on stderr as they were met
  const unreadable = s.unreadable ? `; skipped ${number(s.unreadable)} input${s.unreadable === 1 ? '' : 's'} that could not be read` : '';
  if (s.added === 0) return `nothing to add: ${number(s.skipped)} text${s.skipped === 1 ? ' is' : 's are'} already in ${s.corpus}${unreadable}`;
  return `added ${number(s.added)} document${s.added === 1 ? '' : 's'} (${number(s.directives)} directives${skipped}) to ${s.corpus} in ${(s.elapsedMs / 1000).toFixed(1)}s, ${number(rate)} directives/s${unreadable}`;
}
