import type { TextChange } from '../query/diff/types.js';
import { sanitize } from './sanitize.js';
import { displayWidth } from './text.js';
import type { Theme } from './theme.js';

/** Without colour, insertions and deletions are marked as `git diff --word-diff` marks them. */
const PLAIN_MARKS = { insert: ['{+', '+}'], delete: ['[-', '-]'] } as const;

interface Piece {
  text: string;
  op: TextChange['op'];
}

/** Each change cut at spaces (English) or between characters of a long CJK run, sanitized for a terminal. */
function pieces(changes: readonly TextChange[]): Piece[] {
  const out: Piece[] = [];
  for (const change of changes) {
    const text = sanitize(change.text);
    for (const part of text.split(/(?<= )|(?<=[\u3000-\u9fff\uff00-\uffef])(?=[\u3000-\u9fff\uff00-\uffef])/)) {
      if (part !== '') out.push({ text: part, op: change.op });
    }
  }
  return out;
}

function paint(text: string, op: TextChange['op'], theme: Theme): string {
  const core = text.trimEnd();
  if (op === 'equal' || core === '') return text;
  const tail = text.slice(core.length);
  if (theme.color) return `${op === 'insert' ? theme.inserted(core) : theme.deleted(core)}${tail}`;
  const [open, close] = PLAIN_MARKS[op];
  return `${open}${core}${close}${tail}`;
}

/**
 * A reworded directive's text with what it lost and gained marked, wrapped to
 * `width` columns (null: one line). Runs of one kind are painted whole, so the
 * plain marks enclose words, not every character.
 */
export function renderTextChanges(changes: readonly TextChange[], theme: Theme, width: number | null): string[] {
  const lines: Piece[][] = [[]];
  let used = 0;
  for (const piece of pieces(changes)) {
    const w = displayWidth(piece.text.trimEnd()) + (piece.op === 'equal' || theme.color ? 0 : 4);
    if (width !== null && used > 0 && used + w > width) {
      lines.push([]);
      used = 0;
    }
    lines[lines.length - 1]!.push(piece);
    used += displayWidth(piece.text) + (piece.op === 'equal' || theme.color ? 0 : 4);
  }
  return lines.map((line) => {
    const runs: Piece[] = [];
    for (const piece of line) {
      const last = runs[runs.length - 1];
      if (last && last.op === piece.op) last.text += piece.text;
      else runs.push({ ...piece });
    }
    return runs.map((run) => paint(run.text, run.op, theme)).join('').trimEnd();
  });
}
