import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL, ROOT } from '../helpers/paths.js';
import { expectOldOrNew, totals } from '../helpers/corpus.js';
import { BIN, run } from '../helpers/run.js';

const SEED = `${ROOT}data/guangdong-vocational-education-conference.txt`;
const EN = `${EVAL}corpus/en`;
const tmp = (): string => mkdtempSync(join(tmpdir(), 'directives-corpus-'));

function newCorpus(): string {
  const dir = join(tmp(), 'corpus');
  expect(run(['init', dir]).code).toBe(0);
  return dir;
}


describe('a corpus you own', () => {
  it('init creates an empty corpus, and says so when run again', () => {
    const dir = join(tmp(), 'c');
    expect(run(['init', dir])).toMatchObject({ code: 0, stdout: `created an empty corpus in ${dir}\n` });
    expect(run(['init', dir]).stdout).toMatch(/is already a corpus \(0 documents, 0 directives\)/);
  });

  it('add parses texts, skips a text already there, and the browse commands read it', () => {
    const dir = newCorpus();
    const first = run(['add', '--corpus', dir, SEED]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^added 1 document \(9 directives\) to .* directives\/s\n$/);
    expect(run(['add', '--corpus', dir, SEED]).stdout).toMatch(/^nothing to add: 1 text is already in /);
    const list = JSON.parse(run(['list', '--corpus', dir, '--json']).stdout) as { id: string }[];
    expect(list).toHaveLength(9);
    expect(JSON.parse(run(['facets', '--corpus', dir, '--by', 'force', '--json']).stdout)).toEqual([
      { value: 'necessary', count: 4 },
      { value: 'imperative', count: 2 },
      { value: 'must', count: 2 },
      { value: 'should', count: 1 },
    ]);
    const search = JSON.parse(run(['search', '--corpus', dir, 'moral skils', '--json']).stdout) as { id: string }[];
    expect(search[0]!.id).toBe('4192be01-4');
    expect(run(['show', '--corpus', dir, '4192be01-4']).stdout).toMatch(/cultivation of morality/);
    expect(run(['show', '--corpus', dir, '4192be01-44']).stderr).toMatch(/no directive 4192be01-44\nclosest: 4192be01-4/);
  });

  it('reads a folder recursively and front matter at the top of a text', () => {
    const dir = newCorpus();
    const inbox = tmp();
    mkdirSync(join(inbox, 'sub'));
    copyFileSync(SEED, join(inbox, 'sub', 'seed.txt'));
    writeFileSync(join(inbox, 'notice.txt'), '---\ntitle: A notice\ndate: 2024-01-22\nplace: Hangzhou\nsource-url: https://example.org/n\n---\nAll departments must report on time.\n');
    expect(run(['add', '--corpus', dir, inbox]).stdout).toMatch(/^added 2 documents \(10 directives\)/);
    const docs = JSON.parse(run(['docs', '--corpus', dir, '--json']).stdout) as { title: string; date: string; place: string }[];
    expect(docs.find((d) => d.title === 'A notice')).toMatchObject({ date: '2024-01-22', place: 'Hangzhou' });
    expect(run(['add', '--corpus', dir, '-'], {}, '---\ncolour: red\n---\nWe must act.\n')).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown front matter key "colour"/) });
  });

  it('export and add of the export round-trip losslessly', () => {
    const a = newCorpus();
    run(['add', '--corpus', a, SEED, `${EN}/22_gwr2009_agriculture-rural-incomes.txt`]);
    const exported = run(['export', '--corpus', a, '--json']).stdout;
    const file = join(tmp(), 'export.json');
    writeFileSync(file, exported);
    const b = newCorpus();
    expect(run(['add', '--corpus', b, file]).code).toBe(0);
    expect(run(['export', '--corpus', b, '--json']).stdout).toBe(exported);
    expect(JSON.parse(exported)).toEqual(JSON.parse(run(['export', '--corpus', file, '--json']).stdout));
    const ndjson = run(['export', '--corpus', b, '--ndjson']).stdout.trim().split('\n');
    expect(ndjson.filter((l) => l.startsWith('{"type":"document"'))).toHaveLength(2);
  });

  it('remove takes a document out; reparse parses the stored texts again', () => {
    const dir = newCorpus();
    run(['add', '--corpus', dir, SEED, `${EN}/22_gwr2009_agriculture-rural-incomes.txt`]);
    const before = totals(dir);
    expect(run(['remove', '--corpus', dir, '4192be'])).toMatchObject({ code: 0, stdout: 'removed 1 document: 4192be01\n' });
    expect(totals(dir).directives).toBe(before.directives - 9);
    expect(run(['remove', '--corpus', dir, 'ffffffff'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/no document ffffffff/) });
    const reparse = run(['reparse', '--corpus', dir]);
    expect(reparse.code).toBe(0);
    expect(reparse.stdout).toMatch(/^reparsed 1 documents in .*: (\d+) → \1 directives\n$/);
  });

  it('refuses to write without a corpus folder, with one clear line', () => {
    expect(run(['add', SEED])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^directives: add needs a corpus folder/) });
    const notCorpus = tmp();
    expect(run(['add', '--corpus', notCorpus, SEED])).toMatchObject({ code: 2, stderr: expect.stringMatching(/not a corpus folder/) });
  });

  it('two adds at once both land (the second waits for the first)', async () => {
    const dir = newCorpus();
    const add = (file: string) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'add', '--corpus', dir, file], { stdio: 'ignore' });
        child.on('exit', resolve);
      });
    const codes = await Promise.all([add(EN), add(SEED)]);
    expect(codes).toEqual([0, 0]);
    const t = totals(dir);
    expect(t.documents).toBe(23);
    expect(t.integrity).toBe('ok');
  });

  it('survives SIGKILL at random points of an add: the corpus holds the old state or the new, never half', async () => {
    const dir = newCorpus();
    run(['add', '--corpus', dir, SEED]);
    const old = totals(dir);
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const child = spawn(process.execPath, [BIN, 'add', '--corpus', dir, EN], { stdio: 'ignore' });
      const delay = 60 + ((i * 97) % 700);
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.on('exit', resolve));
      seen.add(expectOldOrNew(dir, old, 22, '4192be01'));
    }
    expect(seen.has('old')).toBe(true);
  }, 120_000);
});
