// Aligning a translation with its original (issue 16: two full work reports,
// ~700 segments a side, in ≤ 2 s end to end). Medians of in-process passes of
// the aligner alone, and of whole `directives align` processes on the two files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentOf, readTmx } from '../scripts/align-gold.mjs';
import { parseDocument } from '../dist/parse/index.js';
import { alignDocuments } from '../dist/query/align/index.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const units = readTmx(`${root}eval/parallel/gwr/GR2018.tmx`);
const en = documentOf(units, 'en').text;
const zh = documentOf(units, 'zh').text;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const parsedEn = parseDocument(en, { language: 'en' });
const parsedZh = parseDocument(zh, { language: 'zh' });
const passes = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  alignDocuments(parsedEn, parsedZh);
  passes.push(performance.now() - t0);
}

const dir = mkdtempSync(join(tmpdir(), 'directives-align-bench-'));
writeFileSync(join(dir, 'en.txt'), en);
writeFileSync(join(dir, 'zh.txt'), zh);
const whole = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  execFileSync(process.execPath, [`${root}bin/directives.js`, 'align', join(dir, 'en.txt'), join(dir, 'zh.txt'), '--json'], { stdio: 'ignore' });
  whole.push(performance.now() - t0);
}
const lines = (text) => text.split('\n').length;
console.log(`align: GR2018, ${lines(en)} English and ${lines(zh)} Chinese segments`);
console.log(`  aligner alone: median ${median(passes).toFixed(0)} ms; whole \`directives align --json\` (reading, parsing both, aligning): median ${median(whole).toFixed(0)} ms (target ≤ 2000 ms)`);
