import type { Io } from './io.js';

/** A progress bar for people: drawn on a terminal's stderr, nothing at all down a pipe. */
export interface ProgressBar {
  update(done: number, values?: Record<string, string | number>): void;
  stop(): void;
}

const NONE: ProgressBar = { update: () => undefined, stop: () => undefined };

export type MakeBar = (total: number, format: string, initial?: Record<string, string | number>) => ProgressBar;

/**
 * Bars made with cli-progress (a maintained bar: rate, ETA, redraw throttling,
 * terminal width), loaded only when stderr is a terminal; they write through
 * the command's Io, so tests see what a person would. `format` uses its tokens
 * ({bar}, {value}, {total}, {eta_formatted}) and the names given to `update`.
 */
export async function progressBars(io: Io): Promise<MakeBar> {
  if (!io.stderr.isTTY) return () => NONE;
  const { SingleBar } = (await import('cli-progress')).default;
  const stream = {
    write: (text: string) => io.stderr.write(text),
    isTTY: true,
    get columns() {
      return io.stderr.columns ?? 80;
    },
  };
  return (total, format, initial = {}) => {
    if (total <= 0) return NONE;
    const bar = new SingleBar({
      format,
      stream: stream as unknown as NodeJS.WritableStream,
      barsize: 24,
      hideCursor: false,
      clearOnComplete: true,
      linewrap: false,
      fps: 10,
      etaBuffer: 20,
      barCompleteChar: '█',
      barIncompleteChar: '░',
    });
    bar.start(total, 0, initial);
    return { update: (done, values) => bar.update(done, values), stop: () => bar.stop() };
  };
}
