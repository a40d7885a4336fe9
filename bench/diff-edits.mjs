#!/usr/bin/env node
// Edit recovery and speed of `directives diff` (issue 12). See bench/diff-edits-lib.mjs.
//   node bench/diff-edits.mjs [--trials 150] [--seed 1]      (needs a build: npx tsc -p .)
//   DIFF_THRESHOLD=0.5 node bench/diff-edits.mjs             another match threshold, for tuning
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../dist/parse/index.js';
import { diffDirectives } from '../dist/query/diff/index.js';
import { runEditTrials } from './diff-edits-lib.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const argv = process.argv.slice(2);
const arg = (name, fallback) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const trials = arg('--trials', 150);
const seed = arg('--seed', 1);

const dir = join(root, 'eval/dev/docs');
const documents = readdirSync(dir).sort().map((file) => ({ file, source: readFileSync(join(dir, file), 'utf8') }));
const parse = (source, file) => parseDocument(source, { file });
const threshold = process.env.DIFF_THRESHOLD ? Number(process.env.DIFF_THRESHOLD) : undefined;
const diff = (a, b, language) => diffDirectives(a, b, { language, threshold });

const pct = (x) => `${(x * 100).toFixed(1)}%`;
console.log(`diff edit recovery: ${trials} edited copies per language, 3 edits each, seed ${seed}`);
for (const language of ['en', 'zh']) {
  const docs = documents.filter((d) => parse(d.source, d.file).document.language === language);
  const r = runEditTrials({ parse, diff, documents: docs, seed, trials, edits: 3 });
  const kinds = Object.entries(r.byKind).map(([k, v]) => `${k} ${v.found}/${v.edits}`).join(', ');
  console.log(`  ${language}: recall ${pct(r.recall)} (${r.found}/${r.edits}; ${kinds}); false changes ${pct(r.falseRate)} (${r.falseChanges} of ${r.unchanged} untouched directives)`);
  if (process.env.VERBOSE) for (const ex of r.examples) console.log('    missed', JSON.stringify(ex).slice(0, 300));
}

// Speed: two 500-directive documents, one the other with edits, parse + diff as the command does.
const en = documents.filter((d) => d.file.startsWith('en-')).map((d) => d.source);
let big = '';
while (parse(big || ' ', 'x').directives.length < 500) big += `${en[big.length % en.length]}\n\n`;
const edited = big.replace(/\bshould\b/, 'must').replace(/\bWe will\b/g, (m, i) => (i % 7 === 0 ? 'We must' : m));
const runs = [];
let sizes;
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  const a = parse(big, 'a');
  const b = parse(edited, 'b');
  const r = diff(a.directives, b.directives, 'en');
  runs.push(performance.now() - t);
  sizes = `${a.directives.length} vs ${b.directives.length} directives, ${r.counts.same} same`;
}
runs.sort((x, y) => x - y);
console.log(`  speed: parse both + diff, ${sizes}: median ${Math.round(runs[2])} ms of 5 runs`);
