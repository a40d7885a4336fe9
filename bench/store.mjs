#!/usr/bin/env node
// Store benchmark (issue 5): build corpus folders of 10k, 100k and 1M synthetic
// directives (bench/synth.mjs) with the real `directives init` + `add`, then time
// the real binary, whole process, from this process:
//   search "school enterprise" --limit 20 --json     two words
//   search "entreprise cooperaton" --limit 20 --json typos
//   list --force must --limit 20 --json               filter in the store
//   facets --by force --json
// reporting medians over --runs runs (after one warm-up run each, so the page
// cache is warm: these are not cold-start figures), the peak RSS of any query
// run (/usr/bin/time %M), and `fzf --filter` on the same directive texts.
// Nothing is timed inside the measured process. A command that exits non-zero
// is reported as FAILED with its message, never as a number.
//
//   node bench/store.mjs [--sizes 10k,100k,1m] [--runs 5] [--fresh]
//                        [--text-max 10k] [--fzf-runs N] [--no-fzf] [--seed 1]
//
// Sizes up to --text-max are built from plain-text documents (`add DIR`, which
// parses them: the ingest rate includes parsing), and for comparison imported
// again from the same corpus as JSON into a scratch folder; larger sizes are
// imported from already-parsed JSON parts of ~100k directives (`add part.json`,
// one process per part). Generated inputs and built corpora are cached in
// bench/.cache, keyed by size, generator version and a hash of the built store
// and parser code (dist/corpus, dist/parse, dist/model/tokens.js); --fresh rebuilds.
// Needs a build (`npx tsc -p .`).
import { spawnSync, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, GENERATOR_VERSION, parseCount } from './synth.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'bin/directives.js');
const cache = join(root, 'bench/.cache');

// ---------------------------------------------------------------- arguments

const opts = { sizes: '10k,100k,1m', runs: 5, fresh: false, textMax: '10k', fzfRuns: null, fzf: true, seed: 1 };
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--sizes') opts.sizes = value();
    else if (a === '--runs') opts.runs = Number(value());
    else if (a === '--fresh') opts.fresh = true;
    else if (a === '--text-max') opts.textMax = value();
    else if (a === '--fzf-runs') opts.fzfRuns = Number(value());
    else if (a === '--no-fzf') opts.fzf = false;
    else if (a === '--seed') opts.seed = Number(value());
    else if (a === '-h' || a === '--help') usage();
    else usage(`unknown argument ${a}`);
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) usage('--runs must be a positive integer');
}
function usage(problem) {
  if (problem) console.error(`bench/store.mjs: ${problem}`);
  console.error('usage: node bench/store.mjs [--sizes 10k,100k,1m] [--runs 5] [--fresh] [--text-max 10k] [--fzf-runs N] [--no-fzf] [--seed 1]');
  process.exit(problem ? 2 : 0);
}
let sizes;
let textMax;
try {
  sizes = opts.sizes.split(',').filter(Boolean).map(parseCount);
  textMax = parseCount(opts.textMax);
} catch (err) {
  usage(err.message);
}

// ---------------------------------------------------------------- helpers

const log = (msg) => console.error(msg);
const failures = [];
const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const fmtMb = (kb) => `${Math.round(kb / 1024)} MB`;
const label = (n) => (n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : String(n));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** apt-get install, only when we are root and apt-get exists; returns whether it worked. */
function aptInstall(pkg) {
  if (!has('apt-get') || process.getuid?.() !== 0) return false;
  log(`installing ${pkg} (apt-get update && apt-get install -y ${pkg}) …`);
  const r = spawnSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0) log(`  apt-get install ${pkg} failed: ${(r.stderr || '').trim().split('\n').pop()}`);
  return r.status === 0;
}

const notes = [];

