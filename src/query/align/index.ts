import type { Directive, DocumentRecord } from '../../model/types.js';
import type { Force } from '../../vocab/forces.js';
import { anchorsOf } from './anchors.js';
import { alignSegments, type Bead, type FreeEnds, type SegmentFeatures } from './dp.js';
import { blocksOf, pairDirectives } from './pair.js';
import { relatedness, type Relatedness } from './related.js';
import { lengthDelta, type LengthModel } from './score.js';
import { segmentDocument, type Segment } from './segments.js';

/** A parsed document as align reads it. */
export interface AlignInput {
  document: Pick<DocumentRecord, 'id' | 'language' | 'source'>;
  directives: readonly Directive[];
}

/** An English directive (or run of them) and the Chinese one(s) it translates; an unpaired directive has an empty other side. */
export interface AlignedPair {
  en: Directive[];
  zh: Directive[];
  /** [English force, Chinese force]; null on a side with no directive (the strongest of several). */
  force: [Force | null, Force | null];
  /** How sure the aligner is that these translate each other, 0–1; 0 for an unpaired directive. */
  confidence: number;
  /** Unpaired because it lies outside the stretch an excerpt translates, not because a translator left it out. */
  outside?: true;
}

export interface Alignment {
  pairs: AlignedPair[];
  /** "unrelated": most directives found no counterpart and the texts share too little to be a translation pair. */
  verdict: 'translation' | 'unrelated';
  relatedness: Relatedness;
  /** One document was taken for an excerpt of the other. */
  excerpt: boolean;
  /** Segment beads, for diagnostics and the report's summary. */
  segments: { en: number; zh: number; beads: number };
}

/** Pairs below this confidence are reported unpaired rather than forced. */
export const MIN_CONFIDENCE = 0.2;

/** Align an English translation with its Chinese original, directive by directive (issue 16). */
export function alignDocuments(en: AlignInput, zh: AlignInput): Alignment {
  const enSegments = segmentDocument(en.document.source, 'en');
  const zhSegments = segmentDocument(zh.document.source, 'zh');
  const enFeatures = features(en.document.source, enSegments, 'en');
  const zhFeatures = features(zh.document.source, zhSegments, 'zh');
  const { beads, excerpt } = alignWithModel(enFeatures, zhFeatures);
  const related = relatedness(beads, enFeatures, zhFeatures, excerpt);
  const enSide = { language: 'en' as const, segments: enSegments, directives: en.directives };
  const zhSide = { language: 'zh' as const, segments: zhSegments, directives: zh.directives };
  const blocks = blocksOf(beads, enSide, zhSide);
  const groups = pairDirectives(beads, blocks, enSide, zhSide);
  const blockEnd = new Map(blocks.map((start, k) => [start, blocks[k + 1] ?? beads.length]));
  const full = (b: Bead): boolean => b.en[1] > b.en[0] && b.zh[1] > b.zh[0];
  const firstFull = beads.findIndex(full);
  const lastFull = beads.length - 1 - [...beads].reverse().findIndex(full);
  const pairs: AlignedPair[] = [];
  for (const group of groups) {
    if (group.en.length === 0 || group.zh.length === 0) {
      const outside = excerpt && (firstFull === -1 || group.block < firstFull || group.block > lastFull);
      pairs.push(outside ? { ...unpaired(group.en, group.zh), outside: true } : unpaired(group.en, group.zh));
      continue;
    }
    const confidence = related.related ? pairConfidence(beads.slice(group.block, blockEnd.get(group.block)), group.overlap) : 0;
    if (confidence < MIN_CONFIDENCE) {
      for (const d of group.en) pairs.push(unpaired([d], []));
      for (const d of group.zh) pairs.push(unpaired([], [d]));
      continue;
    }
    pairs.push({ en: group.en, zh: group.zh, force: [headForce(group.en), headForce(group.zh)], confidence: round(confidence) });
  }
  return {
    pairs,
    verdict: related.related ? 'translation' : 'unrelated',
    relatedness: related,
    excerpt,
    segments: { en: enSegments.length, zh: zhSegments.length, beads: beads.length },
  };
}

