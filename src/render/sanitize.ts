/**
 * Neutralise text from documents before it reaches a terminal: ANSI/VT escape
 * sequences (CSI, OSC — including OSC 52 clipboard writes and OSC 8 links —,
 * DCS, APC/PM/SOS), other C0/C1 controls, DEL and bidi overrides are shown as
 * visible escapes (`\x1b`, `\u202e`) instead of being obeyed. Tab and newline
 * survive only when the layout asks for them. JSON output never goes through here.
 */

// ESC-introduced sequences, matched whole so that their payload is shown, not run.
const ESCAPE_SEQUENCE =
  /\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?|[ -/]*[0-~]?)/g;
// C0 except tab/newline, DEL, C1, bidi embeddings/overrides/isolates, line/paragraph separators.
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\u200e\u200f\u061c]/g;

function visible(char: string): string {
  const code = char.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

export interface SanitizeOptions {
  /** Keep newlines (multi-line views such as `show`); otherwise they become spaces. */
  keepNewlines?: boolean;
  /** Keep tabs; otherwise they become spaces (a tab would break TSV output). */
  keepTabs?: boolean;
}

export function sanitize(text: string, options: SanitizeOptions = {}): string {
  // CRLF is a line end (Windows-edited documents), not a control to show; only a bare CR can overwrite a line.
  let result = text.replace(/\r\n/g, '\n').replace(ESCAPE_SEQUENCE, (sequence) => sequence.replace(/[\x00-\x1f\x7f]/g, visible));
  result = result.replace(CONTROL, visible);
  if (!options.keepTabs) result = result.replace(/\t/g, ' ');
  if (!options.keepNewlines) result = result.replace(/\n/g, ' ');
  return result;
}
