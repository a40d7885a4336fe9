import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';

interface Doc {
  id: string;
  title: string | null;
  date: string | null;
  place: string | null;
}

async function corpusWithOneText(): Promise<{ dir: string; id: string }> {
  const root = mkdtempSync(join(tmpdir(), 'directives-edit-'));
  const dir = join(root, 'corpus');
  expect((await run(['init', dir])).code).toBe(0);
  const text = join(root, 'notice.txt');
  writeFileSync(text, 'The meeting stressed that all counties must publish their budgets on time.\n');
  expect((await run(['add', '--corpus', dir, text, '--date', '--06-12'])).code).toBe(0);
  const [doc] = JSON.parse((await run(['docs', '--corpus', dir, '--json'])).stdout) as Doc[];
  return { dir, id: doc!.id };
}

const docs = async (dir: string): Promise<Doc[]> => JSON.parse((await run(['docs', '--corpus', dir, '--json'])).stdout) as Doc[];

describe('directives edit (issue 13)', () => {
  it('sets a stored document\'s date, title and place without removing it, and reparse keeps them', async () => {
    const { dir, id } = await corpusWithOneText();
    const before = await run(['list', '--corpus', dir, '--since', '2024', '--json']);
    expect(before.stdout).toBe('[]\n');
    expect(before.stderr).toMatch(/^directives: --since\/--until left out 1 directive of documents without a year \(give one with `directives edit DOC --date YYYY-MM-DD`\)\n$/);
    const edited = await run(['edit', '--corpus', dir, id.slice(0, 6), '--date', '2024-06-12', '--title', 'County budgets', '--place', 'Beijing']);
    expect(edited.code).toBe(0);
    expect(edited.stdout).toBe(`edited ${id}: title "County budgets", date "2024-06-12", place "Beijing"\n`);
    expect(await docs(dir)).toMatchObject([{ id, title: 'County budgets', date: '2024-06-12', place: 'Beijing' }]);
    // a dated document is in range now
    const after = await run(['list', '--corpus', dir, '--since', '2024', '--json']);
    expect(JSON.parse(after.stdout)).toHaveLength(1);
    expect(after.stderr).toBe('');
    expect((await run(['reparse', '--corpus', dir])).code).toBe(0);
    expect(await docs(dir)).toMatchObject([{ id, title: 'County budgets', date: '2024-06-12', place: 'Beijing' }]);
  });

  it('clears a field with an empty value', async () => {
    const { dir, id } = await corpusWithOneText();
    expect((await run(['edit', '--corpus', dir, id, '--place', 'Guangzhou'])).code).toBe(0);
    expect((await run(['edit', '--corpus', dir, id, '--place', ''])).stdout).toBe(`edited ${id}: place (cleared)\n`);
    expect((await docs(dir))[0]!.place).toBeNull();
  });

  it('refuses what it cannot do, with one line and its exit code', async () => {
    const { dir, id } = await corpusWithOneText();
    const nothing = await run(['edit', '--corpus', dir, id]);
    expect(nothing).toMatchObject({ code: 2, stderr: 'directives: edit: nothing to change; give --title, --date or --place\n' });
    const badDate = await run(['edit', '--corpus', dir, id, '--date', 'soon']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(/--date: not a date/);
    const unknown = await run(['edit', '--corpus', dir, 'ffffffff', '--date', '2024']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^directives: no document ffffffff in /);
    expect(await docs(dir)).toMatchObject([{ id, date: '--06-12' }]);
  });
});

describe('progress of add (issue 13)', () => {
  it('draws bars on a terminal and nothing on a pipe', async () => {
    const root = mkdtempSync(join(tmpdir(), 'directives-bars-'));
    const dir = join(root, 'corpus');
    await run(['init', dir]);
    const texts = [1, 2, 3].map((n) => {
      const file = join(root, `notice-${n}.txt`);
      writeFileSync(file, `All counties must publish budget number ${n} on time.\n`);
      return file;
    });
    const tty = await run(['add', '--corpus', dir, texts[0]!, texts[1]!], { tty: true, columns: 100 });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toMatch(/adding {3}\[[█░]+\] \d\/2 inputs · \d+ directives/);
    const piped = await run(['add', '--corpus', dir, texts[2]!]);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toMatch(/^added 1 document/);
  });
});
