import { sanitize } from '../render/sanitize.js';

/**
 * OSC 52 (xterm "Manipulate Selection Data"): the terminal itself puts the
 * text on the system clipboard, which also works over ssh and inside tmux
 * (`set-clipboard on`). The payload is base64, so no byte of it can end the
 * sequence early or reach the terminal as a control.
 */
export function osc52(text: string): string {
  // an id comes from a corpus file, which may be anyone's: what lands on the clipboard is the id a person saw (issue 17)
  return `\x1b]52;c;${Buffer.from(sanitize(text), 'utf8').toString('base64')}\x07`;
}
