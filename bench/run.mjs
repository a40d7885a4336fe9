// `npm run bench`: every benchmark in this folder, one after another (they share two cores).
import { readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('./', import.meta.url));
const only = process.argv.slice(2);
// Modules the benchmarks import, not benchmarks themselves.
const helpers = new Set(['run.mjs', 'synth.mjs', 'diff-edits-lib.mjs']);
for (const file of readdirSync(here).filter((f) => f.endsWith('.mjs') && !helpers.has(f)).sort()) {
  if (only.length > 0 && !only.some((name) => file.startsWith(name))) continue;
  execFileSync(process.execPath, [here + file], { stdio: 'inherit' });
}
