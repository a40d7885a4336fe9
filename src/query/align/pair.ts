import type { Directive, Language } from '../../model/types.js';
import { anchorsOf } from './anchors.js';
import { multisetOverlap } from './score.js';
import type { Bead } from './dp.js';
import { segmentAt, type Segment } from './segments.js';

/** Directives of one side that fall in one block of beads, with their place in it (0–1). */
interface Placed {
  directive: Directive;
  from: number;
  to: number;
  /** Numbers, markers and concepts of the directive's own text. */
  anchors: string[];
}

/** English directives paired with the Chinese ones they translate; either side may be empty. */
export interface DirectiveGroup {
  en: Directive[];
  zh: Directive[];
  /** Index of the first bead of the block the pair comes from. */
  block: number;
  /** How well the directives' places in their block agree, 0–1. */
  overlap: number;
}

export interface Side {
  language: Language;
  segments: readonly Segment[];
  directives: readonly Directive[];
}

/**
 * Beads joined where a directive runs from one into the next (a sentence
 * broken over lines on one side only): the directives of a block are paired
 * among themselves. Returns the first bead index of each block.
 */
export function blocksOf(beads: readonly Bead[], en: Side, zh: Side): number[] {
  const beadOfEn = beadIndex(beads, en.segments.length, (b) => b.en);
  const beadOfZh = beadIndex(beads, zh.segments.length, (b) => b.zh);
  const joined = new Uint8Array(beads.length);
  const join = (side: Side, beadOf: Int32Array): void => {
    for (const d of side.directives) {
      const first = beadOf[Math.max(0, segmentAt(side.segments, d.start))] ?? 0;
      const last = beadOf[Math.max(0, segmentAt(side.segments, Math.max(d.start, d.end - 1)))] ?? first;
      for (let b = first; b < last; b++) joined[b] = 1;
    }
  };
  join(en, beadOfEn);
  join(zh, beadOfZh);
  const starts = [0];
  for (let b = 0; b + 1 < beads.length; b++) if (joined[b] === 0) starts.push(b + 1);
  return beads.length === 0 ? [] : starts;
}

function beadIndex(beads: readonly Bead[], count: number, range: (bead: Bead) => [number, number]): Int32Array {
  const index = new Int32Array(count);
  beads.forEach((bead, b) => {
    const [from, to] = range(bead);
    for (let s = from; s < to; s++) index[s] = b;
  });
  return index;
}

/** Pair the directives of every block: a monotone alignment of their places (one-to-one, one-to-many, or none). */
export function pairDirectives(beads: readonly Bead[], blockStarts: readonly number[], en: Side, zh: Side): DirectiveGroup[] {
  const groups: DirectiveGroup[] = [];
  const enByBlock = placeByBlock(beads, blockStarts, en, (b) => b.en);
  const zhByBlock = placeByBlock(beads, blockStarts, zh, (b) => b.zh);
  blockStarts.forEach((start, k) => {
    const e = enByBlock[k] ?? [];
    const z = zhByBlock[k] ?? [];
    for (const group of alignPlaces(e, z)) groups.push({ ...group, block: start });
  });
  return groups;
}

function placeByBlock(beads: readonly Bead[], blockStarts: readonly number[], side: Side, range: (bead: Bead) => [number, number]): Placed[][] {
  const out: Placed[][] = blockStarts.map(() => []);
  // each block's text span on this side, from its first segment's start to its last segment's end
  const spans = blockStarts.map((start, k) => {
    const end = blockStarts[k + 1] ?? beads.length;
    let from = Infinity;
    let to = -Infinity;
    for (let b = start; b < end; b++) {
      const [s0, s1] = range(beads[b]!);
      if (s1 > s0) {
        from = Math.min(from, side.segments[s0]!.start);
        to = Math.max(to, side.segments[s1 - 1]!.end);
      }
    }
    return { from, to };
  });
  const blockOfSegment = new Int32Array(side.segments.length);
  blockStarts.forEach((start, k) => {
    const end = blockStarts[k + 1] ?? beads.length;
    for (let b = start; b < end; b++) {
      const [s0, s1] = range(beads[b]!);
      for (let s = s0; s < s1; s++) blockOfSegment[s] = k;
    }
  });
  for (const directive of side.directives) {
    const k = blockOfSegment[Math.max(0, segmentAt(side.segments, directive.start))] ?? 0;
    const span = spans[k]!;
    const size = Math.max(1, span.to - span.from);
    const clamp = (x: number): number => Math.min(1, Math.max(0, (x - span.from) / size));
    out[k]!.push({ directive, from: clamp(directive.start), to: clamp(directive.end), anchors: directiveAnchors(directive.text, side.language) });
  }
  return out;
}

