import type { Bead, SegmentFeatures } from './dp.js';
import { multisetOverlap } from './score.js';

export interface Relatedness {
  /** Share of anchors (numbers, markers, concepts) that the aligned beads share, 0–1. */
  agreement: number;
  /** The same share when each English bead is set against an unrelated Chinese one: what chance gives. */
  chance: number;
  related: boolean;
}

/** Offsets, in beads, of the chance pairings; several, so that one lucky shift does not decide. */
const SHIFTS = [7, 13, 29, 51];

/**
 * Whether two documents are a translation pair at all. The aligner always
 * finds some path, so the test is whether the path it found shares far more
 * anchors than the same beads shifted out of step do: a translation does,
 * two reports on the same topics do not (issue 16, "rather than forcing matches").
 */
export function relatedness(beads: readonly Bead[], en: readonly SegmentFeatures[], zh: readonly SegmentFeatures[], excerpt = false): Relatedness {
  const full = beads.filter((b) => b.en[1] > b.en[0] && b.zh[1] > b.zh[0]);
  if (full.length === 0) return { agreement: 0, chance: 0, related: false };
  const agreement = share(full.map((b) => [b.en, b.zh]), en, zh);
  const shifted: Array<[[number, number], [number, number]]> = [];
  if (full.length > 1) {
    for (const shift of SHIFTS) {
      full.forEach((b, k) => shifted.push([b.en, full[(k + shift) % full.length]!.zh]));
    }
  }
  const chance = shifted.length ? share(shifted, en, zh) : 0;
  // a short text (a few beads) has little to shift against; its own agreement must then carry it
  // An excerpt may match anywhere in the whole, so the programme picks the best of
  // many stretches and even an unrelated one shares more than chance: ask more of it.
  // (Translations share 0.7 and more on the work reports; unrelated reports 0.1–0.25.)
  const floor = excerpt ? 0.4 : 0.25;
  const related = agreement >= floor && agreement >= 1.8 * chance + 0.05;
  return { agreement: round(agreement), chance: round(chance), related };
}

function share(pairs: ReadonlyArray<readonly [[number, number], [number, number]]>, en: readonly SegmentFeatures[], zh: readonly SegmentFeatures[]): number {
  let shared = 0;
  let total = 0;
  for (const [[i0, i1], [j0, j1]] of pairs) {
    const strongEn = en.slice(i0, i1).flatMap((s) => s.anchors.strong);
    const strongZh = zh.slice(j0, j1).flatMap((s) => s.anchors.strong);
    const termsEn = en.slice(i0, i1).flatMap((s) => s.anchors.terms);
    const termsZh = zh.slice(j0, j1).flatMap((s) => s.anchors.terms);
    // numbers and markers count double: they rarely match by chance
    shared += 4 * multisetOverlap(strongEn, strongZh) + 2 * multisetOverlap([...new Set(termsEn)], [...new Set(termsZh)]);
    total += 2 * (strongEn.length + strongZh.length) + new Set(termsEn).size + new Set(termsZh).size;
  }
  return total === 0 ? 0 : shared / total;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
