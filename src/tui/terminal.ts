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

/**
 * The stream Ink draws on, so the frame can fill the terminal with the status
 * line on the bottom row (issue 15.8). Ink ends each frame with a newline,
 * which on the last row would scroll the screen; and it redraws a frame as
 * tall as the terminal by clearing the whole screen, which flickers where
 * synchronized output is not supported. So Ink is told the terminal is one row
 * taller than it is (and never clears), and the newline that ends a frame is
 * dropped (its erase-lines on the next frame stops at the top row). The App
 * reads the real height from `terminalRows`.
 */
export function drawingStream(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  return new Proxy(stream, {
    get(target, property) {
      if (property === 'rows') return target.rows + 1;
      if (property === 'terminalRows') return target.rows;
      if (property === 'write') {
        return (chunk: unknown, ...rest: unknown[]): boolean => {
          const data = typeof chunk === 'string' && chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk;
          return (target.write as (...args: unknown[]) => boolean)(data, ...rest);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