// Peak RSS: GNU time's %M (KB) when available, else a preloaded exit hook
// reporting process.resourceUsage().maxRSS (KB) on fd 3.
let timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
if (timeBin && spawnSync(timeBin, ['-f', '%M', 'true'], { stdio: 'ignore' }).status !== 0) timeBin = null; // BSD/busybox time
if (!timeBin) {
  if (aptInstall('time') && existsSync('/usr/bin/time')) {
    timeBin = '/usr/bin/time';
    notes.push('GNU time was missing and was installed with apt-get (apt-get install -y time).');
  } else {
    notes.push('GNU time not available: peak RSS read from process.resourceUsage().maxRSS in an exit hook (--import).');
  }
}
const rssHook =
  'data:text/javascript,' +
  encodeURIComponent("import {writeSync} from 'node:fs'; process.on('exit', () => { try { writeSync(3, String(process.resourceUsage().maxRSS)); } catch {} });");

const rssFile = join(tmpdir(), `directives-bench-rss-${process.pid}`);

/**
 * Run `node bin/directives.js …args` once: wall ms measured here (spawn to
 * exit), exit status, stdout, stderr. With `rss`, the process runs under
 * /usr/bin/time (or the exit hook) and its peak RSS in KB is read too; timed
 * runs go without it, so the wrapper adds nothing to the times.
 */
