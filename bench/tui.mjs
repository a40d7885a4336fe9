// `directives browse` (issue 4): time to the first frame on the built-in corpus
// (target < 1 s), and keystroke-to-frame on a synthetic 100k-directive corpus
// (target ≤ 50 ms median). The binary runs on a real pseudo-terminal (util-linux
// `script`), so every figure includes Node's start-up, Ink's output and the pty.
// For each keystroke two times are reported: until the frame that shows the
// typed character (echo), and until the frame that shows its results, which
// includes the 60 ms debounce and the search itself (run in a worker thread).
//   node bench/tui.mjs [--first-frame]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = `${root}bin/directives.js`;
if (spawnSync('script', ['--version']).status !== 0) {
  console.log('tui: util-linux `script` not found, skipped');
  process.exit(0);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(0)} ms`;
const strip = (text) => text.replace(/\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b\[[0-?]*[ -/]*[@-~]|\x1b[=>78]|\r/g, '');
const quote = (arg) => `'${arg.replace(/'/g, `'\\''`)}'`;

/** The binary on a 120×40 pty. `until(test)` resolves when `test()` holds after some output, with the time. */
function openBrowser(args) {
  const env = { ...process.env, TERM: 'xterm-256color' };
  // is-in-ci (used by Ink) renders nothing until exit when CI is set.
  for (const name of ['CI', 'CONTINUOUS_INTEGRATION', 'NO_COLOR', 'FORCE_COLOR', 'DIRECTIVES_CORPUS']) delete env[name];
  const command = `stty cols 120 rows 40; exec ${quote(process.execPath)} ${quote(bin)} browse ${args.map(quote).join(' ')}`;
  const started = performance.now();
  const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: root, env, stdio: ['pipe', 'pipe', 'inherit'] });
  let output = '';
  const waiters = [];
  child.stdout.on('data', (chunk) => {
    output += chunk.toString('utf8');
    for (const waiter of [...waiters]) waiter();
  });
  const until = (test, timeout = 60_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out; screen so far:\n${strip(output).slice(-2000)}`)), timeout);
      // `test` reads the output itself (usually only what came since a mark): stripping all of it on every chunk would load the machine being measured.
      const check = () => {
        if (!test()) return;
        clearTimeout(timer);
        waiters.splice(waiters.indexOf(check), 1);
        resolve(performance.now());
      };
      waiters.push(check);
      check();
    });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return {
    started,
    until,
    mark: () => output.length,
    since: (mark) => strip(output.slice(mark)),
    send: (keys) => child.stdin.write(keys),
    quit: async () => {
      child.stdin.write('\x03');
      await exited;
    },
  };
}

// ── time to first frame, built-in corpus ──
const firstFrames = [];
for (let i = 0; i < 7; i++) {
  const browser = openBrowser([]);
  const at = await browser.until(() => / of 9\b/.test(browser.since(0)));
  firstFrames.push(at - browser.started);
  await browser.quit();
}
const listRuns = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  spawnSync(process.execPath, [bin, 'list'], { cwd: root });
  listRuns.push(performance.now() - t0);
}
console.log('tui: time to first frame, built-in corpus (9 directives), 120×40 pty');
console.log(`  median ${fmt(median(firstFrames))}  (runs: ${firstFrames.map(fmt).join(', ')}; target < 1000 ms)`);
console.log(`  for scale: \`directives list\` whole process median ${fmt(median(listRuns))}`);

// `node bench/tui.mjs --first-frame` stops here.
if (process.argv.includes('--first-frame')) process.exit(0);

// ── a deterministic synthetic corpus of 100k directives ──
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticCorpus(count, perDocument = 100) {
  const seed = JSON.parse(readFileSync(`${root}data/corpus.json`, 'utf8'));
  const words = [...new Set(seed.documents.map((d) => d.source).join(' ').toLowerCase().match(/[a-z][a-z-]+/g))];
  const random = mulberry32(20_241_129);
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const forces = ['must', 'must-not', 'should', 'necessary', 'will', 'strive', 'encourage', 'may', 'imperative'];
  const reporting = ['emphasize', 'request', 'point out', 'stress', null];
  const issuers = ['the meeting', 'the State Council', 'the ministry', 'the conference', null];
  const documents = [];
  const directives = [];
  for (let d = 0; d * perDocument < count; d++) {
    const id = (0x10000000 + d).toString(16);
    let source = `Synthetic readout ${d}\n\n`;
    for (let n = 1; n <= Math.min(perDocument, count - d * perDocument); n++) {
      const body = Array.from({ length: 12 + Math.floor(random() * 25) }, () => pick(words));
      const text = `it is necessary to ${body.join(' ')}`;
      if (n > 1 && n % 5 === 1) source += '\n\n';
      const start = source.length;
      source += `${text}. `;
      directives.push({
        id: `${id}-${n}`,
        doc: id,
        start,
        end: start + text.length,
        text,
        force: pick(forces),
        cue: 'it is necessary to',
        reporting: pick(reporting),
        issuer: pick(issuers),
        addressee: random() < 0.3 ? pick(['we', 'all localities', 'schools']) : null,
        actions: [{ verb: body[0], object: body.slice(1, 6).join(' ') }],
        purpose: random() < 0.2 ? `to ${body.slice(0, 4).join(' ')}` : null,
        themes: [body.slice(2, 4).join(' '), pick(words)],
        paragraph: 1 + Math.floor((n - 1) / 5),
        sentence: n,
      });
    }
    documents.push({
      id,
      file: `readout-${d}.txt`,
      title: `Synthetic conference ${d}`,
      date: `${2010 + (d % 15)}-0${1 + (d % 9)}-1${d % 10}`,
      place: 'Beijing',
      issuer: 'the meeting',
      event: null,
      participants: [],
      language: 'en',
      sha256: id.repeat(8),
      parserVersion: 'synthetic',
      source,
    });
  }
  return { schemaVersion: 1, documents, directives };
}