/** Group shapes [English, Chinese] and what choosing one costs beyond the misfit of places. */
const SHAPES = [
  { en: 1, zh: 1, penalty: 0 },
  { en: 1, zh: 2, penalty: 0.15 },
  { en: 2, zh: 1, penalty: 0.15 },
  { en: 1, zh: 3, penalty: 0.3 },
  { en: 3, zh: 1, penalty: 0.3 },
  { en: 1, zh: 0, penalty: 0.6 },
  { en: 0, zh: 1, penalty: 0.6 },
] as const;

type Group = Omit<DirectiveGroup, 'block'>;

function alignPlaces(en: readonly Placed[], zh: readonly Placed[]): Group[] {
  if (en.length === 0 || zh.length === 0) {
    return [...en.map((p) => ({ en: [p.directive], zh: [], overlap: 0 })), ...zh.map((p) => ({ en: [], zh: [p.directive], overlap: 0 }))];
  }
  const n = en.length;
  const m = zh.length;
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const back: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-1));
  cost[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      for (let s = 0; s < SHAPES.length; s++) {
        const shape = SHAPES[s]!;
        const pi = i - shape.en;
        const pj = j - shape.zh;
        if (pi < 0 || pj < 0 || cost[pi]![pj] === Infinity) continue;
        const misfit = shape.en > 0 && shape.zh > 0 ? 1 - fitOf(en.slice(pi, i), zh.slice(pj, j)) : 0;
        const total = cost[pi]![pj]! + misfit + shape.penalty;
        if (total < cost[i]![j]!) {
          cost[i]![j] = total;
          back[i]![j] = s;
        }
      }
    }
  }
  const groups: Group[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const shape = SHAPES[back[i]![j]!]!;
    const e = en.slice(i - shape.en, i);
    const z = zh.slice(j - shape.zh, j);
    groups.push({ en: e.map((p) => p.directive), zh: z.map((p) => p.directive), overlap: e.length && z.length ? overlapOf(e, z) : 0 });
    i -= shape.en;
    j -= shape.zh;
  }
  return groups.reverse();
}

/**
 * How well two runs of directives fit as translations, 0–1: their places in
 * the block, helped where the places are unsure by the anchors their texts
 * share and by the head directives carrying the same force (必须 ↔ must).
 */
function fitOf(en: readonly Placed[], zh: readonly Placed[]): number {
  const a = en.flatMap((p) => p.anchors);
  const b = zh.flatMap((p) => p.anchors);
  const shared = a.length + b.length === 0 ? 0 : (2 * multisetOverlap(a, b)) / (a.length + b.length);
  const sameForce = en[0]!.directive.force === zh[0]!.directive.force ? 1 : 0;
  return Math.min(1, overlapOf(en, zh) + 0.2 * shared + 0.1 * sameForce);
}

function directiveAnchors(text: string, language: Language): string[] {
  const anchors = anchorsOf(text, language);
  return [...anchors.strong, ...anchors.terms.map((t) => `t${t}`)];
}

/** Intersection over union of the places two runs of directives cover in their block. */
function overlapOf(en: readonly Placed[], zh: readonly Placed[]): number {
  const a0 = en[0]!.from;
  const a1 = en[en.length - 1]!.to;
  const b0 = zh[0]!.from;
  const b1 = zh[zh.length - 1]!.to;
  const inter = Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
  const union = Math.max(a1, b1) - Math.min(a0, b0);
  return union <= 0 ? 1 : inter / union;
}
