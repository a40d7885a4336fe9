import { render } from 'ink';
import { App, type AppProps } from './app.js';
import { drawingStream } from './terminal.js';

export { App, type AppProps, type BrowserSearch } from './app.js';

// xterm private modes: 1049 = alternate screen (saves and restores the shell's screen), 25 = cursor visible.
const ENTER_ALTERNATE_SCREEN = '\x1b[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\x1b[?1049l';
const SHOW_CURSOR = '\x1b[?25h';

export interface BrowserStreams {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

export interface Browser {
  /** Settles when the browser has closed and the terminal is restored: resolves on q / Ctrl-C / stop(), rejects with a render error. */
  done: Promise<void>;
  /** Close now (a signal, an uncaught exception elsewhere) and restore the terminal; safe to call twice. */
  stop: (error?: Error) => void;
}

/**
 * Run the browser in the alternate screen. Whatever ends it, the order is the
 * same: Ink unmounts first (its last frame lands in the alternate screen, it
 * leaves raw mode and shows the cursor), then we leave the alternate screen,
 * so nothing of the UI is left behind in the shell.
 */
export function startBrowser(props: AppProps, streams: BrowserStreams): Browser {
  const { stdout } = streams;
  stdout.write(ENTER_ALTERNATE_SCREEN);
  const instance = render(<App {...props} />, {
    stdin: streams.stdin,
    stdout: drawingStream(stdout),
    stderr: streams.stderr,
    // Ctrl-C arrives as a key in raw mode; the App quits on it, through the same path as q.
    exitOnCtrlC: false,
    patchConsole: false,
    // Keystrokes are answered within one frame interval; 30 fps would add up to 33 ms to each.
    maxFps: 120,
  });
  let restored = false;
  let resolveDone!: () => void;
  let rejectDone!: (error: Error) => void;
  const done = new Promise<void>((resolve, reject) => {
    resolveDone = resolve;
    rejectDone = reject;
  });
  const stop = (error?: Error): void => {
    if (restored) return;
    restored = true;
    instance.unmount();
    stdout.write(SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN);
    if (error) rejectDone(error);
    else resolveDone();
  };
  instance.waitUntilExit().then(
    () => stop(),
    (error: unknown) => stop(error instanceof Error ? error : new Error(String(error))),
  );
  return { done, stop };
}
export { openTerminal } from './terminal.js';
