// `npm run lint`: ESLint's and typescript-eslint's recommended rules, and the
// direction of imports between the layers of src/ (STYLE.md, issue 11).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first: a file may import from its own layer and
 * the layers below it, never above. model and vocab are one layer (types and
 * as-const tables that describe each other); cli and tui are the top. src/errors.ts
 * sits under everything.
 */
export const LAYERS = [['model', 'vocab'], ['parse'], ['corpus'], ['query'], ['render'], ['cli', 'tui']];

/** Folders a file in `folder` must not import from. */
export function forbiddenFor(folder) {
  const level = LAYERS.findIndex((layer) => layer.includes(folder));
  const above = LAYERS.slice(level + 1).flat();
  // the TUI is loaded by the CLI (browse), never the other way round
  return folder === 'tui' ? [...above, 'cli'] : above;
}

const layerRule = (folder) => {
  const forbidden = forbiddenFor(folder);
  const message = `src/${folder} is below ${forbidden.join(', ')}: imports point down only (model/vocab ← parse ← corpus ← query ← render ← cli/tui).`;
  const patterns = forbidden.map((name) => ({ group: [`**/${name}/*`, `**/${name}`], message }));
  const syntax = forbidden.length ? [{ selector: `ImportExpression[source.value=/(^|\\/)(${forbidden.join('|')})\\//]`, message }] : [];
  if (folder === 'cli') {
    // the CLI reaches a corpus folder through query/ (issue 11: "the CLI never imports the SQLite store directly")
    const store = 'src/cli must not import the SQLite store (src/corpus/store*) directly; go through query/.';
    patterns.push({ group: ['**/corpus/store', '**/corpus/store.*', '**/corpus/store-*', '**/corpus/store/*'], message: store });
    syntax.push({ selector: 'ImportExpression[source.value=/(^|\\/)corpus\\/store([.\\/-]|$)/]', message: store });
  }
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: {
      // static imports, type-only imports included; dynamic import() through no-restricted-syntax
      'no-restricted-imports': ['error', { patterns }],
      'no-restricted-syntax': ['error', ...syntax],
    },
  };
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/.cache/', '.test-results/', 'eval/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Recognising terminal escape sequences is part of this program's job (render/sanitize.ts,
      // the hardening tests): control characters in its regular expressions are deliberate.
      'no-control-regex': 'off',
      // `_name` marks a parameter or a destructured field that is deliberately unused
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  ...LAYERS.flat().map(layerRule),
);
