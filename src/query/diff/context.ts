/**
 * The paragraph around a span of a document (`diff --context`): from the line
 * break before it to the line break after it, as `show` highlights a directive.
 */
export function paragraphAround(source: string, start: number, end: number): { text: string; start: number; end: number } {
  const before = source.lastIndexOf('\n', Math.max(0, start - 1));
  const after = source.indexOf('\n', end);
  const from = before === -1 ? 0 : before + 1;
  const to = after === -1 ? source.length : after;
  return { text: source.slice(from, to), start: from, end: to };
}
