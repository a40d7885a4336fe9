#!/usr/bin/env node
// Concurrent readers (issue 17): one reader alone, then 4 at once, on a corpus
// folder of --directives synthetic directives (bench/synth.mjs, JSON parts
// imported with `add`). Each reader is a real `directives` process running the
// same queries in a loop; reported: median and worst wall time per query and
// queries per second overall. Needs a build.
//
//   node bench/readers.mjs [--directives 100k] [--rounds 5] [--out DIR]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCount } from './synth.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'bin/directives.js');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const n = parseCount(arg('directives', '100k'));
const rounds = Number(arg('rounds', '5'));
const base = arg('out', join(tmpdir(), `directives-readers-${n}`));
const corpus = join(base, 'corpus');

if (!existsSync(join(corpus, 'corpus.sqlite'))) {
  const parts = join(base, 'synth');
  spawnSync(process.execPath, [join(root, 'bench/synth.mjs'), '--directives', String(n), '--mode', 'json', '--out', parts], { stdio: 'inherit' });
  mkdirSync(base, { recursive: true });
  spawnSync(process.execPath, [bin, 'init', corpus], { stdio: 'inherit' });
  for (const part of readdirSync(join(parts, 'json')).sort()) {
    spawnSync(process.execPath, [bin, 'add', '--corpus', corpus, join(parts, 'json', part)], { stdio: 'inherit' });
  }
}

const QUERIES = [
  ['search', 'school enterprise', '--limit', '20', '--json'],
  ['search', 'entreprise cooperaton', '--limit', '20', '--json'],
  ['list', '--force', 'must', '--limit', '20', '--json'],
  ['facets', '--by', 'force', '--json'],
  ['docs', '--json'],
];

function once(args) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bin, '--corpus', corpus, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ ms: performance.now() - started, code, stderr }));
  });
}

async function reader(times) {
  for (let r = 0; r < rounds; r++) {
    for (const [i, query] of QUERIES.entries()) {
      const { ms, code, stderr } = await once(query);
      if (code !== 0) throw new Error(`${query.join(' ')}: exit ${code}: ${stderr}`);
      times[i].push(ms);
    }
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function measure(readers) {
  const times = QUERIES.map(() => []);
  const started = performance.now();
  await Promise.all(Array.from({ length: readers }, () => reader(times)));
  const seconds = (performance.now() - started) / 1000;
  return { times, rate: (readers * rounds * QUERIES.length) / seconds };
}

await once(QUERIES[0]); // warm the page cache
console.log(`${n} directives in ${corpus}; ${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
for (const readers of [1, 4]) {
  const { times, rate } = await measure(readers);
  console.log(`\n${readers} reader${readers > 1 ? 's' : ''}: ${rate.toFixed(1)} queries/s`);
  QUERIES.forEach((query, i) => console.log(`  ${query.slice(0, 3).join(' ').padEnd(36)} median ${median(times[i]).toFixed(0)} ms, worst ${Math.max(...times[i]).toFixed(0)} ms`));
}
