// Gold for `directives align` (issue 16) from the parallel work reports in
// eval/parallel/gwr: each TMX unit pairs a Chinese segment with its English
// translation. Joining one language's segments, one per line, gives its
// document; the unit of every character then says which directives translate
// each other. Used by scripts/eval-align.mjs and tests/query/align/gold.test.ts;
// the aligner itself never sees the units.
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

/** @typedef {{ en: string, zh: string }} Unit */
/** @typedef {{ start: number, end: number, id: string, force: string }} DirectiveLike */
/** @typedef {{ en: string[], zh: string[], force: [string|null, string|null], confidence: number }} PairLike */

/** Units of a TMX 1.4 file, in order: the zh-CN and en-US segment of each `<tu>`. */
export function readTmx(path) {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'tu' || name === 'tuv', trimValues: false, parseTagValue: false });
  const tmx = parser.parse(readFileSync(path, 'utf8'));
  /** @type {Unit[]} */
  const units = [];
  for (const tu of tmx.tmx.body.tu ?? []) {
    const unit = { en: '', zh: '' };
    for (const tuv of tu.tuv) {
      const lang = String(tuv['@xml:lang'] ?? '').toLowerCase();
      const seg = typeof tuv.seg === 'string' ? tuv.seg : String(tuv.seg?.['#text'] ?? '');
      if (lang.startsWith('zh')) unit.zh = seg;
      else if (lang.startsWith('en')) unit.en = seg;
    }
    units.push(unit);
  }
  return units;
}

/**
 * One language's document: its segments one per line (a unit whose segment is
 * empty gives no line), and the offset where each unit starts.
 * @param {Unit[]} units
 * @param {'en'|'zh'} lang
 */
export function documentOf(units, lang) {
  let text = '';
  const starts = [];
  for (const unit of units) {
    starts.push(text.length);
    const seg = unit[lang].replace(/\s+$/u, '').replace(/\n/g, ' ');
    if (seg.trim() !== '') text += `${seg}\n`;
  }
  return { text, starts };
}

/**
 * The same document re-flowed into paragraphs: segments joined with a space
 * (English) or nothing (Chinese) until a heading-like line (one without closing
 * punctuation) starts a new paragraph. Unit starts move with the text.
 * @param {Unit[]} units
 * @param {'en'|'zh'} lang
 */
