import { openSync } from 'node:fs';
import tty from 'node:tty';
import type { BrowserStreams } from './index.js';

/**
 * The terminal to draw on when standard output is captured (`id=$(directives
 * browse)`) or standard input is piped: the controlling terminal, /dev/tty,
 * as fzf does (issue 15.7). Null when there is none (cron, CI, a container
 * without a tty). `close` releases it once the browser has finished.
 */
export function openTerminal(streams: BrowserStreams): { streams: BrowserStreams; close: () => void } | null {
  if (streams.stdin.isTTY && streams.stdout.isTTY) return { streams, close: () => undefined };
  let input: tty.ReadStream;
  let output: tty.WriteStream;
  try {
    input = streams.stdin.isTTY ? streams.stdin : new tty.ReadStream(openSync('/dev/tty', 'r'));
    output = streams.stdout.isTTY ? streams.stdout : new tty.WriteStream(openSync('/dev/tty', 'w'));
  } catch {
    return null;
  }
  if (!input.isTTY || !output.isTTY) return null;
  // Node keeps only process.stdout's size current; a terminal of our own needs SIGWINCH passed on.
  // getWindowSize() returns the cached size: _refreshSize (what Node runs for process.stdout) asks the
  // terminal and emits 'resize' when the size changed.
  const own = output as tty.WriteStream & { _refreshSize?: () => void };
  const onResize = (): void => own._refreshSize?.();
  if (own !== streams.stdout) process.on('SIGWINCH', onResize);
  return {
    streams: { stdin: input, stdout: output, stderr: streams.stderr },
    close: () => {
      process.off('SIGWINCH', onResize);
      if (input !== streams.stdin) input.destroy();
      if (output !== streams.stdout) output.destroy();
    },
  };
}
