#!/usr/bin/env node
// The project's own scorer (issue 10): the matching rule and figures of the reference
// scorer (../shared/eval/evaluate.mjs, docs/DIRECTIVES.md "Evaluation"), plus totals per
// language and a calibration table of each predicted directive's `confidence`.
//
//   node scripts/evaluate.mjs --set eval/dev --cmd 'node bin/directives.js parse {file} --json' [--json] [--verbose]
//   node scripts/evaluate.mjs --gold GOLD.json --pred PRED.json
//
// A set is DIR/docs/NAME.txt with DIR/gold/NAME.json; the command runs once per document
// with {file} replaced by its path and prints {"directives":[...]} with start/end offsets.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Lower case, no punctuation, no articles: how the reference compares free text. */
export const norm = (s) =>
  s == null ? null : String(s).toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\b(the|a|an)\b/g, ' ').replace(/\s+/g, ' ').trim() || null;

const tokens = (s) => new Set((norm(s) ?? '').split(' ').filter(Boolean));

/** Equal after normalising, or half the words (Han: characters) in common. */
export function sameAddressee(g, p) {
  const a = norm(g);
  const b = norm(p);
  if (a == null || b == null) return a === b;
  if (a === b) return true;
  const ta = /\p{Script=Han}/u.test(a) ? new Set(a.replace(/ /g, '')) : tokens(a);
  const tb = /\p{Script=Han}/u.test(b) ? new Set(b.replace(/ /g, '')) : tokens(b);
  let both = 0;
  for (const t of ta) if (tb.has(t)) both++;
  return (2 * both) / (ta.size + tb.size || 1) >= 0.5;
}

/** "emphasized" / "emphasizes" / "emphasize" read as one verb. */
export const verb = (s) => {
  const n = norm(s);
  if (n == null) return null;
  return n
    .split(' ')
    .map((w) =>
      w
        .replace(/ie[ds]$/, 'y')
        .replace(/(ed|es)$/, '')
        .replace(/([^s])s$/, '$1')
        .replace(/e$/, '')
        .replace(/([b-df-hj-np-tv-z])\1$/, '$1'),
    )
    .join(' ');
};

/** Intersection over union of two spans. */
export function overlap(g, p) {
  const inter = Math.max(0, Math.min(g.end, p.end) - Math.max(g.start, p.start));
  const union = Math.max(g.end, p.end) - Math.min(g.start, p.start);
  return union > 0 ? inter / union : 0;
}

/** One-to-one matching, best overlap first, pairs overlapping by at least half their union. */
export function score(gold, pred) {
  const pairs = [];
  for (let i = 0; i < gold.length; i++)
    for (let j = 0; j < pred.length; j++) {
      const o = overlap(gold[i], pred[j]);
      if (o >= 0.5) pairs.push([o, i, j]);
    }
  pairs.sort((x, y) => y[0] - x[0]);
  const usedG = new Set();
  const usedP = new Set();
  const matched = [];
  for (const [o, i, j] of pairs) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
    matched.push({ o, g: gold[i], p: pred[j] });
  }
  const r = { gold: gold.length, pred: pred.length, matched: matched.length, force: 0, reporting: 0, addressee: 0, exact: 0 };
  for (const { o, g, p } of matched) {
    if (g.force === p.force) r.force++;
    if (verb(g.reporting) === verb(p.reporting)) r.reporting++;
    if (sameAddressee(g.addressee, p.addressee)) r.addressee++;
    if (o >= 0.9) r.exact++;
  }
  r.missed = gold.filter((_, i) => !usedG.has(i));
  r.spurious = pred.filter((_, j) => !usedP.has(j));
  r.pairs = matched;
  return r;
}

/** Directives of a parser's output or a gold file, with offsets found from `text` when missing. */
export function directivesOf(json, docText) {
  const list = Array.isArray(json) ? json : (json.directives ?? []);
  return list.map((d) => {
    let { start, end } = d;
    const nested = d.span ?? d.source ?? d.offsets;
    if (start == null && nested) ({ start, end } = nested);
    if (start == null && d.text && docText) {
      start = docText.indexOf(d.text);
      end = start >= 0 ? start + d.text.length : -1;
    }
    return {
      start,
      end,
      force: d.force ?? null,
      reporting: d.reporting ?? null,
      addressee: d.addressee ?? null,
      confidence: typeof d.confidence === 'number' ? d.confidence : null,
      text: d.text,
    };
  });
}

