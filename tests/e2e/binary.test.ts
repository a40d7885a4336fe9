import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSI, BIN, FIXTURE, HAS_SCRIPT, ROOT, run, runInTerminal } from '../helpers/run.js';

/**
 * The thin end-to-end layer: the built binary in a real process, for what the
 * in-process tests (tests/cli/, through runCli) cannot show — the bin shim,
 * exit codes as the shell sees them, a pseudo-terminal, a pipe that closes.
 */

const RLO = '\u202e';
const withFixture = (...args: string[]): string[] => ['--corpus', FIXTURE, ...args];
/** A raw ESC anywhere except in SGR colour codes the theme itself emits. */
const hasForeignEscape = (text: string): boolean => /\x1b(?!\[[0-9;]*m)/.test(text) || text.includes('\x07') || text.includes(RLO);

describe('the built binary', () => {
  it('bin/directives.js runs the CLI: --version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
    expect(run(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each([
    ['found', ['list', '--json'], 0, /^$/],
    ['nothing found (quietly, when piped)', ['search', 'zzzz'], 1, /^$/],
    ['a bad option value', ['list', '--force', 'bogus'], 2, /^directives: /],
    ['an unknown command', ['bogus'], 2, /^directives: unknown command 'bogus'/],
    ['a missing corpus', ['list', '--corpus', 'missing.json'], 2, /^directives: .*missing\.json/],
    ['no directive', ['show', 'nope'], 1, /^directives: no directive nope/],
  ] as const)('exit status when %s', (_name, args, code, stderr) => {
    const r = run([...args]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(stderr);
  });

  it.skipIf(!HAS_SCRIPT)('list in a terminal has colour, and none with NO_COLOR=1', () => {
    expect(runInTerminal(['list']).stdout).toMatch(ANSI);
    const plain = runInTerminal(['list'], { NO_COLOR: '1' });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('4192be01-1');
    expect(plain.stdout).not.toMatch(/\x1b/);
  });

  it.skipIf(!HAS_SCRIPT)('a real terminal gets no raw escape either', () => {
    const r = runInTerminal(withFixture('list', '--doc', 'hostile'), { FORCE_COLOR: '1' });
    expect(r.stdout).toMatch(ANSI);
    expect(hasForeignEscape(r.stdout)).toBe(false);
  });

  it('output piped into head ends quietly with exit 0', () => {
    // Enough output to overflow the pipe buffer, so the write really hits a closed pipe.
    const dir = mkdtempSync(join(tmpdir(), 'directives-'));
    const source = 'We must act. '.repeat(20000);
    const directives = Array.from({ length: 20000 }, (_, i) => ({
      id: `big-${i + 1}`, doc: 'big', start: i * 13, end: i * 13 + 11, text: 'We must act', force: 'must', cue: 'must',
      reporting: null, issuer: null, addressee: 'we', actions: [], purpose: null, themes: [], paragraph: 0, sentence: i,
    }));
    const corpus = { schemaVersion: 1, documents: [{ id: 'big', file: null, title: null, date: null, place: null, issuer: null, event: null, participants: [], language: 'en', sha256: createHash('sha256').update(source).digest('hex'), parserVersion: 'test', source }], directives };
    const file = join(dir, 'big.json');
    writeFileSync(file, JSON.stringify(corpus));
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" list --corpus "${file}" | head -1; exit \${PIPESTATUS[0]}`], { encoding: 'utf8' });
    expect(r.stdout).toBe('big-1\tmust\t\twe\tWe must act\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
