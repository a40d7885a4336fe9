import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/model/types.js';
import { syntheticCorpus } from '../fixtures/synthetic.js';
import { EVAL, ROOT } from '../helpers/paths.js';
import { expectOldOrNew, totals } from '../helpers/corpus.js';
import { run } from '../helpers/cli.js';
import { BIN } from '../helpers/run.js';
import { tempDir } from './hostile.js';

/**
 * Issue 7, pipes and signals: a reader that goes away after one line is a
 * normal end (exit 0, nothing on stderr), and Ctrl-C during `add` leaves the
 * corpus whole. (SIGKILL mid-add and two adds at once: tests/e2e/corpus.test.ts.)
 * The processes under test are the built binary; setting up a corpus runs in process.
 */

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Run the binary, read stdout up to its first newline, then close the pipe, as `| head -1` does. */
function firstLineThenClose(args: string[]): Promise<Ended & { line: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let line: string | null = null;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (line !== null) return;
      stdout += chunk;
      const newline = stdout.indexOf('\n');
      if (newline === -1) return;
      line = stdout.slice(0, newline);
      child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr, line: line ?? '' }));
  });
}

describe('a reader that stops after one line', () => {
  let corpus: string;

  let dir: string;

  beforeAll(() => {
    const { documents, directives } = syntheticCorpus(100_000);
    dir = tempDir('pipes');
    corpus = join(dir, 'corpus.json');
    writeFileSync(corpus, JSON.stringify({ schemaVersion: SCHEMA_VERSION, documents, directives }));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    // one printed at once, one as a single JSON string, one ranked, one streamed in chunks
    ['list', ['list']],
    ['list --json', ['list', '--json']],
    ['search', ['search', 'food security']],
    ['export --ndjson', ['export', '--ndjson']],
  ])('%s on a 100,000-directive corpus | head -1: exit 0, nothing on stderr', async (_, args) => {
    const ended = await firstLineThenClose(['--corpus', corpus, ...args]);
    expect(ended.line).not.toBe('');
    expect(ended.stderr).toBe('');
    expect(ended).toMatchObject({ code: 0, signal: null });
  }, 60_000);
});

describe('Ctrl-C during add', () => {
  const SEED = `${ROOT}data/guangdong-vocational-education-conference.txt`;
  const EN = `${EVAL}corpus/en`;


  it('leaves the corpus intact: integrity ok, the old state or the new', async () => {
    const dir = join(tempDir('sigint'), 'corpus');
    expect((await run(['init', dir])).code).toBe(0);
    expect((await run(['add', '--corpus', dir, SEED])).code).toBe(0);
    const old = totals(dir);
    const seen = new Set<string>();
    for (let i = 0; i < 8; i++) {
      const child = spawn(process.execPath, [BIN, 'add', '--corpus', dir, EN], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      // listen before waiting: an add that finishes before its signal has already closed by then
      const closed = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
      await new Promise((resolve) => setTimeout(resolve, 100 + ((i * 131) % 600)));
      child.kill('SIGINT');
      const [code, signal] = await closed;
      // interrupted (by the signal), or it finished first; never a stack trace
      expect(signal === 'SIGINT' || code === 0, `code ${code}, signal ${signal}: ${stderr}`).toBe(true);
      expect(stderr).not.toMatch(/^\s+at /m);
      seen.add(expectOldOrNew(dir, old, 22, '4192be01'));
    }
    expect(seen.has('old')).toBe(true);
    // the corpus still takes writes afterwards
    expect((await run(['add', '--corpus', dir, EN])).code).toBe(0);
    expect(totals(dir)).toMatchObject({ documents: old.documents + 22, integrity: 'ok' });
  }, 120_000);
});
