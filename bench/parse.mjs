// Parser throughput over every document in ../shared/corpus (issue 2: the whole
// folder in under 2 s). Reports the median of several in-process passes and the
// whole-process time of `directives parse` on all files at once.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../dist/parse/index.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const corpusDir = `${root}eval/corpus/`;
if (!existsSync(corpusDir)) {
  console.log('parse: eval/corpus not found, skipped');
  process.exit(0);
}
const files = ['en', 'zh'].flatMap((l) => readdirSync(corpusDir + l).filter((f) => f.endsWith('.txt')).map((f) => `${corpusDir}${l}/${f}`));
const texts = files.map((f) => readFileSync(f, 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const passes = [];
let directives = 0;
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  directives = 0;
  for (const text of texts) directives += parseDocument(text).directives.length;
  passes.push(performance.now() - t0);
}
const inProcess = median(passes);

const whole = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  execFileSync(process.execPath, [`${root}bin/directives.js`, 'parse', ...files, '--json'], { maxBuffer: 1 << 28 });
  whole.push(performance.now() - t0);
}
const wholeProcess = median(whole);

console.log(`parse: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB, ${directives} directives`);
console.log(`  in-process median ${inProcess.toFixed(0)} ms  (${(bytes / 1e6 / (inProcess / 1000)).toFixed(2)} MB/s; first pass ${passes[0].toFixed(0)} ms)`);
console.log(`  whole process (directives parse … --json) median ${wholeProcess.toFixed(0)} ms  (target < 2000 ms)`);
