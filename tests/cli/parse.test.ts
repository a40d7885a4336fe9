import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';
import { run } from '../helpers/cli.js';

const SEED = `${ROOT}data/guangdong-vocational-education-conference.txt`;
const dir = mkdtempSync(join(tmpdir(), 'directives-parse-'));

describe('directives parse', () => {
  it('prints the corpus as JSON with every directive field', async () => {
    const { stdout, stderr, code } = await run(['parse', SEED, '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const corpus = JSON.parse(stdout) as { schemaVersion: number; documents: unknown[]; directives: Record<string, unknown>[] };
    expect(corpus.schemaVersion).toBe(1);
    expect(corpus.documents).toHaveLength(1);
    expect(corpus.directives).toHaveLength(9);
    expect(Object.keys(corpus.directives[0]!).sort()).toEqual(
      ['id', 'doc', 'start', 'end', 'text', 'force', 'cue', 'reporting', 'issuer', 'addressee', 'actions', 'purpose', 'themes', 'paragraph', 'sentence', 'confidence', 'signals'].sort(),
    );
  });

  it('reads standard input and takes --date, --title and --place', async () => {
    const { stdout, code } = await run(['parse', '-', '--json', '--date', '2024-01-22', '--title', 'Notice', '--place', 'Hangzhou'], { stdin: 'All departments must report on time.\n' });
    expect(code).toBe(0);
    const corpus = JSON.parse(stdout) as { documents: { date: string; title: string; place: string; file: null }[]; directives: { force: string }[] };
    expect(corpus.documents[0]).toMatchObject({ date: '2024-01-22', title: 'Notice', place: 'Hangzhou', file: null });
    expect(corpus.directives.map((d) => d.force)).toEqual(['must']);
  });

  it('prints one JSON record per line with --ndjson', async () => {
    const { stdout, code } = await run(['parse', SEED, '--ndjson']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string });
    expect(lines.map((l) => l.type)).toEqual(['document', ...Array<string>(9).fill('directive')]);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), /nope\.txt: no such file/],
    ['an empty directory', () => emptyFolder(), /folder holds no files/],
    ['an empty file', () => file('empty.txt', ''), /file is empty/],
    ['a binary file', () => file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), /not a document \(an image\)/],
    ['a binary file named .txt', () => file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), /binary file/],
    ['invalid UTF-8', () => file('latin1.txt', Buffer.from([0x57, 0x65, 0x20, 0x6d, 0xfc, 0x73, 0x74, 0x2e])), /not valid UTF-8/],
  ])('refuses %s with one line and exit 2', async (_name, make, message) => {
    const { stdout, stderr, code } = await run(['parse', make(), '--json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^directives: /);
  });

  it('decodes UTF-16 with a byte-order mark', async () => {
    const text = 'We must protect farmland.';
    const path = file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const { stdout, code } = await run(['parse', path, '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { directives: { text: string }[] }).directives[0]!.text).toBe('We must protect farmland');
  });

  it('rejects a malformed --date as a usage error', async () => {
    const { stderr, code } = await run(['parse', SEED, '--date', 'yesterday']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--date: not a date/);
  });
});

function emptyFolder(): string {
  const path = join(dir, 'empty-folder');
  mkdirSync(path, { recursive: true });
  return path;
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
