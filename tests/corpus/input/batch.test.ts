import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectOldOrNew, totals } from '../../helpers/corpus.js';
import { BIN, HAS_SCRIPT, run, runInTerminal } from '../../helpers/run.js';

const root = mkdtempSync(join(tmpdir(), 'directives-batch-'));
const inbox = join(root, 'inbox');
let n = 0;
const newCorpus = (): string => {
  const dir = join(root, `corpus-${++n}`);
  expect(run(['init', dir]).code).toBe(0);
  return dir;
};

beforeAll(() => {
  // 398 readable texts in two folders, a stray package.json and a text in an unknown encoding
  for (let i = 0; i < 398; i++) {
    const folder = join(inbox, i < 200 ? '2023' : '2024');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, `notice-${String(i).padStart(3, '0')}.txt`),
      `Notice ${i} of the General Office\n\nThe Ministry of Finance must report on fund ${i} by the end of the year. Local governments should cooperate closely on project ${i}, and all departments are required to keep records.\n`,
    );
  }
  writeFileSync(join(inbox, 'package.json'), JSON.stringify({ name: 'stray', version: '1.0.0' }));
  writeFileSync(join(inbox, '2024', 'garbled.txt'), Buffer.from('We m\xfcst act.', 'latin1'));
});

describe('add DIR finishes: what it can is added, what it cannot is reported (issue 13)', () => {
  it('adds 398 of 400 files, names the 2 it skipped, and exits 4', () => {
    const dir = newCorpus();
    const { stdout, stderr, code } = run(['add', '--corpus', dir, inbox]);
    expect(code).toBe(4);
    expect(stdout).toMatch(/^added 398 documents \(1,194 directives\) to .*; skipped 2 inputs that could not be read\n$/);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^skipped .*inbox\/2024\/garbled\.txt: not valid UTF-8 text, and its encoding could not be told; name it with --encoding/);
    expect(lines[1]).toMatch(/^skipped .*inbox\/package\.json: not a corpus JSON \(unknown schemaVersion undefined/);
    expect(totals(dir)).toMatchObject({ documents: 398, integrity: 'ok' });
  });

  it.skipIf(!HAS_SCRIPT)('draws progress on a terminal (on a pipe, above, stderr holds only the skipped lines)', () => {
    const dir = newCorpus();
    const { stdout, code } = runInTerminal(['add', '--corpus', dir, inbox]);
    expect(code).toBe(4);
    // cli-progress's bars: reading the inputs, then adding them
    expect(stdout).toMatch(/reading {2}\[[█░]+\] \d+\/400 inputs/);
    expect(stdout).toMatch(/skipped .*package\.json/);
    expect(stdout).toMatch(/added 398 documents/);
  });

  it('with --strict adds nothing and names the first file it could not read', () => {
    const dir = newCorpus();
    const { stdout, stderr, code } = run(['add', '--corpus', dir, '--strict', inbox]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^directives: .*garbled\.txt: not valid UTF-8 text.*; nothing was done \(--strict\)\n$/);
    expect(totals(dir).documents).toBe(0);
  });

  it('warns that --date stamps every file of a batch, and --year completes dates', () => {
    const dir = newCorpus();
    const result = run(['add', '--corpus', dir, '--date', '2024-06', join(inbox, '2023')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('warning: --date 2024-06 stamps every one of the 200 texts with that date\n');
  });

  it('survives SIGKILL during such an add: the corpus is empty or holds all 398, never part', async () => {
    const dir = newCorpus();
    const old = totals(dir);
    for (const delay of [250, 600, 1000]) {
      const child = spawn(process.execPath, [BIN, 'add', '--corpus', dir, inbox], { stdio: 'ignore' });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await exited;
      // every document id is hex: keeping those that start with "x" keeps none
      expectOldOrNew(dir, old, 398, 'x');
    }
  }, 60_000);
});

describe('init refuses a folder that holds other files (issue 13)', () => {
  it('says so, and suggests a new folder', () => {
    const { stderr, code } = run(['init', inbox]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^directives: .*inbox: folder is not empty and not a corpus; `directives init` needs a new or empty folder \(e\.g\. `directives init .*inbox\/corpus`\)\n$/);
  });

  it('makes a corpus in an empty folder that exists', () => {
    const empty = join(root, 'empty');
    mkdirSync(empty);
    expect(run(['init', empty])).toMatchObject({ code: 0, stdout: `created an empty corpus in ${empty}\n` });
  });
});

describe('parse reads the same inputs as add', () => {
  it('honours front matter and completes a partial date from the file name', () => {
    const path = join(root, 'readout-20240612.txt');
    writeFileSync(path, '---\ntitle: Executive meeting\nplace: Beijing\n---\nOn June 12, the State Council held an executive meeting. All regions must strengthen flood control.\n');
    const { stdout, code } = run(['parse', path, '--json']);
    expect(code).toBe(0);
    const doc = (JSON.parse(stdout) as { documents: Record<string, unknown>[] }).documents[0]!;
    expect(doc).toMatchObject({ title: 'Executive meeting', place: 'Beijing', date: '2024-06-12', format: 'txt' });
  });
});
