import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { memoryReader } from '../../src/query/open.js';
import { PLAIN_THEME } from '../../src/render/theme.js';
import { startBrowser, type BrowserStreams } from '../../src/tui/index.js';
import { corpus, docs } from '../fixtures/load.js';

const reader = memoryReader(corpus);

/** Just enough of a terminal for Ink: a TTY stdout that records writes, a TTY stdin we can type into. */
function terminal() {
  const written: string[] = [];
  const stdout = Object.assign(new EventEmitter(), { isTTY: true, columns: 100, rows: 30, write: (data: string) => written.push(data) > 0 });
  const raw: boolean[] = [];
  let pending: string | null = null;
  const stdin = Object.assign(new EventEmitter(), {
    isTTY: true,
    setRawMode: (mode: boolean) => raw.push(mode),
    setEncoding: () => undefined,
    ref: () => undefined,
    unref: () => undefined,
    resume: () => undefined,
    pause: () => undefined,
    read: () => {
      const data = pending;
      pending = null;
      return data;
    },
    type: (data: string) => {
      pending = data;
      stdin.emit('readable');
    },
  });
  const streams = { stdin, stdout, stderr: stdout } as unknown as BrowserStreams;
  return { streams, stdin, written, raw };
}

const props = { search: (query: string) => reader.select({ query, criteria: {} }), docs, document: (id: string) => reader.document(id), total: 10, theme: PLAIN_THEME };
const ENTER = '\x1b[?1049h';
const LEAVE = '\x1b[?25h\x1b[?1049l';

describe('startBrowser restores the terminal on every way out', () => {
  it('q: alternate screen in, raw mode on, then raw mode off and the screen restored', async () => {
    const { streams, stdin, written, raw } = terminal();
    const browser = startBrowser(props, streams);
    await vi.waitFor(() => expect(written.join('')).toContain('10 of 10'));
    stdin.type('\x14');
    await new Promise((resolve) => setTimeout(resolve, 20));
    stdin.type('q');
    await browser.done;
    expect(written[0]).toBe(ENTER);
    expect(written.join('').endsWith(LEAVE)).toBe(true);
    expect(raw).toEqual([true, false]);
  });

  it('Ctrl-C quits even from the query line', async () => {
    const { streams, stdin, written } = terminal();
    const browser = startBrowser(props, streams);
    await vi.waitFor(() => expect(written.join('')).toContain('10 of 10'));
    stdin.type('\x03');
    await browser.done;
    expect(written.join('').endsWith(LEAVE)).toBe(true);
  });

  it('stop() — a signal — and stop(error) — an uncaught exception — restore it once', async () => {
    const first = terminal();
    const browser = startBrowser(props, first.streams);
    browser.stop();
    browser.stop();
    await browser.done;
    expect(first.written.filter((data) => data.includes('\x1b[?1049l'))).toHaveLength(1);

    const second = terminal();
    const crashed = startBrowser(props, second.streams);
    crashed.stop(new Error('boom'));
    await expect(crashed.done).rejects.toThrow('boom');
    expect(second.written.join('').endsWith(LEAVE)).toBe(true);
  });

  it('an error while rendering restores the terminal and rejects', async () => {
    const { streams, written } = terminal();
    const failing = () => {
      throw new Error('search exploded');
    };
    const browser = startBrowser({ ...props, search: failing }, streams);
    await expect(browser.done).rejects.toThrow('search exploded');
    expect(written.join('').endsWith(LEAVE)).toBe(true);
  });
});
