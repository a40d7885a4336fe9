/**
 * A half-open range of offsets into the original text: `text.slice(start, end)` is
 * always the piece it names. Shared by the language parsers (issue 11 item 4).
 */
export interface Span {
  start: number;
  end: number;
}

export const span = (start: number, end: number): Span => ({ start, end });

/** The text a span names. */
export const textOf = (text: string, s: Span): string => text.slice(s.start, s.end);

export const isEmpty = (s: Span): boolean => s.end <= s.start;

/** `inner` lies wholly inside `outer`. */
export const contains = (outer: Span, inner: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** The span without whitespace at either end. */
export function trimWhitespace(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
