/** One line of `add` progress: files, directives, rate and time left (issue 5). */
export interface Progress {
  files: number;
  totalFiles: number;
  directives: number;
  elapsedMs: number;
  /** What `files` counts (default "files"; `migrate` counts documents). */
  unit?: string;
}

const number = (n: number): string => n.toLocaleString('en-US');

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/** A bar that fits `width` columns, e.g. `[######----] 12/40 files · 3,456 directives · 2,300/s · ETA 9s`. */
export function renderProgress(p: Progress, width: number): string {
  const rate = p.elapsedMs > 0 ? (p.directives / p.elapsedMs) * 1000 : 0;
  const fraction = p.totalFiles > 0 ? p.files / p.totalFiles : 0;
  const eta = p.files > 0 && p.files < p.totalFiles ? ` · ETA ${duration((p.elapsedMs / p.files) * (p.totalFiles - p.files))}` : '';
  const text = ` ${number(p.files)}/${number(p.totalFiles)} ${p.unit ?? 'files'} · ${number(p.directives)} directives · ${number(Math.round(rate))}/s${eta}`;
  const barWidth = Math.max(0, Math.min(30, width - text.length - 3));
  const filled = Math.round(barWidth * fraction);
  const bar = barWidth > 0 ? `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]` : '';
  return `${bar}${text}`.slice(0, Math.max(0, width - 1));
}

/** The one-line summary printed when `add` ends (and the only output when piped). */
export function renderAddSummary(s: { added: number; skipped: number; directives: number; elapsedMs: number; corpus: string }): string {
  const rate = s.elapsedMs > 0 ? Math.round((s.directives / s.elapsedMs) * 1000) : 0;
  const skipped = s.skipped > 0 ? `, ${number(s.skipped)} already present` : '';
  if (s.added === 0) return `nothing to add: ${number(s.skipped)} text${s.skipped === 1 ? ' is' : 's are'} already in ${s.corpus}`;
  return `added ${number(s.added)} document${s.added === 1 ? '' : 's'} (${number(s.directives)} directives${skipped}) to ${s.corpus} in ${(s.elapsedMs / 1000).toFixed(1)}s, ${number(rate)} directives/s`;
}
