#!/usr/bin/env node
// Start-up cost of the browse CLI: median wall time of `directives list --json`
// on the built-in corpus against a bare `node -e ''` (issue 3: ratio under 1.5).
// Standalone: `node bench/cli.mjs [runs]`; needs a build (`npx tsc -p .`).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.argv[2] ?? 30);
const TARGET = 1.5;
const bin = fileURLToPath(new URL('../bin/directives.js', import.meta.url));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

function measure(args) {
  for (let i = 0; i < 3; i++) time(args); // warm the file-system cache
  const samples = [];
  for (let i = 0; i < RUNS; i++) samples.push(time(args));
  return samples;
}

const baseline = [];
const cli = [];
// Alternate in rounds so drift in machine load hits both sides alike.
for (let round = 0; round < 3; round++) {
  baseline.push(...measure(['-e', '']));
  cli.push(...measure([bin, 'list', '--json']));
}
const base = median(baseline);
const ours = median(cli);
const ratio = ours / base;
console.log(`node -e ''                 median ${base.toFixed(1)} ms (${baseline.length} runs)`);
console.log(`directives list --json     median ${ours.toFixed(1)} ms (${cli.length} runs)`);
console.log(`ratio                      ${ratio.toFixed(2)} (target < ${TARGET}) ${ratio < TARGET ? 'ok' : 'OVER'}`);
process.exitCode = ratio < TARGET ? 0 : 1;
