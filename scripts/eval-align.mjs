// `npm run eval:align` (issue 16): align each year's work report, English
// translation with Chinese original, and score the directive pairs against the
// TMX units (scripts/align-gold.mjs). Runs on the compiled modules in dist/
// (the script runs tsc first). Options: --year 2015 (repeatable), --json,
// --reflow (the English side re-flowed into paragraphs: layout must not matter),
// --omit (a tenth of the Chinese units left out: what has no counterpart stays unpaired),
// --excerpt (the English a tenth of the report, the Chinese all of it),
// --verdicts (every English against every Chinese: only true pairs may be called translations).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../dist/parse/index.js';
import { alignDocuments } from '../dist/query/align/index.js';
import { FORCES } from '../dist/vocab/forces.js';
import { addCounts, documentOf, rates, readTmx, reflowedDocumentOf, scorePairs } from './align-gold.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dir = `${root}eval/parallel/gwr/`;
const args = process.argv.slice(2);
const years = args.flatMap((a, i) => (a === '--year' ? [args[i + 1]] : []));
const json = args.includes('--json');
const reflow = args.includes('--reflow');
// --omit: the Chinese side loses a tenth of its units from the middle, as a translation that skipped a section would
const omit = args.includes('--omit');
// --excerpt: the English side is an excerpt (a tenth of the units, from the middle), the Chinese the whole report
const excerpt = args.includes('--excerpt');

if (args.includes('--verdicts')) {
  await verdicts();
  process.exit(0);
}

const files = readdirSync(dir)
  .filter((f) => /^GR\d{4}\.tmx$/.test(f))
  .filter((f) => years.length === 0 || years.includes(f.slice(2, 6)))
  .sort();

const rows = [];
let total = {};
const forcePairs = new Map();
for (const file of files) {
  const units = readTmx(`${dir}${file}`);
  const from = Math.floor(units.length * 0.45);
  const inMiddle = (k) => k >= from && k < from + Math.floor(units.length / 10);
  const en = (reflow ? reflowedDocumentOf : documentOf)(excerpt ? units.map((u, k) => (inMiddle(k) ? u : { ...u, en: '' })) : units, 'en');
  const zh = documentOf(omit ? units.map((u, k) => (inMiddle(k) ? { ...u, zh: '' } : u)) : units, 'zh');
  const started = performance.now();
  const enParsed = parseDocument(en.text, { language: 'en' });
  const zhParsed = parseDocument(zh.text, { language: 'zh' });
  const parsed = performance.now();
  const alignment = alignDocuments(enParsed, zhParsed);
  const aligned = performance.now();
  const pairs = alignment.pairs.map((p) => ({ en: p.en.map((d) => d.id), zh: p.zh.map((d) => d.id), force: p.force, confidence: p.confidence }));
  const counts = scorePairs(pairs, enParsed.directives, zhParsed.directives, en.starts, zh.starts);
  total = addCounts(total, counts);
  for (const p of pairs) {
    if (p.en.length === 0 || p.zh.length === 0) continue;
    const key = `${p.force[0]}\t${p.force[1]}`;
    forcePairs.set(key, (forcePairs.get(key) ?? 0) + 1);
  }
  rows.push({
    year: file.slice(2, 6),
    units: units.length,
    directives: [enParsed.directives.length, zhParsed.directives.length],
    verdict: alignment.verdict,
    ...counts,
    ...rates(counts),
    parseMs: Math.round(parsed - started),
    alignMs: Math.round(aligned - parsed),
  });
}

