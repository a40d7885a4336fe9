import { describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';
import { ANSI } from '../helpers/run.js';

interface DirectiveJson {
  id: string;
  force: string;
  text: string;
  [field: string]: unknown;
}

const json = <T>(text: string): T => JSON.parse(text) as T;

const ALL_FIELDS = ['id', 'doc', 'start', 'end', 'text', 'force', 'cue', 'reporting', 'issuer', 'addressee', 'actions', 'purpose', 'themes', 'paragraph', 'sentence'];

describe('built-in corpus (issue 3, "What it must show")', () => {
  it('list --json gives the 9 directives with all fields', async () => {
    const r = await run(['list', '--json']);
    expect(r.code).toBe(0);
    const list = json<DirectiveJson[]>(r.stdout);
    expect(list).toHaveLength(9);
    for (const d of list) expect(Object.keys(d).sort()).toEqual(expect.arrayContaining(ALL_FIELDS.sort()));
  });

  it('list --force must --json gives 2', async () => {
    const list = json<DirectiveJson[]>((await run(['list', '--force', 'must', '--json'])).stdout);
    expect(list.map((d) => d.force)).toEqual(['must', 'must']);
  });

  it('facets --by force --json counts necessary 4, imperative 2, must 2, should 1', async () => {
    const r = await run(['facets', '--by', 'force', '--json']);
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toEqual([
      { value: 'necessary', count: 4 },
      { value: 'imperative', count: 2 },
      { value: 'must', count: 2 },
      { value: 'should', count: 1 },
    ]);
  });

  it('docs --json gives one document whose participants include Wang Xi, who presided', async () => {
    const docs = json<Array<{ participants: Array<{ name: string; role: string | null }> }>>((await run(['docs', '--json'])).stdout);
    expect(docs).toHaveLength(1);
    expect(docs[0]!.participants).toContainEqual(expect.objectContaining({ name: 'Wang Xi', role: 'presided' }));
  });

  it('search "moral skils" ranks the directive about the cultivation of morality first', async () => {
    const r = await run(['search', 'moral skils', '--json']);
    expect(r.code).toBe(0);
    const hits = json<Array<DirectiveJson & { relevance: number; matches: unknown[] }>>(r.stdout);
    expect(hits[0]!.text).toContain('cultivation of morality');
    // relevance: higher is better, the best first (issue 14)
    expect(hits[0]!.relevance).toBeLessThanOrEqual(1);
    expect(hits[0]!.relevance).toBeGreaterThan(0.5);
    for (const hit of hits) expect(hit.relevance).toBeLessThanOrEqual(hits[0]!.relevance);
    expect(hits[0]!.matches.length).toBeGreaterThan(0);
  });

  it('search "school enterprise" --limit 1 returns the one with school-enterprise cooperation', async () => {
    const r = await run(['search', 'school enterprise', '--limit', '1']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('school-enterprise cooperation');
  });

  it('search zzzz exits 1', async () => {
    const r = await run(['search', 'zzzz']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
  });

  it('list piped gives 9 tab-separated lines without escape codes', async () => {
    const r = await run(['list']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(9);
    for (const line of lines) expect(line.split('\t').length).toBeGreaterThan(2);
    expect(r.stdout).not.toMatch(/\x1b/);
  });

  it('list --color always has colour, even piped', async () => {
    expect((await run(['list', '--color', 'always'])).stdout).toMatch(ANSI);
  });

  it('list in a terminal has colour, and none with NO_COLOR=1', async () => {
    expect((await run(['list'], { tty: true })).output).toMatch(ANSI);
    const plain = await run(['list'], { tty: true, env: { NO_COLOR: '1' } });
    expect(plain.code).toBe(0);
    expect(plain.output).toContain('4192be01-1');
    expect(plain.output).not.toMatch(/\x1b/);
  });

  it('list --force bogus exits 2 and names the valid forces', async () => {
    const r = await run(['list', '--force', 'bogus']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^directives: /);
    expect(r.stderr).toContain('must, must-not, should, necessary, imperative, will, strive, encourage, may');
  });

  it('show nope exits 1 with "no directive nope"', async () => {
    const r = await run(['show', 'nope']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('directives: no directive nope');
  });

  it('list --corpus missing.json exits 2 naming the path', async () => {
    const r = await run(['list', '--corpus', 'missing.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.json');
  });
});
