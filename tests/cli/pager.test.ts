import { describe, expect, it } from 'vitest';
import type { OutStream, Pager } from '../../src/cli/io.js';
import { pagerCommand } from '../../src/cli/pager.js';
import { runCli } from '../../src/cli/run.js';
import { memoryIo } from '../helpers/cli.js';
import { FIXTURE, HAS_SCRIPT, run, runInTerminal } from '../helpers/run.js';

/** Issue 14, item 14: long output on a terminal goes through a pager; never through a pipe. */

function fakePager(started: string[]): (command: string) => Pager {
  return (command) => {
    started.push(command);
    const chunks: string[] = [];
    const stdout: OutStream = { write: (text) => (chunks.push(text), true), drained: () => Promise.resolve(), closed: false, isTTY: true, columns: 100 };
    return { stdout, close: async () => void started.push(`closed:${chunks.join('').length > 0}`) };
  };
}

async function inProcess(args: string[], tty: boolean, env: Record<string, string> = {}): Promise<{ started: string[]; stdout: string }> {
  const { io, stdout } = memoryIo({ tty, env: { PATH: '', ...env } });
  const started: string[] = [];
  io.startPager = fakePager(started);
  await runCli(['node', 'directives', '--corpus', FIXTURE, ...args], io);
  return { started, stdout: stdout.bytes().toString('utf8') };
}

describe('the pager decision', () => {
  it('$DIRECTIVES_PAGER, then the config, then $PAGER, then less -FRX when installed; empty or cat means none', () => {
    expect(pagerCommand({ DIRECTIVES_PAGER: 'most', PAGER: 'more' }, undefined)).toBe('most');
    expect(pagerCommand({ PAGER: 'more' }, 'moar')).toBe('moar');
    expect(pagerCommand({ PAGER: 'more' }, undefined)).toBe('more');
    expect(pagerCommand({ PAGER: '' }, undefined)).toBeNull();
    expect(pagerCommand({ PAGER: 'cat' }, undefined)).toBeNull();
    expect(pagerCommand({ PATH: '/nonexistent' }, undefined)).toBeNull();
  });

  it('a terminal pages list, show and facets; a pipe, --no-pager and browse-like commands do not', async () => {
    const env = { PAGER: 'my-pager' };
    expect((await inProcess(['list'], true, env)).started).toEqual(['my-pager', 'closed:true']);
    expect((await inProcess(['show', 'aa11bb22-1'], true, env)).started).toEqual(['my-pager', 'closed:true']);
    const piped = await inProcess(['list'], false, env);
    expect(piped.started).toEqual([]);
    expect(piped.stdout).not.toBe('');
    expect((await inProcess(['--no-pager', 'list'], true, env)).started).toEqual([]);
    expect((await inProcess(['list'], true, { PAGER: 'cat' })).started).toEqual([]);
    expect((await inProcess(['init', '--help'], true, env)).started).toEqual([]);
  });
});

describe.runIf(HAS_SCRIPT)('the binary on a terminal', () => {
  it('prints through $PAGER on a terminal, straight when piped or with --no-pager', () => {
    const pager = { PAGER: 'sed "s/^/PAGED:/"', NO_COLOR: '1' };
    const tty = runInTerminal(['--corpus', FIXTURE, 'list', '--fields', 'id'], pager);
    expect(tty.stdout).toMatch(/PAGED:aa11bb22-1/);
    expect(runInTerminal(['--corpus', FIXTURE, '--no-pager', 'list', '--fields', 'id'], pager).stdout).not.toMatch(/PAGED:/);
    const piped = run(['--corpus', FIXTURE, 'list', '--fields', 'id'], pager);
    expect(piped.stdout.split('\n')[0]).toBe('aa11bb22-1');
  });
});