const overall = { ...total, ...rates(total) };
const forceTable = Object.fromEntries([...forcePairs].map(([k, v]) => [k.replace('\t', ' × '), v]));
if (json) {
  process.stdout.write(`${JSON.stringify({ years: rows, overall, forcePairs: forceTable }, null, 2)}\n`);
} else {
  const pct = (x) => (100 * x).toFixed(1).padStart(5);
  const lines = ['year  units  dirs en/zh  pairs  right  precision  recall   (same unit: P / R)   align ms'];
  for (const r of rows) {
    lines.push(
      `${r.year}  ${String(r.units).padStart(5)}  ${`${r.directives[0]}/${r.directives[1]}`.padStart(11)}  ${String(r.predicted).padStart(5)}  ${String(r.right).padStart(5)}  ${pct(r.precision)}%     ${pct(r.recall)}%   (${pct(r.strictPrecision)}% / ${pct(r.strictRecall)}%)   ${String(r.alignMs).padStart(6)}${r.verdict === 'translation' ? '' : `  ${r.verdict}`}`,
    );
  }
  lines.push(`all         ${' '.repeat(11)}    ${String(overall.predicted).padStart(5)}  ${String(overall.right).padStart(5)}  ${pct(overall.precision)}%     ${pct(overall.recall)}%   (${pct(overall.strictPrecision)}% / ${pct(overall.strictRecall)}%)`);
  lines.push('', 'Precision by confidence:');
  for (let b = 0; b < 5; b++) {
    const n = overall[`conf${b}Pairs`] ?? 0;
    if (n > 0) lines.push(`  ${(b / 5).toFixed(1)}–${((b + 1) / 5).toFixed(1)}  ${String(n).padStart(5)} pairs  ${pct((overall[`conf${b}Right`] ?? 0) / n)}% right`);
  }
  lines.push('', 'Force pairs (English force × Chinese force, over the pairs align made):');
  const zhForces = FORCES.filter((f) => [...forcePairs.keys()].some((k) => k.endsWith(`\t${f}`)));
  const enForces = FORCES.filter((f) => [...forcePairs.keys()].some((k) => k.startsWith(`${f}\t`)));
  lines.push(`${'en \\ zh'.padEnd(11)}${zhForces.map((f) => f.padStart(11)).join('')}`);
  for (const e of enForces) lines.push(`${e.padEnd(11)}${zhForces.map((z) => String(forcePairs.get(`${e}\t${z}`) ?? 0).padStart(11)).join('')}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * --verdicts: every year's English against every year's Chinese, and the
 * excerpts of the reports in eval/ against every whole report: only the true
 * translation may be called one (issue 16: "rather than forcing matches").
 */
async function verdicts() {
  const { readFileSync } = await import('node:fs');
  const years = readdirSync(dir).filter((f) => /^GR\d{4}\.tmx$/.test(f)).map((f) => f.slice(2, 6)).sort();
  const whole = Object.fromEntries(
    years.map((y) => {
      const units = readTmx(`${dir}GR${y}.tmx`);
      return [y, { en: parseDocument(documentOf(units, 'en').text, { language: 'en' }), zh: parseDocument(documentOf(units, 'zh').text, { language: 'zh' }) }];
    }),
  );
  const excerpts = [
    ...readdirSync(`${root}eval/dev/docs`).filter((f) => /^en-\d+_gwr\d{4}/.test(f)).map((f) => ['en', `${root}eval/dev/docs/${f}`]),
    ...readdirSync(`${root}eval/corpus/zh`).filter((f) => /_gwr\d{4}/.test(f)).map((f) => ['zh', `${root}eval/corpus/zh/${f}`]),
  ];
  let wrong = 0;
  let total = 0;
  const lines = [`${'English \\ Chinese'.padEnd(26)}${years.map((y) => y.padStart(6)).join('')}`];
  const cell = (alignment, truth) => {
    total++;
    const said = alignment.verdict === 'translation';
    if (said !== truth) wrong++;
    return `${said ? 'T' : '.'}${alignment.relatedness.agreement.toFixed(2)}`.padStart(6);
  };
  for (const a of years) lines.push(`GR${a}`.padEnd(26) + years.map((b) => cell(alignDocuments(whole[a].en, whole[b].zh), a === b)).join(''));
  for (const [lang, file] of excerpts) {
    const truth = /_gwr(\d{4})/.exec(file)[1];
    const doc = parseDocument(readFileSync(file, 'utf8'), { language: lang });
    const row = years.map((y) => cell(lang === 'en' ? alignDocuments(doc, whole[y].zh) : alignDocuments(whole[y].en, doc), y === truth));
    lines.push(file.split('/').pop().slice(0, 25).padEnd(26) + row.join(''));
  }
  lines.push('', `T = called a translation; the number is the share of anchors the aligned sentences share. Wrong verdicts: ${wrong} of ${total}.`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
