import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { ROOT } from './helpers/paths.js';

/**
 * Issue 14, item 19: the README's `$ directives …` examples are real. Each
 * runs against the built-in corpus as on a 100-column terminal without colour
 * (and, in process, without a pager), and must print what the README shows.
 */

interface Example {
  command: string;
  args: string[];
  output: string;
}

/** Shell words of a simple command line: spaces split, "…" and '…' quote. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) words.push(m[1] ?? m[2] ?? m[3]!);
  return words;
}

function examples(readme: string): Example[] {
  const found: Example[] = [];
  for (const block of readme.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)) {
    const lines = block[1]!.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const m = /^\$ directives (.*)$/.exec(lines[i]!);
      if (!m) continue;
      const output: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith('$ '); i++) output.push(lines[i]!);
      i--;
      while (output.length > 0 && output[output.length - 1] === '') output.pop();
      found.push({ command: m[1]!, args: shellWords(m[1]!), output: output.join('\n') });
    }
  }
  return found;
}

const readme = readFileSync(`${ROOT}README.md`, 'utf8');

describe('README examples', () => {
  const all = examples(readme);

  it('there are examples to run, against the built-in corpus only', () => {
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const example of all) expect(example.command).not.toMatch(/--corpus|[|><;&]/);
  });

  for (const example of all) {
    it(`$ directives ${example.command}`, async () => {
      const r = await run(example.args, { tty: true, columns: 100, env: { NO_COLOR: '1' } });
      expect(r.stdout.replace(/[ \t]+$/gm, '').trimEnd()).toBe(example.output);
    });
  }
});
