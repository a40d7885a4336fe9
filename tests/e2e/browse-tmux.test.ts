import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ROOT } from '../helpers/paths.js';
import { testCorpus } from '../tui/long-corpus.js';

const BIN = `${ROOT}bin/directives.js`;

// The real binary on a real terminal (issue 4). CI installs tmux (.ci/run); without it this is skipped.
const HAS_TMUX = spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;
// A server of our own, so the test never touches a person's tmux sessions.
const SOCKET = `directives-browse-test-${process.pid}`;
// A new session per test replaces the last one (killing the last session would take the server down mid-start).
let SESSION = 'browse';
const PROMPT = 'PROMPT$ ';

const tmux = (...args: string[]): string => {
  const result = spawnSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
};
const pane = (): string => tmux('capture-pane', '-p', '-t', SESSION);
const eventually = (assertion: () => void) => vi.waitFor(assertion, { timeout: 15_000, interval: 100 });
const quote = (arg: string): string => `'${arg.replace(/'/g, `'\\''`)}'`;

describe.skipIf(!HAS_TMUX)('directives browse in tmux', () => {
  afterAll(() => {
    if (HAS_TMUX) spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  });

  const startShell = async (size = { columns: 120, rows: 40 }): Promise<void> => {
    // A plain shell with a prompt we can find; CI and colour variables from the test runner removed.
    const shell = `env -u CI -u CONTINUOUS_INTEGRATION -u NO_COLOR -u FORCE_COLOR -u DIRECTIVES_CORPUS PS1=${quote(PROMPT)} TERM=xterm-256color bash --norc --noprofile`;
    tmux('-f', '/dev/null', 'new-session', '-d', '-s', SESSION, '-x', String(size.columns), '-y', String(size.rows), '-c', ROOT, shell);
    await eventually(() => expect(pane()).toContain(PROMPT.trimEnd()));
  };
  const type = (text: string): void => {
    tmux('send-keys', '-t', SESSION, '-l', text);
    tmux('send-keys', '-t', SESSION, 'Enter');
  };

  it('finds the morality directive as "moral" is typed, and q gives the shell back clean', async () => {
    await startShell();
    type(`${quote(process.execPath)} ${quote(BIN)} browse`);
    await eventually(() => expect(pane()).toMatch(/^9 of 9\b/m));

    tmux('send-keys', '-t', SESSION, '-l', 'moral');
    await eventually(() => {
      const screen = pane();
      expect(screen).toContain('search: moral');
      expect(screen).toMatch(/^1 of 9\b/m);
      // The selected row (›) is the morality directive, shown in its paragraph in the detail pane.
      expect(screen).toMatch(/^› necessary\s+4192be01-4\s/m);
      expect(screen).toContain('cultivation of morality');
    });

    // The query line has focus, where q would be typed: Ctrl-T to the list first.
    tmux('send-keys', '-t', SESSION, 'C-t');
    await eventually(() => expect(pane()).toContain('q quit'));
    tmux('send-keys', '-t', SESSION, 'q');
    await eventually(() => {
      const lines = pane().split('\n').filter((line) => line.trim() !== '');
      expect(lines.at(-1)).toBe(PROMPT.trimEnd());
    });
    type('echo "exit=$?"');
    await eventually(() => expect(pane()).toContain('exit=0'));
    const screen = pane();
    // The alternate screen is gone: the shell's own lines are back, nothing of the browser is left, no escape codes shown.
    expect(screen).toContain(`${PROMPT}${quote(process.execPath)} ${quote(BIN)} browse`);
    expect(screen).not.toContain('search:');
    expect(screen).not.toMatch(/\x1b|\^\[|\[\?(1049|25|2026)[hl]/);
  });

  it('restores the screen and the terminal modes on SIGTERM', async () => {
    tmux('kill-session', '-t', SESSION);
    await startShell();
    type(`${quote(process.execPath)} ${quote(BIN)} browse school; echo "exit=$?"; stty -a | grep -o -- '-\\?icanon' | head -1`);
    await eventually(() => expect(pane()).toMatch(/ of 9\b/));
    const shellPid = tmux('list-panes', '-t', SESSION, '-F', '#{pane_pid}').trim();
    const child = spawnSync('pgrep', ['-P', shellPid, '-f', 'directives.js browse'], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
    expect(child).toMatch(/^\d+$/);
    process.kill(Number(child), 'SIGTERM');
    await eventually(() => expect(pane()).toContain('exit=143'));
    const screen = pane();
    expect(screen).not.toContain('search:');
    // Canonical (cooked) mode is back: raw mode was undone.
    expect(screen).toMatch(/^icanon$/m);
    expect(screen).not.toMatch(/\x1b|\^\[/);
  });

  // Issue 15, as a new user would try it, at both sizes the issue names.
  const dir = mkdtempSync(join(tmpdir(), 'browse-tmux-'));
  const corpusFile = join(dir, 'corpus.json');
  writeFileSync(corpusFile, JSON.stringify(testCorpus));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const key = (...keys: string[]): void => void tmux('send-keys', '-t', SESSION, ...keys);

  for (const size of [
    { columns: 80, rows: 24 },
    { columns: 140, rows: 40 },
  ]) {
    it(`at ${size.columns}×${size.rows}: a far directive in view, facets beside results, the document, 40 columns, the id out through $(…)`, async () => {
      const previous = SESSION;
      SESSION = `browse-${size.columns}`;
      await startShell(size);
      spawnSync('tmux', ['-L', SOCKET, 'kill-session', '-t', `=${previous}`]);
      type(`id=$(${quote(process.execPath)} ${quote(BIN)} --corpus ${quote(corpusFile)} browse); echo "got=$id"`);
      await eventually(() => expect(pane()).toMatch(/ of 12\b/));

      tmux('send-keys', '-t', SESSION, '-l', 'rescue volunteers');
      await eventually(() => {
        const screen = pane();
        expect(screen).toMatch(/^1 of 12\b/m);
        // the end of a 30-sentence paragraph, scrolled into the pane, with the paragraph before it
        expect(screen).toContain('rainy season.');
        expect(screen).toContain('Filler sentence number 30');
      });
      // the frame fills the terminal: the query on the top row, the status line on the bottom row
      expect(pane().split('\n')[0]).toMatch(/search: rescue volunteers/);
      expect(pane().split('\n')[size.rows - 1]).toMatch(/^1 of 12\b/);

      key('C-u', 'M-f');
      await eventually(() => {
        expect(pane()).toMatch(/▶ facets/);
        expect(pane()).toMatch(/results 12/);
      });
      key('Space');
      await eventually(() => expect(pane()).toMatch(/results 3\b/));
      expect(pane()).toMatch(/▶ facets/);
      key('Escape');
      await eventually(() => expect(pane()).not.toMatch(/▶ facets/));

      key('M-o');
      await eventually(() => expect(pane()).toMatch(/▶ document · directive 1 of \d/));
      key('Escape');
      await eventually(() => expect(pane()).toMatch(/results 3\b/));

      tmux('resize-window', '-t', SESSION, '-x', '40');
      await eventually(() => {
        const rows = pane().split('\n');
        expect(rows.some((row) => /── detail/.test(row)), rows.join('\n')).toBe(true);
        expect(rows[size.rows - 1]).toMatch(/^3 of 12\b/);
      });

      key('Enter');
      await eventually(() => expect(pane()).toMatch(/^got=\S+-\d+$/m));
      expect(pane()).not.toContain('search:');
    });
  }
});
