import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';
import { ANSI, FIXTURE } from '../helpers/run.js';

/** Issue 14, item 17: an optional config file, and `directives config` saying what is in effect and why. */

function configHome(settings: unknown): string {
  const home = mkdtempSync(join(tmpdir(), 'directives-config-'));
  mkdirSync(join(home, 'directives'));
  writeFileSync(join(home, 'directives', 'config.json'), typeof settings === 'string' ? settings : JSON.stringify(settings));
  return home;
}

const settings = (stdout: string): Record<string, { value: string | null; source: string }> => JSON.parse(stdout) as Record<string, { value: string | null; source: string }>;

describe('the config file', () => {
  it('supplies the corpus, colour and fields when nothing else does', async () => {
    const env = { XDG_CONFIG_HOME: configHome({ corpus: FIXTURE, color: 'always', fields: 'id,force' }) };
    const r = await run(['list'], { env });
    expect(r.stdout).toMatch(ANSI);
    expect(r.stdout.replace(/\x1b\[[0-9;]*m/g, '').split('\n')[0]).toBe('aa11bb22-1\tmust-not');
    // JSON keeps whole records; flags and the environment win
    expect(Object.keys((JSON.parse((await run(['list', '--json'], { env })).stdout) as object[])[0]!)).toContain('text');
    expect((await run(['--color', 'never', 'list', '--fields', 'id'], { env })).stdout.split('\n')[0]).toBe('aa11bb22-1');
    expect((await run(['list', '--fields', 'id'], { env: { ...env, DIRECTIVES_CORPUS: 'data/corpus.json' } })).stdout.replace(/\x1b\[[0-9;]*m/g, '').split('\n')[0]).toBe('4192be01-1');
  });

  it('directives config shows each value and where it came from', async () => {
    const home = configHome({ corpus: FIXTURE, pager: 'most' });
    const shown = settings((await run(['config', '--json'], { env: { XDG_CONFIG_HOME: home } })).stdout);
    expect(shown.config).toEqual({ value: join(home, 'directives', 'config.json'), source: 'found' });
    expect(shown.corpus).toEqual({ value: FIXTURE, source: 'config file' });
    expect(shown.pager).toEqual({ value: 'most', source: 'config file' });
    expect(shown.color!.source).toMatch(/^default/);
    const overridden = settings((await run(['--corpus', 'x.json', '--color', 'never', 'config', '--json'], { env: { XDG_CONFIG_HOME: home, DIRECTIVES_PAGER: 'less' } })).stdout);
    expect(overridden.corpus).toEqual({ value: 'x.json', source: '--corpus' });
    expect(overridden.color).toEqual({ value: 'never', source: '--color' });
    expect(overridden.pager).toEqual({ value: 'less', source: '$DIRECTIVES_PAGER' });
    const none = await run(['config'], { env: { HOME: '/nonexistent-home' } });
    expect(none.stdout).toMatch(/^config\t\/nonexistent-home\/\.config\/directives\/config\.json\tnot found \(optional\)$/m);
    expect(none.stdout).toMatch(/^corpus\t.*data\/corpus\.json\tdefault/m);
  });

  it('a broken or misspelt config file is an error naming it', async () => {
    const bad = await run(['list'], { env: { XDG_CONFIG_HOME: configHome({ colour: 'always' }) } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/config\.json: unknown setting "colour"/);
    expect((await run(['list'], { env: { XDG_CONFIG_HOME: configHome('{') } })).code).toBe(2);
    expect((await run(['list'], { env: { XDG_CONFIG_HOME: configHome({ color: 'sometimes' }) } })).stderr).toMatch(/"color" must be one of auto, always, never/);
  });
});
