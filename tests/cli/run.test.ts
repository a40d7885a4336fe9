import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Command } from 'commander';
import { EXIT } from '../../src/errors.js';
import { runCli } from '../../src/cli/run.js';
import type { Context } from '../../src/cli/context.js';
import { memoryIo, run } from '../helpers/cli.js';
import { FIXTURE } from '../helpers/run.js';

interface Parsed {
  name: string;
  options: Record<string, unknown>;
  args: string[];
  ctx: Context;
}

/** Parse `args` without running the command (gh's runF): what the command would be handed. */
async function parsed(args: string[]): Promise<Parsed & { code: number }> {
  const { io } = memoryIo();
  const seen: Parsed[] = [];
  const code = await runCli(['node', 'directives', ...args], io, {
    runF: async (command: Command, ctx: Context) => {
      seen.push({ name: command.name(), options: command.opts(), args: command.args, ctx });
      return 0;
    },
  });
  expect(seen).toHaveLength(1);
  return { code, ...seen[0]! };
}

afterEach(() => vi.restoreAllMocks());

describe('runCli', () => {
  it('hands each command its parsed flags and the global options', async () => {
    const list = await parsed(['--corpus', FIXTURE, '--color', 'never', 'list', '--force', 'must,should', '--force', 'may', '--limit', '3']);
    expect(list).toMatchObject({ code: 0, name: 'list', options: { force: ['must', 'should', 'may'], limit: '3' } });
    expect(list.ctx.globals).toMatchObject({ corpus: FIXTURE, color: 'never' });
    const search = await parsed(['search', 'moral', 'skils', '--exact']);
    expect(search).toMatchObject({ name: 'search', options: { exact: true }, args: ['moral', 'skils'] });
    expect(search.ctx.globals.color).toBe('auto');
  });

  it.each([
    ['list', '--force', 'bogus'],
    ['list', '--json', '--csv'],
    ['facets'],
    ['bogus'],
  ])('a usage error in %s stops before the command runs: exit 2', async (...args) => {
    const { io, stderr } = memoryIo();
    const runF = vi.fn(async () => 0);
    expect(await runCli(['node', 'directives', ...args], io, { runF })).toBe(EXIT.usage);
    expect(runF).not.toHaveBeenCalled();
    expect(stderr.bytes().toString()).toMatch(/^directives: /);
  });

  it('a bug is exit 70 (EXIT.internal) with one line; DIRECTIVES_DEBUG adds the stack', async () => {
    const boom = async (): Promise<number> => {
      throw new TypeError('boom \x1b[2J');
    };
    const plain = memoryIo();
    expect(await runCli(['node', 'directives', 'list'], plain.io, { runF: boom })).toBe(70);
    expect(EXIT.internal).toBe(70);
    expect(plain.stderr.bytes().toString()).toBe('directives: internal error: boom \\x1b[2J\n');
    const debug = memoryIo({ env: { DIRECTIVES_DEBUG: '1' } });
    expect(await runCli(['node', 'directives', 'list'], debug.io, { runF: boom })).toBe(70);
    expect(debug.stderr.bytes().toString()).toMatch(/^directives: internal error: boom.*\nTypeError: boom[^]*\n\s+at /);
  });

  it('help and version are printed through the Io and exit 0', async () => {
    const help = await run(['--help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toContain('Usage: directives');
    expect(help.stdout).toContain('Exit status:');
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('prints only through the Io it is given, never to the process streams', async () => {
    const stdout = vi.spyOn(process.stdout, 'write');
    const stderr = vi.spyOn(process.stderr, 'write');
    for (const args of [['list'], ['list', '--json'], ['search', 'water', '--corpus', FIXTURE], ['show', 'nope'], ['docs'], ['facets', '--by', 'force'], ['list', '--force', 'x'], ['--help']]) {
      const result = await run(args, { tty: true });
      expect(result.output).not.toBe('');
    }
    expect(stdout).not.toHaveBeenCalled();
    expect(stderr).not.toHaveBeenCalled();
  });

  it('reads the environment from the Io: DIRECTIVES_CORPUS and the colour variables', async () => {
    expect((await run(['docs', '--fields', 'id'], { env: { DIRECTIVES_CORPUS: FIXTURE } })).stdout.trim().split('\n')).toHaveLength(3);
    expect((await run(['list'], { tty: true })).output).toMatch(/\x1b\[/);
    expect((await run(['list'], { tty: true, env: { NO_COLOR: '1' } })).output).not.toMatch(/\x1b\[/);
    expect((await run(['list'], { tty: true, env: { FORCE_COLOR: '0' } })).output).not.toMatch(/\x1b\[/);
  });

  it('browse refuses an Io without a terminal to take over, before loading the TUI', async () => {
    const result = await run(['browse'], { tty: true });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'directives: browse needs an interactive terminal; use list or search in scripts\n' });
  });
});