/** Type "moral", erase it, type "skill", erase it, one key at a time; time each key's echo and its results. */
async function measureTyping(args) {
  const browser = openBrowser(args);
  const total = COUNT.toLocaleString('en');
  const first = await browser.until(() => browser.since(0).includes(`of ${total}`));
  await browser.until(() => new RegExp(`\\d of ${total}(?! \\(searching)`).test(browser.since(0)));
  const ready = performance.now();
  // The last complete frame of what was printed since a mark: from its query line to its status line.
  const lastFrame = (screen) => {
    const frames = screen.split('search: ').filter((frame) => frame.includes(`of ${total}`));
    return frames[frames.length - 1] ?? '';
  };
  const echo = [];
  const results = [];
  let typed = '';
  const keys = [...'moral', '\x7f', '\x7f', '\x7f', '\x7f', '\x7f', ...'skill', '\x7f', '\x7f', '\x7f', '\x7f', '\x7f'];
  for (const key of keys) {
    typed = key === '\x7f' ? typed.slice(0, -1) : typed + key;
    const mark = browser.mark();
    const t0 = performance.now();
    browser.send(key);
    const echoed = await browser.until(() => lastFrame(browser.since(mark)).startsWith(`${typed}▏`));
    // Results: the first frame for this query that is not waiting for a search, once its search was asked for.
    // (An answer that draws the very same frame draws nothing: such a key is left out of the results figure.)
    const answered = await browser
      .until(() => {
        const since = browser.since(mark);
        const frame = lastFrame(since);
        return frame.startsWith(`${typed}▏`) && !frame.includes('searching') && (since.includes('searching') || since.split('search: ').length > 2);
      }, 30_000)
      .catch(() => null);
    echo.push(echoed - t0);
    if (answered !== null) results.push(answered - t0);
    // A person reads between keystrokes; let the terminal settle.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await browser.quit();
  return { firstFrame: first - browser.started, firstResults: ready - browser.started, echo, results };
}

function report(label, { firstFrame, firstResults, echo, results }) {
  console.log(`  ${label}`);
  console.log(`    first frame ${fmt(firstFrame)}, first results ${fmt(firstResults)}`);
  console.log(`    keystroke → frame showing it (echo): median ${fmt(median(echo))}, max ${fmt(Math.max(...echo))}  (target ≤ 50 ms)`);
  console.log(`    keystroke → frame with its results:  median ${fmt(median(results))}, max ${fmt(Math.max(...results))}  (includes the 60 ms debounce)`);
}

const COUNT = 100_000;
const dir = mkdtempSync(join(tmpdir(), 'directives-tui-bench-'));
try {
  const corpus = syntheticCorpus(COUNT);
  const file = join(dir, 'corpus.json');
  writeFileSync(file, JSON.stringify(corpus));

  // The search alone, in process: the selector `search` and `browse` share.
  const { memoryReader } = await import('../dist/query/open.js');
  const reader = memoryReader(corpus);
  const select = (selection) => reader.select(selection);
  select({ query: 'warm', criteria: {} });
  const searchTimes = {};
  for (const query of ['m', 'mo', 'mor', 'mora', 'moral', "'moral", 'moral skills']) {
    const t0 = performance.now();
    const hits = select({ query, criteria: {} });
    searchTimes[query] = { ms: performance.now() - t0, hits: hits.length };
  }

  const json = await measureTyping(['--corpus', file]);
  const total = COUNT.toLocaleString('en');
  console.log(`tui: synthetic corpus, ${total} directives in ${corpus.documents.length.toLocaleString('en')} documents`);
  report(`corpus JSON (${(JSON.stringify(corpus).length / 1e6).toFixed(0)} MB; loaded twice: the UI and the search worker)`, json);

  // The same directives in a corpus folder (SQLite), whose search ranks indexed candidates only.
  const folder = join(dir, 'store');
  const made = spawnSync(process.execPath, [bin, 'init', folder], { encoding: 'utf8' });
  const added = made.status === 0 ? spawnSync(process.execPath, [bin, '--corpus', folder, 'add', file], { encoding: 'utf8', maxBuffer: 1 << 26 }) : made;
  if (added.status === 0) report('corpus folder (SQLite)', await measureTyping(['--corpus', folder]));
  else console.log(`  corpus folder: could not be made (${(added.stderr || '').trim().split('\n')[0]}), skipped`);
  console.log('  the search alone (in process, same selector as `directives search`):');
  for (const [query, { ms, hits }] of Object.entries(searchTimes)) console.log(`    ${JSON.stringify(query).padEnd(15)} ${fmt(ms).padStart(8)}  ${hits.toLocaleString('en')} hits`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
