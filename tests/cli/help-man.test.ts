import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manPage } from '../../src/cli/man.js';
import { describeProgram } from '../../src/cli/run.js';
import { run } from '../helpers/cli.js';
import { ROOT } from '../helpers/paths.js';

/** Issue 14, item 16: a man page written from the command definitions, and `directives help TOPIC`. */

describe('directives(1)', () => {
  const page = manPage(describeProgram(), '9.9.9');

  it('lists every visible command and its flags, as --help does', () => {
    const program = describeProgram();
    for (const command of program.commands) {
      const hidden = command.name().startsWith('__');
      expect(page.includes(`.B directives ${command.name()}`), command.name()).toBe(!hidden);
    }
    expect(page).toContain('\\-\\-min\\-force');
    expect(page).toContain('.SH QUERY SYNTAX');
    expect(page).toMatch(/^\.TH DIRECTIVES 1 "" "directives 9\.9\.9"/);
  });

  it.runIf(spawnSync('man', ['--version']).status === 0)('renders with man, without warnings', () => {
    const path = `${ROOT}directives.1`;
    expect(existsSync(path), 'npm run build writes directives.1').toBe(true);
    const r = spawnSync('man', ['--warnings', '-l', path], { encoding: 'utf8', env: { ...process.env, MANPAGER: 'cat', MANWIDTH: '80' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/NAME\s+directives/);
    expect(r.stdout).toContain('QUERY SYNTAX');
    expect(r.stderr).toBe('');
  });

  it('is shipped: package.json names it and lists it in files', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { man: string; files: string[] };
    expect(pkg.man).toBe('./directives.1');
    expect(pkg.files).toEqual(expect.arrayContaining(['directives.1', 'docs/DIRECTIVES.md']));
  });
});

describe('directives help TOPIC', () => {
  it('topics: the query syntax and the directive contract', async () => {
    expect((await run(['help', 'query'])).stdout).toMatch(/^Query syntax/);
    expect((await run(['help', 'directives'])).stdout).toBe(readFileSync(`${ROOT}docs/DIRECTIVES.md`, 'utf8').replace(/\n?$/, '\n'));
    expect((await run(['help'])).stdout).toMatch(/Topics \(directives help TOPIC\):\n {2}query/);
  });

  it('a command name gives its help; anything else is a usage error', async () => {
    const r = await run(['help', 'search']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: directives search/);
    expect(r.stdout).toContain('Query syntax');
    expect((await run(['help', 'nope'])).code).toBe(2);
  });
});
