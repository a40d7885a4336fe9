import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

/**
 * The lint rule that keeps imports pointing down the layers (eslint.config.js)
 * must actually reject an upward import: each snippet is linted as if it were
 * the named file in src/.
 */
const eslint = new ESLint({ cwd: ROOT });
const { LAYERS } = (await import(`${ROOT}eslint.config.js`)) as { LAYERS: string[][] };

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = 1;\n`, { filePath: `${ROOT}${filePath}` });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the layer rule', () => {
  it.each([
    ['src/parse/x.ts', "import { toCriteria } from '../query/filter.js';\nexport { toCriteria };", /no-restricted-imports: .*imports point down only/],
    ['src/corpus/x.ts', "import type { SortOptions } from '../query/sort.js';\nexport type { SortOptions };", /no-restricted-imports/],
    ['src/model/x.ts', "import type { Theme } from '../render/theme.js';\nexport type { Theme };", /no-restricted-imports/],
    ['src/query/x.ts', "export const load = () => import('../render/theme.js');", /no-restricted-syntax: .*imports point down only/],
    ['src/tui/x.ts', "import { out } from '../cli/io.js';\nexport { out };", /no-restricted-imports/],
    ['src/render/x.ts', "import { runCli } from '../cli/run.js';\nexport { runCli };", /no-restricted-imports/],
  ])('rejects an upward import in %s', async (file, code, rule) => {
    expect(await problems(file, code)).toEqual([expect.stringMatching(rule)]);
  });

  it.each([
    ['src/cli/commands/x.ts', "import type { Store } from '../../corpus/store.js';\nexport type { Store };"],
    ['src/cli/x.ts', "export const load = () => import('../corpus/store.js');"],
  ])('keeps the CLI off the SQLite store: %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([expect.stringMatching(/must not import the SQLite store/)]);
  });

  it.each([
    ['src/query/x.ts', "import { loadCorpus } from '../corpus/load.js';\nexport { loadCorpus };"],
    ['src/model/x.ts', "import { FORCES } from '../vocab/forces.js';\nexport { FORCES };"],
    ['src/cli/x.ts', "import type { Browser } from '../tui/index.js';\nimport { sanitize } from '../render/sanitize.js';\nexport type { Browser };\nexport { sanitize };"],
    ['src/cli/x.ts', "export const load = () => import('../query/open.js');"],
    ['src/parse/x.ts', "import { EXIT } from '../errors.js';\nexport { EXIT };"],
  ])('allows a downward import in %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });

  it('covers every folder of src/', () => {
    const folders = readdirSync(`${ROOT}src`, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(LAYERS.flat().sort()).toEqual(folders.sort());
  });
});
