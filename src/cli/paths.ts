/**
 * Where the built package's files are, anchored on this module's folder
 * (dist/cli/). main.ts and this file sit side by side whether main.ts is tsc's
 * output or the single-file bundle (scripts/bundle-cli.mjs) that replaces it,
 * so these stay right in both.
 */
export const DIST_DIR = new URL('../', import.meta.url);
export const PACKAGE_JSON = new URL('../../package.json', import.meta.url);
/** The Ink browser as one file (scripts/bundle-tui.mjs). */
export const TUI_BUNDLE = new URL('tui.js', DIST_DIR);
/** The unbundled browser, for a tree built by tsc alone. */
export const TUI_MODULES = new URL('tui/index.js', DIST_DIR);
/** The search worker `browse` starts for big JSON corpora (tsc's output, not bundled). */
export const BROWSE_WORKER = new URL('tui/search-worker.js', DIST_DIR);
/** The directive contract (`directives help directives`), shipped in the package. */
export const DIRECTIVES_DOC = new URL('../../docs/DIRECTIVES.md', import.meta.url);
