import { describe, expect, it } from 'vitest';
import { renderDocumentText } from '../../src/render/document-view.js';
import { createTheme } from '../../src/render/theme.js';
import { run } from '../helpers/cli.js';
import { ANSI, FIXTURE } from '../helpers/run.js';
import { corpus } from '../fixtures/load.js';

/** Issue 14, item 12: `show` takes many ids; `doc` prints a whole document with its directives marked. */

const withFixture = (...args: string[]): string[] => ['--corpus', FIXTURE, ...args];

describe('show takes many ids', () => {
  it('shows each, a blank line between, in the order given', async () => {
    const r = await run(withFixture('show', 'aa11bb22-2', 'aa11bb22-1'));
    expect(r.code).toBe(0);
    const heads = r.stdout.split('\n').filter((line) => /^aa11bb22-\d {2}/.test(line));
    expect(heads.map((line) => line.slice(0, 10))).toEqual(['aa11bb22-2', 'aa11bb22-1']);
    const json = JSON.parse((await run(withFixture('show', 'aa11bb22-2', 'aa11bb22-1', '--json'))).stdout) as Array<{ id: string }>;
    expect(json.map((d) => d.id)).toEqual(['aa11bb22-2', 'aa11bb22-1']);
    expect((JSON.parse((await run(withFixture('show', 'aa11bb22-2', '--json'))).stdout) as { id: string }).id).toBe('aa11bb22-2');
  });

  it('an unknown id among known ones is reported, the others shown, exit 1', async () => {
    const r = await run(withFixture('show', 'aa11bb22-1', 'aa11bb22-99'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('aa11bb22-1');
    expect(r.stderr).toMatch(/^directives: no directive aa11bb22-99\nclosest: /);
    expect((await run(withFixture('show', 'zz-1'))).code).toBe(1);
  });
});

describe('directives doc', () => {
  it('prints the whole source, directives marked in place, ids in the margin beside their paragraph', async () => {
    const r = await run(withFixture('doc', 'aa11bb22'));
    expect(r.code).toBe(0);
    const doc = corpus.documents.find((d) => d.id === 'aa11bb22')!;
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(doc.title);
    const first = corpus.directives.find((d) => d.id === 'aa11bb22-1')!;
    const line = lines.find((l) => l.startsWith('aa11bb22-1  '))!;
    expect(line).toContain(`»${first.text}«`);
    // every word of the source is there
    const plain = r.stdout.replace(/[»«]/g, '');
    for (const word of doc.source.split(/\s+/).filter((w) => w.length > 3).slice(0, 40)) expect(plain).toContain(word);
  });

  it('colours each directive by its force', () => {
    const doc = corpus.documents.find((d) => d.id === 'aa11bb22')!;
    const directives = corpus.directives.filter((d) => d.doc === 'aa11bb22');
    const theme = createTheme(1);
    const text = renderDocumentText(doc, directives, { theme, wrap: null });
    expect(text).toMatch(ANSI);
    const mustNot = directives.find((d) => d.force === 'must-not')!;
    const [open] = theme.force('must-not', 'X').split('X');
    expect(text).toContain(open! + mustNot.text.slice(0, 10));
    const will = directives.find((d) => d.force === 'will')!;
    expect(text).toContain(theme.force('will', 'X').split('X')[0]! + will.text.slice(0, 10));
    expect(text).not.toContain('»');
  });

  it('an unknown document is a usage error; --json carries source and directives', async () => {
    expect((await run(withFixture('doc', 'nosuchdoc'))).code).toBe(2);
    const json = JSON.parse((await run(withFixture('doc', 'aa11bb22', '--json'))).stdout) as { source: string; directives: unknown[] };
    expect(json.source.length).toBeGreaterThan(100);
    expect(json.directives.length).toBe(corpus.directives.filter((d) => d.doc === 'aa11bb22').length);
  });
});