const round = (x) => +x.toFixed(3);

export function summarize(rows) {
  const t = { gold: 0, pred: 0, matched: 0, force: 0, reporting: 0, addressee: 0, exact: 0 };
  for (const r of rows) for (const k of Object.keys(t)) t[k] += r[k];
  const p = t.pred ? t.matched / t.pred : 0;
  const rc = t.gold ? t.matched / t.gold : 0;
  return {
    ...t,
    precision: round(p),
    recall: round(rc),
    f1: round(p + rc ? (2 * p * rc) / (p + rc) : 0),
    forceAcc: round(t.matched ? t.force / t.matched : 0),
    reportingAcc: round(t.matched ? t.reporting / t.matched : 0),
    addresseeAcc: round(t.matched ? t.addressee / t.matched : 0),
    spanExact: round(t.matched ? t.exact / t.matched : 0),
  };
}

/** The confidence bands of issue 10, highest first; `none` holds predictions without a confidence. */
export const BANDS = [
  { name: '>=0.9', min: 0.9, max: Infinity },
  { name: '0.7-0.9', min: 0.7, max: 0.9 },
  { name: '0.5-0.7', min: 0.5, max: 0.7 },
  { name: '<0.5', min: -Infinity, max: 0.5 },
];

/** Precision per confidence band over the predictions of scored rows. */
export function calibration(rows) {
  const bands = [...BANDS.map((b) => ({ band: b.name, count: 0, correct: 0 })), { band: 'none', count: 0, correct: 0 }];
  const add = (p, correct) => {
    const i = p.confidence == null ? bands.length - 1 : BANDS.findIndex((b) => p.confidence >= b.min && p.confidence < b.max);
    bands[i].count++;
    if (correct) bands[i].correct++;
  };
  for (const r of rows) {
    for (const { p } of r.pairs) add(p, true);
    for (const p of r.spurious) add(p, false);
  }
  return bands.filter((b) => b.band !== 'none' || b.count > 0).map((b) => ({ ...b, precision: b.count ? round(b.correct / b.count) : null }));
}

/** Chinese when Han characters make up a fair share of the letters (as src/parse detectLanguage). */
export function languageOf(text) {
  const sample = text.slice(0, 20000);
  const han = sample.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  return han * 4 > latin ? 'zh' : 'en';
}

const sha = (s) => createHash('sha256').update(s).digest('hex');

