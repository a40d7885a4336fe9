import { diffChars, diffWords, type Change } from 'diff';
import type { Directive, Language } from '../../model/types.js';
import { forceStrength as forceLevel } from '../../vocab/forces.js';
import { withoutCue } from './features.js';
import type { ChangeKind, DiffEntry, TextChange } from './types.js';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Word-level for English, character-level for Chinese (words there have no spaces to split at). */
export function textChanges(a: string, b: string, language: Language): TextChange[] {
  const runs: Change[] = language === 'zh' ? diffChars(a, b) : diffWords(a, b);
  return runs.map((run) => ({ op: run.added ? 'insert' : run.removed ? 'delete' : 'equal', text: run.value }));
}

/** The kind of a matched pair: a change of force says most, then of wording, then of place. */
export function classifyPair(a: Directive, b: Directive, similarity: number, moved: boolean, language: Language): DiffEntry {
  const forceDelta = forceLevel(b.force) - forceLevel(a.force);
  const textDiffers = squash(a.text) !== squash(b.text);
  const reworded = squash(withoutCue(a)) !== squash(withoutCue(b));
  let kind: ChangeKind;
  if (forceDelta > 0) kind = 'strengthened';
  else if (forceDelta < 0) kind = 'weakened';
  else if (textDiffers || a.force !== b.force) kind = 'reworded';
  else if (moved) kind = 'moved';
  else kind = 'same';
  return {
    kind,
    a,
    b,
    similarity,
    reworded: reworded || (kind === 'reworded' && textDiffers),
    moved,
    forceDelta,
    changes: textDiffers ? textChanges(a.text, b.text, language) : null,
  };
}

export function unmatched(kind: 'added' | 'dropped', directive: Directive): DiffEntry {
  return {
    kind,
    a: kind === 'dropped' ? directive : null,
    b: kind === 'added' ? directive : null,
    similarity: null,
    reworded: false,
    moved: false,
    forceDelta: 0,
    changes: null,
  };
}

/**
 * Which matched pairs moved: those outside a longest run of pairs whose B
 * order agrees with their A order (the longest increasing subsequence), the
 * way a text diff tells a moved block from a kept one. `order` is B's index of
 * each pair, listed in A's order.
 */
export function movedPairs(order: readonly number[]): boolean[] {
  const tails: number[] = [];
  const previous = new Array<number>(order.length).fill(-1);
  for (let i = 0; i < order.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order[tails[mid]!]! < order[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const moved = new Array<boolean>(order.length).fill(true);
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i !== -1; i = previous[i]!) moved[i] = false;
  return moved;
}
