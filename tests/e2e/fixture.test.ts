import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSI, BIN, FIXTURE, HAS_SCRIPT, run, runInTerminal } from '../helpers/run.js';

const OSC52 = '\x1b]52;c;aGk=\x07';
const CLEAR = '\x1b[2J';
const RLO = '\u202e';
const withFixture = (...args: string[]): string[] => ['--corpus', FIXTURE, ...args];

/** A raw ESC anywhere except in SGR colour codes the theme itself emits. */
const hasForeignEscape = (text: string): boolean => /\x1b(?!\[[0-9;]*m)/.test(text) || text.includes('\x07') || text.includes(RLO);

describe('hostile text is neutralised on terminals, exact in JSON', () => {
  for (const [name, args] of [
    ['list', ['list', '--color', 'always']],
    ['show', ['show', 'ee55ff66-1', '--color', 'always']],
    ['search', ['search', 'sanitize clipboard', '--color', 'always']],
    ['list piped', ['list']],
    ['csv', ['list', '--csv']],
  ] as const) {
    it(`${name} prints the escapes visibly`, () => {
      const r = run(withFixture(...args), { COLUMNS: '240' });
      expect(r.code).toBe(0);
      if (name !== 'list piped' && name !== 'csv') expect(r.stdout).toMatch(ANSI);
      expect(hasForeignEscape(r.stdout)).toBe(false);
      expect(r.stdout).toContain('\\x1b]52;c;aGk=\\x07');
      expect(r.stdout).toContain('\\x1b[2J');
    });
  }

  it('show prints the bidi override visibly', () => {
    const r = run(withFixture('show', 'ee55ff66-2'));
    expect(r.stdout).toContain('\\u202eevil\\u202c');
  });

  it('JSON keeps the text exact', () => {
    const list = JSON.parse(run(withFixture('list', '--json', '--doc', 'hostile')).stdout) as Array<{ text: string }>;
    expect(list[0]!.text).toContain(OSC52);
    expect(list[0]!.text).toContain(CLEAR);
    expect(list[1]!.text).toContain(RLO);
    const hits = JSON.parse(run(withFixture('search', 'clipboard', '--json')).stdout) as Array<{ text: string }>;
    expect(hits[0]!.text).toContain(OSC52);
    const shown = JSON.parse(run(withFixture('show', 'ee55ff66-1', '--json')).stdout) as { text: string };
    expect(shown.text).toContain(CLEAR);
  });

  it.skipIf(!HAS_SCRIPT)('a real terminal gets no raw escape either', () => {
    const r = runInTerminal(withFixture('list', '--doc', 'hostile'), { FORCE_COLOR: '1' });
    expect(r.stdout).toMatch(ANSI);
    expect(hasForeignEscape(r.stdout)).toBe(false);
  });
});

describe('commands on the fixture corpus', () => {
  it('filters combine', () => {
    const r = run(withFixture('list', '--min-force', 'should', '--lang', 'en', '--fields', 'id,force'));
    expect(r.stdout.trimEnd().split('\n')).toEqual(['aa11bb22-1\tmust-not', 'aa11bb22-4\tshould', 'ee55ff66-1\tmust', 'ee55ff66-2\tshould']);
  });

  it('--since/--until select by document date; a bad date exits 2', () => {
    expect(run(withFixture('list', '--since', '2023', '--fields', 'doc')).stdout.trimEnd().split('\n')).toEqual([
      'cc33dd44', 'cc33dd44', 'ee55ff66', 'ee55ff66',
    ]);
    expect(run(withFixture('list', '--until', '2022-03-31', '--fields', 'doc')).stdout.trimEnd().split('\n')).toHaveLength(6);
    const bad = run(withFixture('list', '--since', 'yesterday'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--since');
  });

  it('--fields with an unknown name exits 2 and lists the valid ones', () => {
    const r = run(withFixture('list', '--fields', 'id,colour'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown field colour');
    expect(r.stderr).toContain('addressee');
  });

  it('ndjson and csv', () => {
    const nd = run(withFixture('list', '--ndjson', '--fields', 'id,force', '--limit', '2')).stdout.trimEnd().split('\n');
    expect(nd.map((line) => JSON.parse(line) as unknown)).toEqual([
      { id: 'aa11bb22-1', force: 'must-not' },
      { id: 'aa11bb22-2', force: 'will' },
    ]);
    const csv = run(withFixture('list', '--csv', '--fields', 'id,actions', '--doc', 'cc33'));
    expect(csv.stdout).toBe('id,actions\r\ncc33dd44-1,压实 防汛责任\r\ncc33dd44-2,加强 水库安全监测; 确保 人民群众生命财产安全\r\n');
  });

  it('search finds Chinese text and --exact matches substrings only', () => {
    expect(run(withFixture('search', '水库', '--fields', 'id')).stdout.trim().split('\n')[0]).toBe('cc33dd44-2');
    expect(run(withFixture('search', 'water-rights', '--exact', '--fields', 'id')).stdout.trim()).toBe('aa11bb22-5');
    expect(run(withFixture('search', 'watr-rihgts', '--exact')).code).toBe(1);
  });

  it('show suggests the closest ids', () => {
    const r = run(withFixture('show', 'aa11bb22-9'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no directive aa11bb22-9\n.*aa11bb22-1/);
  });

  it('facets: count<TAB>value when piped, --top', () => {
    expect(run(withFixture('facets', '--by', 'theme', '--top', '2')).stdout).toBe('2\tflood control\n2\tpublic finance\n');
  });

  it('a broken corpus exits 2 naming the file and the problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'directives-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"schemaVersion": 1, "documents": [');
    const r = run(['list', '--corpus', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toContain('not valid JSON');
  });

  it('DIRECTIVES_CORPUS names the corpus; --corpus wins over it', () => {
    expect(run(['docs', '--fields', 'id'], { DIRECTIVES_CORPUS: FIXTURE }).stdout.trim().split('\n')).toHaveLength(3);
    expect(run(['docs', '--fields', 'id', '--corpus', FIXTURE], { DIRECTIVES_CORPUS: 'nowhere.json' }).code).toBe(0);
  });

  it('every command documents examples in --help', () => {
    for (const command of ['list', 'search', 'show', 'docs', 'facets']) {
      const r = run([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Examples:');
    }
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