function runCli(args, { rss: wantRss = false } = {}) {
  let cmd = process.execPath;
  let argv = [bin, ...args];
  const stdio = ['ignore', 'pipe', 'pipe'];
  if (wantRss && timeBin) {
    cmd = timeBin;
    argv = ['-f', '%M', '-o', rssFile, process.execPath, bin, ...args];
  } else if (wantRss) {
    argv = ['--import', rssHook, bin, ...args];
    stdio.push('pipe');
  }
  if (wantRss && timeBin) rmSync(rssFile, { force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { stdio, maxBuffer: 1 << 30, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let rss = NaN;
  if (wantRss) {
    try {
      rss = timeBin ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : Number(r.output[3]);
    } catch {
      /* no figure */
    }
  }
  return { ms, rss, status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

function describeFailure(what, r) {
  const why = r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
  const msg = (r.stderr || '').trim().split('\n').slice(-3).join(' / ');
  return `${what}: ${why}${msg ? ` — ${msg}` : ''}`;
}

function fail(what, r) {
  const text = describeFailure(what, r);
  failures.push(text);
  log(`\n*** FAILED ${text}\n`);
}

/** Hash of the built code that decides what a built corpus looks like. */
function storeKey() {
  const h = createHash('sha256');
  const files = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js')) files.push(p);
    }
  };
  walk(join(root, 'dist/corpus'));
  walk(join(root, 'dist/parse'));
  files.push(join(root, 'dist/model/tokens.js'));
  for (const f of files.sort()) if (existsSync(f)) h.update(relative(root, f)).update(readFileSync(f));
  return h.digest('hex').slice(0, 10);
}

function dirSize(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    n += e.isDirectory() ? dirSize(p) : statSync(p).size;
  }
  return n;
}

// ---------------------------------------------------------------- preconditions

if (!existsSync(join(root, 'dist/cli/main.js'))) {
  console.error('bench/store.mjs: no build — run `npx tsc -p .` (or npm run build) first');
  process.exit(2);
}
{
  const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
  const listed = new Set([...(help.stdout || '').matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]));
  const missing = ['init', 'add', 'search', 'list', 'facets'].filter((c) => !listed.has(c));
  if (missing.length) {
    console.error(`bench/store.mjs: MISSING COMMANDS: ${missing.join(', ')} (not in \`directives --help\`); nothing measured`);
    process.exit(2);
  }
}

let fzfOk = opts.fzf && has('fzf');
if (opts.fzf && !fzfOk) {
  fzfOk = aptInstall('fzf') && has('fzf');
  notes.push(fzfOk ? 'fzf was missing and was installed with apt-get (apt-get install -y fzf).' : 'fzf is missing and could not be installed: fzf columns skipped.');
}
const fzfVersion = fzfOk ? execFileSync('fzf', ['--version'], { encoding: 'utf8' }).trim().split(' ')[0] : null;

// ---------------------------------------------------------------- machine

const cpuModel = (() => {
  try {
    return /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1].trim() ?? cpus()[0]?.model;
  } catch {
    return cpus()[0]?.model ?? 'unknown';
  }
})();
const nproc = (() => {
  try {
    return execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    return String(cpus().length);
  }
})();
const sqliteVersion = (() => {
  try {
    const r = spawnSync(process.execPath, ['-e', "const D=require('better-sqlite3');console.log(new D(':memory:').prepare('select sqlite_version() v').get().v)"], { cwd: root, encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : '?';
  } catch {
    return '?';
  }
})();
const loadStart = loadavg();

// ---------------------------------------------------------------- corpora

const QUERIES = [
  { key: 'search2', title: 'search 2 words', args: ['search', 'school enterprise', '--limit', '20', '--json'] },
  { key: 'typo', title: 'search typo', args: ['search', 'entreprise cooperaton', '--limit', '20', '--json'] },
  { key: 'list', title: 'list filter', args: ['list', '--force', 'must', '--limit', '20', '--json'] },
  { key: 'facets', title: 'facets', args: ['facets', '--by', 'force', '--json'] },
  { key: 'trend', title: 'trend by month', args: ['trend', '--by', 'month', '--json'] },
  { key: 'trendq', title: 'trend of a search', args: ['trend', 'school enterprise', '--by', 'year', '--json'] },
];
/** Extra runs per query under /usr/bin/time for the peak RSS (not timed). */
const RSS_RUNS = 2;
const FZF_QUERIES = [
  { key: 'fzf2', query: 'school enterprise' },
  { key: 'fzfTypo', query: 'entreprise cooperaton' },
];

/** Synthetic inputs for `n` directives (cached). */
async function synthFor(n, mode) {
  const dir = join(cache, `synth-g${GENERATOR_VERSION}-s${opts.seed}-${label(n)}-${mode}`);
  const metaFile = join(dir, 'meta.json');
  if (!opts.fresh && existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
    if (meta.generator === GENERATOR_VERSION && meta.directives === n) return { dir, meta, cached: true };
  }
  log(`generating ${label(n)} directives (${mode}) …`);
  const t0 = performance.now();
  const meta = await generate({ total: n, out: dir, mode, seed: opts.seed, perFile: 100_000, log });
  log(`  ${fmtInt(meta.directives)} directives in ${fmtInt(meta.documents)} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { dir, meta, cached: false };
}

/** init + add into `target`; returns { ms, rss (max over add processes), processes } or null on failure. */
function build(target, inputs, what) {
  rmSync(target, { recursive: true, force: true });
  const init = runCli(['init', target]);
  if (init.status !== 0) {
    fail(`${what}: directives init`, init);
    return null;
  }
  let ms = 0;
  let rss = 0;
  for (const [i, input] of inputs.entries()) {
    const r = runCli(['add', ...input, '--corpus', target], { rss: true });
    if (r.status !== 0) {
      fail(`${what}: directives add ${input.map((p) => relative(root, p)).join(' ')}`, r);
      return null;
    }
    ms += r.ms;
    rss = Math.max(rss, r.rss || 0);
    if (inputs.length > 1) log(`  add ${i + 1}/${inputs.length}: ${fmtMs(r.ms)}, ${(r.stdout + r.stderr).trim().split('\n').pop()}`);
  }
  return { ms, rss, processes: inputs.length };
}

/** Count of directives in a built corpus, from `facets --by force --json`. */
function countDirectives(corpusDir) {
  const r = runCli(['facets', '--by', 'force', '--json', '--corpus', corpusDir]);
  if (r.status !== 0) return { error: r };
  try {
    const rows = JSON.parse(r.stdout);
    return { count: rows.reduce((n, row) => n + row.count, 0) };
  } catch (err) {
    return { error: { ...r, stderr: `unreadable facets output: ${err.message}` } };
  }
}

async function corpusFor(n) {
  const fromText = n <= textMax;
  const synth = await synthFor(n, fromText ? 'both' : 'json');
  const jsonParts = synth.meta.parts.map((p) => [join(synth.dir, p.file)]);
  const how = fromText ? 'text' : 'json';
  const key = storeKey();
  const dir = join(cache, `store-g${GENERATOR_VERSION}-s${opts.seed}-${label(n)}-${how}-${key}`);
  const buildFile = join(dir, 'build.json');
  if (!opts.fresh && existsSync(buildFile) && existsSync(join(dir, 'corpus/corpus.sqlite'))) {
    const info = JSON.parse(readFileSync(buildFile, 'utf8'));
    log(`${label(n)}: corpus cached in ${relative(root, dir)} (built ${info.at})`);
    return { ...info, corpus: join(dir, 'corpus'), lines: join(synth.dir, 'lines.txt'), cached: true };
  }
  // Older builds of this size (other code) are stale: drop them to save disk.
  for (const e of existsSync(cache) ? readdirSync(cache) : []) {
    if (e.startsWith(`store-g${GENERATOR_VERSION}-s${opts.seed}-${label(n)}-${how}-`) || (opts.fresh && e.startsWith(`store-`) && e.includes(`-${label(n)}-`))) {
      rmSync(join(cache, e), { recursive: true, force: true });
    }
  }
  const tmp = `${dir}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const info = { directives: synth.meta.directives, documents: synth.meta.documents, how, at: new Date().toISOString() };
  log(`${label(n)}: building corpus from ${how === 'text' ? `${fmtInt(synth.meta.documents)} text documents (add parses them)` : `${jsonParts.length} JSON part(s), one add each`} …`);
  const main = build(join(tmp, 'corpus'), how === 'text' ? [[join(synth.dir, 'text')]] : jsonParts, `${label(n)} build`);
  if (!main) return null;
  info.add = main;
  log(`  add: ${fmtMs(main.ms)} whole process, peak RSS ${fmtMb(main.rss)}`);
  if (how === 'text') {
    // The same corpus imported from already-parsed JSON, for comparison.
    const scratch = join(tmp, 'scratch-json');
    const json = build(scratch, jsonParts, `${label(n)} JSON import (comparison)`);
    if (json) {
      info.jsonAdd = json;
      log(`  JSON import of the same corpus: ${fmtMs(json.ms)}, peak RSS ${fmtMb(json.rss)}`);
    }
    rmSync(scratch, { recursive: true, force: true });
  }
  const counted = countDirectives(join(tmp, 'corpus'));
  if (counted.error) {
    fail(`${label(n)}: counting the built corpus (facets --by force --json)`, counted.error);
    return null;
  }
  info.stored = counted.count;
  info.diskBytes = dirSize(join(tmp, 'corpus'));
  writeFileSync(join(tmp, 'build.json'), JSON.stringify(info, null, 2) + '\n');
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return { ...info, corpus: join(dir, 'corpus'), lines: join(synth.dir, 'lines.txt'), cached: false };
}

// ---------------------------------------------------------------- measuring

function measureQueries(corpus) {
  const samples = Object.fromEntries(QUERIES.map((q) => [q.key, { ms: [], rss: [], failed: null, results: null }]));
  const argsOf = (q) => [...q.args, '--corpus', corpus];
  // One warm-up run each (page cache, better-sqlite3 load), not counted.
  for (const q of QUERIES) {
    const r = runCli(argsOf(q));
    const s = samples[q.key];
    if (r.status !== 0) {
      s.failed = describeFailure(`${q.args.join(' ')}`, r);
      continue;
    }
    try {
      const out = JSON.parse(r.stdout);
      if (q.key.startsWith('trend')) s.results = `${out.buckets.length} periods, ${fmtInt(out.total)} directives`;
      else s.results = q.key === 'facets' ? `${out.length} values, ${fmtInt(out.reduce((n, row) => n + row.count, 0))} directives` : `${out.length} results`;
      if (q.key !== 'facets' && !q.key.startsWith('trend')) s.top = out[0]?.text;
    } catch (err) {
      s.failed = `${q.args.join(' ')}: output is not JSON (${err.message})`;
    }
  }
  // Rounds alternate the queries, so drift in machine load hits all alike.
  // Timed runs are plain spawns; RSS comes from RSS_RUNS extra runs under /usr/bin/time.
  for (let round = 0; round < opts.runs + RSS_RUNS; round++) {
    const wantRss = round >= opts.runs;
    for (const q of QUERIES) {
      const s = samples[q.key];
      if (s.failed) continue;
      const r = runCli(argsOf(q), { rss: wantRss });
      if (r.status !== 0) {
        s.failed = describeFailure(`${q.args.join(' ')} (run ${round + 1})`, r);
        continue;
      }
      if (wantRss) s.rss.push(r.rss);
      else s.ms.push(r.ms);
    }
  }
  for (const q of QUERIES) {
    if (samples[q.key].failed) {
      failures.push(`${corpus}: ${samples[q.key].failed}`);
      log(`\n*** FAILED ${samples[q.key].failed}\n`);
    }
  }
  return samples;
}

function measureFzf(lines, n) {
  const runs = opts.fzfRuns ?? (n >= 1e6 ? Math.min(3, opts.runs) : opts.runs);
  const out = {};
  // Read the file once so fzf, like our queries, starts from a warm page cache.
  readFileSync(lines);
  for (const { key, query } of FZF_QUERIES) {
    const ms = [];
    let failed = null;
    let matches = null;
    for (let i = 0; i < runs; i++) {
      const input = openSync(lines, 'r');
      const devnull = openSync('/dev/null', 'w');
      const t0 = process.hrtime.bigint();
      const r = spawnSync('fzf', ['--filter', query], { stdio: [input, devnull, 'pipe'], encoding: 'utf8' });
      const t = Number(process.hrtime.bigint() - t0) / 1e6;
      closeSync(input);
      closeSync(devnull);
      if (r.status !== 0) {
        // 1 = no match, which is still a timing; anything else is a failure.
        if (r.status === 1) matches = 0;
        else {
          failed = describeFailure(`fzf --filter "${query}"`, r);
          break;
        }
      }
      ms.push(t);
    }
    if (failed) {
      failures.push(failed);
      log(`\n*** FAILED ${failed}\n`);
    }
    out[key] = { ms, failed, runs, matches };
  }
  return out;
}

// ---------------------------------------------------------------- run

mkdirSync(cache, { recursive: true });
// Inputs and corpora of other generator versions can never be used again.
for (const e of readdirSync(cache)) {
  const m = /^(?:synth|store)-g(\d+)-/.exec(e);
  if (m && Number(m[1]) !== GENERATOR_VERSION) rmSync(join(cache, e), { recursive: true, force: true });
}
const results = [];
// A bare Node start-up, the floor under every figure below.
const nodeStart = (() => {
  const times = [];
  for (let i = 0; i < 7; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
})();

for (const n of sizes) {
  const built = await corpusFor(n);
  if (!built) {
    results.push({ n, failed: true });
    continue;
  }
  if (built.stored !== built.directives) {
    notes.push(`${label(n)}: the corpus holds ${fmtInt(built.stored)} directives (${fmtInt(built.directives)} generated${built.how === 'text' ? '; the parser found a different number' : ''}).`);
  }
  log(`${label(n)}: timing queries (${opts.runs} runs each after a warm-up) …`);
  const queries = measureQueries(built.corpus);
  let fzf = null;
  if (fzfOk) {
    log(`${label(n)}: timing fzf --filter …`);
    fzf = measureFzf(built.lines, n);
  }
  results.push({ n, built, queries, fzf });
}
try {
  rmSync(rssFile, { force: true });
} catch {
  /* ignore */
}
const loadEnd = loadavg();

// ---------------------------------------------------------------- report

const TARGETS = {
  // trend: issue 12 (≤ 500 ms at 1M, by month without a query)
  100_000: { search2: 250, typo: 250, list: 200, facets: 300, trend: 500, rss: 150 },
  1_000_000: { search2: 500, typo: 500, list: 250, facets: 800, trend: 500, rss: 300 },
};

function cell(s) {
  if (!s) return '—';
  if (s.failed) return '**FAILED**';
  return fmtMs(median(s.ms));
}
function peakRss(queries) {
  const all = QUERIES.flatMap((q) => (queries[q.key].failed ? [] : queries[q.key].rss)).filter(Number.isFinite);
  return all.length ? Math.max(...all) : NaN;
}
function addCell(b) {
  const rate = b.directives / (b.add.ms / 1000);
  return b.how === 'text' ? `${fmtInt(rate)} (text, parsed)` : `${fmtInt(rate)} (JSON import)`;
}

const out = [];
const p = (s = '') => out.push(s);
p();
p(`### Store benchmark — ${new Date().toISOString().slice(0, 10)}`);
p();
p(`Machine: ${nproc} cores (nproc), ${cpuModel}, ${Math.round(totalmem() / 2 ** 30)} GB RAM; Node ${process.version}; SQLite ${sqliteVersion}${fzfVersion ? `; fzf ${fzfVersion}` : ''}.`);
p(`Median whole-process wall time of \`node bin/directives.js … --corpus DIR\` over ${opts.runs} runs after one warm-up run (warm page cache), spawned and timed by the harness; peak RSS = the largest maxRSS over ${RSS_RUNS} further runs of each query.`);
p();
p('| corpus size | add dir/s | search 2 words | search typo | list filter | facets | trend | trend of a search | peak RSS | fzf | ratio |');
p('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  if (r.failed) {
    p(`| ${label(r.n)} | **FAILED** (build) | — | — | — | — | — | — | — | — | — |`);
    continue;
  }
  const q = r.queries;
  const rss = peakRss(q);
  const fz = r.fzf?.fzf2;
  const fzfMs = fz && !fz.failed && fz.ms.length ? median(fz.ms) : null;
  const ours = q.search2.failed ? null : median(q.search2.ms);
  const ratio = fzfMs && ours ? `${(ours / fzfMs).toFixed(ours / fzfMs < 0.1 ? 3 : 2)}` : '—';
  p(
    `| ${label(r.n)} | ${addCell(r.built)} | ${cell(q.search2)} | ${cell(q.typo)} | ${cell(q.list)} | ${cell(q.facets)} | ${cell(q.trend)} | ${cell(q.trendq)} | ${Number.isFinite(rss) ? fmtMb(rss) : '—'} | ${fz ? (fz.failed ? '**FAILED**' : fmtMs(fzfMs)) : 'skipped'} | ${ratio} |`,
  );
}
p();
p('Queries: `search "school enterprise" --limit 20 --json`, `search "entreprise cooperaton" --limit 20 --json`, `list --force must --limit 20 --json`, `facets --by force --json`, `trend --by month --json`, `trend "school enterprise" --by year --json`; fzf: `fzf --filter "school enterprise" < lines.txt` (the same directive texts, one a line, output to /dev/null); ratio = our two-word search / fzf.');
p();

// Targets
const targetRows = results.filter((r) => !r.failed && TARGETS[r.n]);
if (targetRows.length) {
  p('Targets (issue 5; trend: issue 12):');
  p();
  p('| corpus | search 2 words | search typo | list filter | facets | trend | peak RSS |');
  p('|---|---|---|---|---|---|---|');
  for (const r of targetRows) {
    const t = TARGETS[r.n];
    const mark = (key) => {
      const s = r.queries[key];
      if (s.failed) return `**FAILED** (≤ ${t[key]} ms)`;
      const v = median(s.ms);
      return `${fmtMs(v)} ${v <= t[key] ? '✓' : '✗'} (≤ ${t[key]} ms)`;
    };
    const rss = peakRss(r.queries) / 1024;
    p(`| ${label(r.n)} | ${mark('search2')} | ${mark('typo')} | ${mark('list')} | ${mark('facets')} | ${mark('trend')} | ${Number.isFinite(rss) ? `${Math.round(rss)} MB ${rss <= t.rss ? '✓' : '✗'}` : '—'} (≤ ${t.rss} MB) |`);
  }
  const textRates = results.filter((r) => !r.failed && r.built.how === 'text');
  for (const r of textRates) {
    const rate = r.built.directives / (r.built.add.ms / 1000);
    p();
    p(`Ingest including parsing at ${label(r.n)}: ${fmtInt(rate)} directives/s ${rate >= 2000 ? '✓' : '✗'} (≥ 2,000).`);
  }
  p();
}

// Details
p('Details:');
p();
for (const r of results) {
  if (r.failed) {
    p(`- ${label(r.n)}: build FAILED (see above)`);
    continue;
  }
  const b = r.built;
  const parts = [];
  parts.push(
    `${label(r.n)}: ${fmtInt(b.stored)} directives in ${fmtInt(b.documents)} documents, ${(b.diskBytes / 1e6).toFixed(0)} MB on disk; ` +
      `add ${b.how === 'text' ? 'of the text documents (with parsing)' : `of ${b.add.processes} JSON part(s), one process each`} took ${fmtMs(b.add.ms)} (peak RSS ${fmtMb(b.add.rss)})` +
      (b.jsonAdd ? `; JSON import of the same corpus ${fmtMs(b.jsonAdd.ms)} = ${fmtInt(b.directives / (b.jsonAdd.ms / 1000))} directives/s (peak RSS ${fmtMb(b.jsonAdd.rss)})` : '') +
      (r.built.cached ? ` [build cached from ${b.at}]` : ''),
  );
  for (const q of QUERIES) {
    const s = r.queries[q.key];
    if (s.failed) parts.push(`  ${q.title}: FAILED — ${s.failed}`);
    else
      parts.push(
        `  ${q.title}: median ${fmtMs(median(s.ms))} (min ${fmtMs(Math.min(...s.ms))}, max ${fmtMs(Math.max(...s.ms))}), RSS median ${fmtMb(median(s.rss))}, ${s.results}` +
          (s.top ? `; top: "${s.top.length > 90 ? s.top.slice(0, 90) + '…' : s.top}"` : ''),
      );
  }
  if (r.fzf) {
    for (const { key, query } of FZF_QUERIES) {
      const f = r.fzf[key];
      parts.push(
        f.failed
          ? `  fzf --filter "${query}": FAILED — ${f.failed}`
          : `  fzf --filter "${query}": median ${fmtMs(median(f.ms))} over ${f.ms.length} runs${f.matches === 0 ? ' (no match)' : ''}`,
      );
    }
  }
  p(`- ${parts.join('\n')}`);
}
p();
p(
  `Timing: a bare \`node -e ''\` spawn takes ${fmtMs(nodeStart)} here` +
    ' (Node start-up is part of every figure); RSS comes from separate untimed runs under /usr/bin/time' +
    `. Load average ${loadStart.map((x) => x.toFixed(2)).join(' ')} at start, ${loadEnd.map((x) => x.toFixed(2)).join(' ')} at end (other work on the machine inflates every figure).`,
);
for (const note of notes) p(`Note: ${note}`);
if (failures.length) {
  p();
  p(`**${failures.length} FAILURE(S)** — these cells carry no number:`);
  for (const f of failures) p(`- ${f}`);
}
console.log(out.join('\n'));
process.exitCode = failures.length ? 1 : 0;