function features(source: string, segments: readonly Segment[], language: 'en' | 'zh'): SegmentFeatures[] {
  return segments.map((s) => ({ length: s.length, heading: s.heading, anchors: anchorsOf(source.slice(s.start, s.end), language) }));
}

/**
 * English letters per Chinese character in translated government prose (the
 * parallel work reports give 4.3–4.9): the length ratio to expect when the
 * documents' totals cannot say, because one is an excerpt of the other.
 */
const EXPECTED_RATIO = 4.5;

/**
 * Align in two passes: the first with the overall length ratio and a broad
 * variance, the second with the ratio and variance its one-to-one beads
 * show. When one side is much shorter than the other predicts, it is taken
 * for an excerpt: the longer side may then go unmatched before and after it.
 */
function alignWithModel(en: readonly SegmentFeatures[], zh: readonly SegmentFeatures[]): { beads: Bead[]; excerpt: boolean } {
  if (en.length === 0 || zh.length === 0) return { beads: alignSegments(en, zh, { ratio: EXPECTED_RATIO, variance: 30 }), excerpt: false };
  const total = (list: readonly SegmentFeatures[]): number => list.reduce((sum, s) => sum + s.length, 0);
  const enShare = total(en) / EXPECTED_RATIO / Math.max(1, total(zh));
  const freeEnds: FreeEnds = enShare < 0.6 ? 'zh' : enShare > 1 / 0.6 ? 'en' : null;
  const ratio = freeEnds === null ? total(en) / Math.max(1, total(zh)) : EXPECTED_RATIO;
  return { beads: alignTwice(en, zh, ratio, freeEnds), excerpt: freeEnds !== null };
}

function alignTwice(en: readonly SegmentFeatures[], zh: readonly SegmentFeatures[], ratio: number, freeEnds: FreeEnds): Bead[] {
  const first: LengthModel = { ratio: Math.max(0.2, ratio), variance: ratio * ratio * 4 };
  const beads = alignSegments(en, zh, first, freeEnds);
  const squares: number[] = [];
  let enChars = 0;
  let zhChars = 0;
  for (const b of beads) {
    if (b.en[1] - b.en[0] !== 1 || b.zh[1] - b.zh[0] !== 1) continue;
    const delta = lengthDelta(en[b.en[0]]!.length, zh[b.zh[0]]!.length, first);
    squares.push(delta * delta * first.variance);
    enChars += en[b.en[0]]!.length;
    zhChars += zh[b.zh[0]]!.length;
  }
  if (squares.length < 20) return beads;
  squares.sort((a, b) => a - b);
  // the median of a squared standard normal is 0.455
  const variance = Math.max(first.ratio * first.ratio * 0.5, squares[squares.length >> 1]! / 0.455);
  // an excerpt's ratio comes from its matched beads: the totals mix in the unmatched rest
  const fitted = freeEnds === null ? first.ratio : enChars / Math.max(1, zhChars);
  return alignSegments(en, zh, { ratio: fitted, variance }, freeEnds);
}

/** A pair's confidence: how well its beads' lengths fit, what their anchors say, and how well the directives' places agree. */
function pairConfidence(beads: readonly Bead[], overlap: number): number {
  let fit = 0;
  let anchors = 0;
  for (const b of beads) {
    fit += Math.log(b.lengthFit);
    anchors += b.anchors;
  }
  const evidence = 1.2 + fit / 2 + anchors / 2;
  const bead = 1 / (1 + Math.exp(-evidence));
  return bead * (0.5 + 0.5 * overlap);
}

function unpaired(en: Directive[], zh: Directive[]): AlignedPair {
  return { en, zh, force: [headForce(en), headForce(zh)], confidence: 0 };
}

/** The force the group carries: its first directive's (a merged sentence keeps the head clause's force). */
function headForce(directives: readonly Directive[]): Force | null {
  return directives[0]?.force ?? null;
}

const round = (x: number): number => Math.round(x * 100) / 100;