/** Run the command over every document of a set and score each. */
export function evaluateSet(set, cmd) {
  const rows = [];
  const docsDir = existsSync(join(set, 'docs')) ? join(set, 'docs') : set;
  for (const g of readdirSync(join(set, 'gold')).filter((f) => f.endsWith('.json')).sort()) {
    const name = g.replace(/\.json$/, '');
    const file = join(docsDir, `${name}.txt`);
    const gold = JSON.parse(readFileSync(join(set, 'gold', g), 'utf8'));
    if (!existsSync(file)) {
      rows.push({ name, error: 'document missing' });
      continue;
    }
    const text = readFileSync(file, 'utf8');
    if (gold.sha256 && gold.sha256 !== sha(text)) {
      rows.push({ name, error: 'document differs from the one annotated' });
      continue;
    }
    let out;
    try {
      const parts = cmd.split(' ').map((w) => w.replace('{file}', file));
      out = execFileSync(parts[0], parts.slice(1), { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      rows.push({ name, error: `command failed: ${String(e.stderr || e.message).split('\n')[0]}` });
      continue;
    }
    let pred;
    let json;
    try {
      json = JSON.parse(out);
      pred = directivesOf(json, text);
    } catch {
      rows.push({ name, error: 'output is not JSON' });
      continue;
    }
    const r = score(directivesOf(gold.directives, text), pred);
    r.name = name;
    r.text = text;
    r.language = json.documents?.[0]?.language ?? languageOf(text);
    rows.push(r);
  }
  return rows;
}

/** Totals, per-language totals and calibration of scored rows (errors listed apart). */
export function report(rows) {
  const ok = rows.filter((r) => !r.error);
  const total = summarize(ok);
  total.errors = rows.filter((r) => r.error).map((r) => `${r.name}: ${r.error}`);
  const languages = {};
  for (const lang of [...new Set(ok.map((r) => r.language).filter(Boolean))].sort()) {
    const mine = ok.filter((r) => r.language === lang);
    languages[lang] = { ...summarize(mine), calibration: calibration(mine) };
  }
  return { total, languages, calibration: calibration(ok), documents: ok.map((r) => ({ name: r.name, language: r.language, ...summarize([r]) })) };
}

const line = (label, s) =>
  `${label} gold ${s.gold} pred ${s.pred} matched ${s.matched} | P ${s.precision} R ${s.recall} F1 ${s.f1} | force ${s.forceAcc} reporting ${s.reportingAcc} addressee ${s.addresseeAcc} span≥0.9 ${s.spanExact}`;

function calibrationLines(label, bands) {
  return [`calibration ${label}: ` + bands.map((b) => `${b.band} ${b.precision ?? '—'} (${b.correct}/${b.count})`).join(' | ')];
}

function main(args) {
  const flag = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const has = (name) => args.includes(name);
  let rows;
  if (flag('--gold')) {
    const gold = JSON.parse(readFileSync(flag('--gold'), 'utf8'));
    const pred = JSON.parse(readFileSync(flag('--pred'), 'utf8'));
    rows = [{ name: basename(flag('--gold')), ...score(directivesOf(gold), directivesOf(pred)) }];
  } else {
    const set = flag('--set');
    const cmd = flag('--cmd');
    if (!set || !cmd) {
      process.stderr.write("usage: evaluate.mjs --set DIR --cmd 'COMMAND {file}' [--json] [--verbose] | --gold G --pred P\n");
      process.exitCode = 2;
      return;
    }
    rows = evaluateSet(set, cmd);
  }
  const result = report(rows);
  if (has('--json')) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const out = [];
  for (const r of rows) {
    if (r.error) {
      out.push(`${r.name}: ERROR ${r.error}`);
      continue;
    }
    const s = summarize([r]);
    out.push(`${r.name}: gold ${s.gold} pred ${s.pred} P ${s.precision} R ${s.recall} F1 ${s.f1} force ${s.forceAcc} reporting ${s.reportingAcc} addressee ${s.addresseeAcc}`);
    if (has('--verbose')) {
      const cut = (d) => (r.text ? r.text.slice(d.start, d.end) : (d.text ?? `${d.start}-${d.end}`)).replace(/\s+/g, ' ').slice(0, 140);
      for (const d of r.missed) out.push(`   missed   [${d.force}] ${cut(d)}`);
      for (const d of r.spurious) out.push(`   spurious [${d.force}${d.confidence == null ? '' : ` ${d.confidence}`}] ${cut(d)}`);
      for (const { g, p } of r.pairs) {
        const diffs = [];
        if (g.force !== p.force) diffs.push(`force ${p.force}≠${g.force}`);
        if (verb(g.reporting) !== verb(p.reporting)) diffs.push(`reporting ${p.reporting}≠${g.reporting}`);
        if (!sameAddressee(g.addressee, p.addressee)) diffs.push(`addressee ${p.addressee}≠${g.addressee}`);
        if (diffs.length) out.push(`   wrong    ${diffs.join(', ')}: ${cut(g)}`);
      }
    }
  }
  for (const [lang, s] of Object.entries(result.languages)) out.push(line(`LANG ${lang} docs ${rows.filter((r) => r.language === lang).length}`, s));
  for (const [lang, s] of Object.entries(result.languages)) out.push(...calibrationLines(lang, s.calibration));
  out.push(...calibrationLines('all', result.calibration));
  out.push(line(`TOTAL docs ${result.documents.length}`, result.total));
  for (const e of result.total.errors) out.push(`ERROR ${e}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
