import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';
import { BIN, cleanEnv, FIXTURE } from '../helpers/run.js';

/** Issue 14, item 15: completion scripts for bash, zsh and fish, answered from the command definitions and the corpus. */

const candidates = async (...words: string[]): Promise<string[]> => {
  const r = await run(['__complete', '--', ...words]);
  expect(r.code).toBe(0);
  return r.stdout.split('\n').filter(Boolean);
};

describe('directives __complete', () => {
  it('commands, flags and their values from the definitions and vocabulary tables', async () => {
    expect(await candidates('li')).toEqual(['list']);
    expect(await candidates('')).toEqual(expect.arrayContaining(['list', 'search', 'show', 'doc', 'facets', 'completion']));
    expect(await candidates('')).not.toContain('__complete');
    expect(await candidates('list', '--min')).toEqual(['--min-force', '--min-confidence']);
    expect(await candidates('list', '--force', 'm')).toEqual(['must', 'must-not', 'may']);
    expect(await candidates('list', '--lang', '')).toEqual(['en', 'zh']);
    expect(await candidates('facets', '--by', 'a')).toEqual(['addressee']);
    expect(await candidates('search', '--fields', 'id,rel')).toEqual(['id,relevance']);
    expect(await candidates('completion', '')).toEqual(['bash', 'zsh', 'fish']);
  });

  it('document ids, directive ids and themes from the corpus the words name', async () => {
    expect(await candidates('--corpus', FIXTURE, 'doc', 'cc')).toEqual(['cc33dd44']);
    expect(await candidates('--corpus', FIXTURE, 'list', '--doc', '')).toEqual(['aa11bb22', 'cc33dd44', 'ee55ff66']);
    expect(await candidates('--corpus', FIXTURE, 'show', 'aa11bb22-')).toContain('aa11bb22-6');
    expect(await candidates('--corpus', FIXTURE, 'list', '--theme', 'flo')).toEqual(['flood control']);
    expect(await candidates('--corpus', '/nonexistent', 'doc', '')).toEqual([]);
  });

  it('the scripts name the completer', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) expect((await run(['completion', shell])).stdout).toContain('directives __complete --');
    expect((await run(['completion', 'tcsh'])).code).toBe(2);
  });
});

/** A `directives` on PATH running this checkout's binary, as `npm link` would give. */
function shimPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'directives-bin-'));
  const shim = join(dir, 'directives');
  writeFileSync(shim, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`);
  chmodSync(shim, 0o755);
  return `${dir}:${process.env.PATH ?? ''}`;
}

const has = (shell: string): boolean => spawnSync(shell, ['-c', 'true']).status === 0;

describe('the scripts load in their shells', () => {
  it('bash: sourced, registered, and completing a document id', () => {
    const env = cleanEnv({ PATH: shimPath(), DIRECTIVES_CORPUS: FIXTURE });
    const loaded = spawnSync('bash', ['-c', 'source <(directives completion bash) && complete -p directives'], { env, encoding: 'utf8' });
    expect(loaded.stdout).toContain('-F _directives directives');
    const script = 'source <(directives completion bash); COMP_WORDS=(directives doc ee5); COMP_CWORD=2; _directives; printf "%s\\n" "${COMPREPLY[@]}"';
    expect(spawnSync('bash', ['-c', script], { env, encoding: 'utf8' }).stdout).toBe('ee55ff66\n');
  });

  it.runIf(has('zsh'))('zsh: sourced after compinit, registered', () => {
    const env = cleanEnv({ PATH: shimPath(), DIRECTIVES_CORPUS: FIXTURE, HOME: mkdtempSync(join(tmpdir(), 'directives-zsh-')) });
    const r = spawnSync('zsh', ['-fc', 'autoload -Uz compinit && compinit -u && source <(directives completion zsh) && print -r -- $_comps[directives]'], { env, encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('_directives');
  });
});
