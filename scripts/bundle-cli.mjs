// `npm run build`, after tsc: the command line (src/cli/main.ts and everything
// it loads but the TUI) as one ESM file that replaces dist/cli/main.js. Node
// loads one file instead of ~40 modules and commander's own files; that per-module
// cost was most of `directives list --json`'s time beyond Node's start-up
// (bench/cli.mjs, issue 3). Lazy imports stay lazy as code, but no longer cost
// a file each. better-sqlite3 (native) stays outside; the TUI (dist/tui.js) and
// the browse search worker (dist/tui/search-worker.js) are loaded by URL at run
// time (src/cli/paths.ts) and so stay separate.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outdir: 'dist/cli',
  // lazy imports (the parser, the store, the renderers) become chunks beside
  // main.js, loaded only by the commands that need them
  splitting: true,
  chunkNames: 'chunk-[name]-[hash]',
  allowOverwrite: true,
  bundle: true,
  minify: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // the document readers (issue 13) stay packages of their own, loaded from
  // node_modules only when such a file is read: pdf.js in particular is not
  // built to be re-bundled
  external: ['better-sqlite3', 'unpdf', 'mammoth', 'linkedom', '@mozilla/readability', 'markdown-it', 'chardet'],
  // commander and other CommonJS inside the bundle call require() for Node's built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // the chunks sit in dist/cli/: the PostgreSQL client's worker loads `pg` from dist/pg.cjs (below)
  define: { __PG_BUNDLE__: JSON.stringify('../pg.cjs') },
  legalComments: 'none',
  logLevel: 'warning',
});

// `pg` and its ~30 modules as one CommonJS file, for the PostgreSQL client's
// worker thread (src/corpus/pg/client.ts): loading it was about half of the
// fixed cost of a command against a server (bench/pg.mjs). Its optional native
// binding and its Cloudflare socket are never used by a Node client.
await build({
  absWorkingDir: root,
  entryPoints: ['pg'],
  outfile: 'dist/pg.cjs',
  bundle: true,
  minify: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['pg-native', 'pg-cloudflare'],
  // pg asks whether it runs on Cloudflare by making a `Response`, which on Node
  // loads and compiles undici (fetch): ~20 ms of every connection's start-up
  define: { Response: 'undefined' },
  legalComments: 'none',
  logLevel: 'warning',
});