export function reflowedDocumentOf(units, lang) {
  let text = '';
  const starts = [];
  let open = false;
  for (const unit of units) {
    const seg = unit[lang].trim().replace(/\n/g, ' ');
    const heading = seg !== '' && !/[.。!！?？;；:：,，"”’)）]$/.test(seg);
    if (open && (heading || seg === '')) {
      text += '\n';
      open = false;
    }
    if (open) text += lang === 'en' ? ' ' : '';
    starts.push(text.length);
    if (seg === '') continue;
    text += seg;
    open = true;
    if (heading) {
      text += '\n';
      open = false;
    }
  }
  if (open) text += '\n';
  return { text, starts };
}

/** Index of the unit holding `offset`. */
function unitAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Units apart: 0 when the two directives' unit ranges overlap. */
function distance(a, b) {
  if (a[1] < b[0]) return b[0] - a[1];
  if (b[1] < a[0]) return a[0] - b[1];
  return 0;
}

/**
 * Score an alignment's pairs against the units. A pair is right when every
 * English–Chinese link in it joins directives of the same unit, or of
 * neighbouring units (the gold aligner and ours may cut a merged sentence
 * differently); `strict` counts the same unit only. Recall is over the
 * directives that have a counterpart in their unit (either side): recalled
 * when they sit in a right pair.
 * @param {PairLike[]} pairs
 * @param {DirectiveLike[]} enDirectives
 * @param {DirectiveLike[]} zhDirectives
 * @param {number[]} enStarts
 * @param {number[]} zhStarts
 */
export function scorePairs(pairs, enDirectives, zhDirectives, enStarts, zhStarts) {
  const range = (d, starts) => [unitAt(starts, d.start), unitAt(starts, Math.max(d.start, d.end - 1))];
  const enUnits = new Map(enDirectives.map((d) => [d.id, range(d, enStarts)]));
  const zhUnits = new Map(zhDirectives.map((d) => [d.id, range(d, zhStarts)]));
  // directives with a counterpart in their own unit: what the units imply
  const byUnitZh = new Map();
  for (const [id, [u0, u1]] of zhUnits) for (let u = u0; u <= u1; u++) byUnitZh.set(u, [...(byUnitZh.get(u) ?? []), id]);
  const pairable = new Set();
  for (const [id, [u0, u1]] of enUnits) {
    for (let u = u0; u <= u1; u++) {
      for (const z of byUnitZh.get(u) ?? []) {
        pairable.add(`en:${id}`);
        pairable.add(`zh:${z}`);
      }
    }
  }
  let predicted = 0;
  let right = 0;
  let strictRight = 0;
  const recalled = new Set();
  const strictRecalled = new Set();
  /** pairs and right pairs per confidence band, to see whether confidence means what it says */
  const bands = {};
  for (const pair of pairs) {
    if (pair.en.length === 0 || pair.zh.length === 0) continue;
    predicted++;
    let worst = 0;
    for (const e of pair.en) for (const z of pair.zh) worst = Math.max(worst, distance(enUnits.get(e), zhUnits.get(z)));
    const band = `conf${Math.min(4, Math.floor((pair.confidence ?? 0) * 5))}`;
    bands[`${band}Pairs`] = (bands[`${band}Pairs`] ?? 0) + 1;
    if (worst <= 1) bands[`${band}Right`] = (bands[`${band}Right`] ?? 0) + 1;
    if (worst <= 1) {
      right++;
      for (const e of pair.en) recalled.add(`en:${e}`);
      for (const z of pair.zh) recalled.add(`zh:${z}`);
    }
    if (worst === 0) {
      strictRight++;
      for (const e of pair.en) strictRecalled.add(`en:${e}`);
      for (const z of pair.zh) strictRecalled.add(`zh:${z}`);
    }
  }
  const hits = [...recalled].filter((k) => pairable.has(k)).length;
  const strictHits = [...strictRecalled].filter((k) => pairable.has(k)).length;
  return { predicted, right, strictRight, pairable: pairable.size, recalled: hits, strictRecalled: strictHits, ...bands };
}

/** Precision and recall from summed counts. */
export function rates(c) {
  return {
    precision: c.predicted === 0 ? 0 : c.right / c.predicted,
    recall: c.pairable === 0 ? 0 : c.recalled / c.pairable,
    strictPrecision: c.predicted === 0 ? 0 : c.strictRight / c.predicted,
    strictRecall: c.pairable === 0 ? 0 : c.strictRecalled / c.pairable,
  };
}

export function addCounts(a, b) {
  const sum = { ...a };
  for (const [k, v] of Object.entries(b)) sum[k] = (sum[k] ?? 0) + v;
  return sum;
}

// `node scripts/align-gold.mjs 2018 DIR`: write that year's report as two plain
// texts, DIR/GR2018-en.txt and DIR/GR2018-zh.txt, to try `directives align` on.
if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) {
  const [year, out] = process.argv.slice(2);
  if (!year || !out) {
    process.stderr.write('usage: node scripts/align-gold.mjs YEAR DIR\n');
    process.exit(2);
  }
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const units = readTmx(new URL(`../eval/parallel/gwr/GR${year}.tmx`, import.meta.url));
  mkdirSync(out, { recursive: true });
  for (const lang of ['en', 'zh']) writeFileSync(`${out}/GR${year}-${lang}.txt`, documentOf(units, lang).text);
  process.stdout.write(`${out}/GR${year}-en.txt ${out}/GR${year}-zh.txt\n`);
}
