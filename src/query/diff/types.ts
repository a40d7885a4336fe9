import type { Directive, Language } from '../../model/types.js';

/**
 * Below this similarity two directives are not the same directive, however the
 * assignment falls. Tuned on the edit benchmark (bench/diff-edits.mjs: recall
 * and false changes are flat from 0.35 to 0.5) and the real pairs: at 0.4 the
 * 2021/2022 work reports pair 碳达峰 and 生态环境治理 directives that were
 * reworded, while two unrelated sections of the 2020 and 2022 reports pair none.
 */
export const MATCH_THRESHOLD = 0.4;

/** What happened to a directive between A and B, in the order a report lists them (issue 12). */
export const CHANGE_KINDS = ['added', 'dropped', 'strengthened', 'weakened', 'reworded', 'moved', 'same'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One run of a word- (English) or character-level (Chinese) diff of two texts. */
export interface TextChange {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface DiffEntry {
  kind: ChangeKind;
  /** The directive in A (null when added) and in B (null when dropped). */
  a: Directive | null;
  b: Directive | null;
  /** 0–1, for a matched pair. */
  similarity: number | null;
  /** The text changed beyond its cue (a strengthened directive can be reworded too). */
  reworded: boolean;
  /** Out of order relative to the other matched directives (a strengthened directive can have moved too). */
  moved: boolean;
  /** B's force level minus A's (vocab/forces.ts): > 0 strengthened, < 0 weakened. */
  forceDelta: number;
  /** How A's text became B's, when they differ. */
  changes: TextChange[] | null;
}

export interface DiffResult {
  language: Language;
  /** Matched pairs and unmatched directives, in B's order with dropped ones where they stood. */
  entries: DiffEntry[];
  counts: Record<ChangeKind, number>;
  /** How many directives each side had. */
  sizes: { a: number; b: number };
}

export interface DiffOptions {
  language: Language;
  /** Minimum similarity of a pair (default MATCH_THRESHOLD). */
  threshold?: number;
}
