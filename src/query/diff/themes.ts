import { forceStrength as forceLevel } from '../../vocab/forces.js';
import type { Directive } from '../../model/types.js';
import type { DiffEntry, DiffResult } from './types.js';

/** How one theme fared between A and B (`diff --by theme`). */
export interface ThemeChange {
  /** null: directives without a theme. */
  theme: string | null;
  a: number;
  b: number;
  added: number;
  dropped: number;
  strengthened: number;
  weakened: number;
  /** Mean force level (vocab/forces.ts) of the theme's directives on each side; null when it has none there. */
  levelA: number | null;
  levelB: number | null;
}

const themesOf = (d: Directive): Array<string | null> => (d.themes.length ? [...new Set(d.themes)] : [null]);

/** Themes that gained or lost most first (by |b − a|, then by changes of force), then by name. */
export function themeSummary(result: DiffResult): ThemeChange[] {
  const rows = new Map<string | null, ThemeChange & { sumA: number; sumB: number }>();
  const row = (theme: string | null) => {
    let r = rows.get(theme);
    if (!r) {
      r = { theme, a: 0, b: 0, added: 0, dropped: 0, strengthened: 0, weakened: 0, levelA: null, levelB: null, sumA: 0, sumB: 0 };
      rows.set(theme, r);
    }
    return r;
  };
  const count = (entry: DiffEntry): void => {
    if (entry.a) {
      for (const theme of themesOf(entry.a)) {
        const r = row(theme);
        r.a++;
        r.sumA += forceLevel(entry.a.force);
        if (entry.kind === 'dropped') r.dropped++;
      }
    }
    if (entry.b) {
      for (const theme of themesOf(entry.b)) {
        const r = row(theme);
        r.b++;
        r.sumB += forceLevel(entry.b.force);
        if (entry.kind === 'added') r.added++;
        if (entry.forceDelta > 0) r.strengthened++;
        if (entry.forceDelta < 0) r.weakened++;
      }
    }
  };
  result.entries.forEach(count);
  return [...rows.values()]
    .map(({ sumA, sumB, ...r }) => ({ ...r, levelA: r.a ? sumA / r.a : null, levelB: r.b ? sumB / r.b : null }))
    .sort(
      (x, y) =>
        Math.abs(y.b - y.a) - Math.abs(x.b - x.a) ||
        y.strengthened + y.weakened - (x.strengthened + x.weakened) ||
        (x.theme === null ? 1 : y.theme === null ? -1 : x.theme.localeCompare(y.theme, 'en')),
    );
}
