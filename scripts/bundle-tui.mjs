// `npm run build`, after tsc: the browser (src/tui) with ink, react and every
// module they load as one ESM file, dist/tui.js. Node then reads one file
// instead of ~80, which is most of the time to the first frame (issue 4;
// bench/tui.mjs measures it). `browse` falls back to dist/tui/ without it.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

// Ink connects to React DevTools only when DEV=true, through a dynamic import of
// its devtools module, which imports react-devtools-core (not installed). Bundled,
// that import would become a static one at the top of dist/tui.js and break
// every start, so the devtools module is replaced by an empty one.
//
// Ink also asks is-in-ci whether $CI is set, and then draws nothing until it
// exits. `browse` runs only on a terminal (it refuses otherwise), so a person
// is watching even when their shell has CI set: the answer is always no.
const replaced = {
  name: 'replace-modules',
  setup(build) {
    build.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) => (/[\\/]ink[\\/]/.test(args.importer) ? { path: 'ink-devtools', namespace: 'replaced' } : undefined));
    build.onResolve({ filter: /^is-in-ci$/ }, () => ({ path: 'is-in-ci', namespace: 'replaced' }));
    build.onLoad({ filter: /^ink-devtools$/, namespace: 'replaced' }, () => ({ contents: '' }));
    build.onLoad({ filter: /^is-in-ci$/, namespace: 'replaced' }, () => ({ contents: 'export default false;' }));
  },
};
await build({
  absWorkingDir: root,
  entryPoints: ['src/tui/index.tsx'],
  outfile: 'dist/tui.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  define: {
    // React's development build checks every render; the CLI ships the production one.
    'process.env.NODE_ENV': '"production"',
    // yoga-layout (Ink's layout engine) fetches its WebAssembly from a data: URL
    // when `fetch` exists, and Node's first fetch compiles undici: ~150 ms of the
    // first frame. Without fetch it decodes the same bytes directly. Nothing else
    // in the bundle uses fetch.
    fetch: 'undefined',
  },
  plugins: [replaced],
  // CommonJS inside the bundle (react, its scheduler) may call require().
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
