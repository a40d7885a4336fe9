// Edit recovery for `directives diff` (issue 12), shared by bench/diff-edits.mjs
// (the dev documents, hundreds of edits) and tests/query/diff/edits.test.ts (a
// few): take a document, apply seeded random edits of five kinds, parse both
// texts, diff, and check that each edit is reported as its kind and that the
// directives no edit touched read as `same`.
//
//   delete    a directive that starts a sentence is cut with its closing mark   → dropped
//   insert    a cued directive from another document goes in before a sentence  → added
//   force     the modal word of a directive's cue is swapped (should → must)    → strengthened / weakened
//   reword    one or two content words of a long directive are replaced         → reworded
//   swap      two neighbouring paragraphs with directives trade places          → moved
//
// The parser and the diff are passed in (dist/ for the benchmark, src/ for the test).
import { mulberry32 } from './synth.mjs';

export const EDIT_KINDS = ['delete', 'insert', 'force', 'reword', 'swap'];

/** Modal words swapped inside a cue: [from, to, direction on the force scale]. */
const FORCE_SWAPS = {
  en: [
    [/\bmust\b/i, 'should', 'weakened'],
    [/\bshould\b/i, 'must', 'strengthened'],
    [/\bneeds? to\b/i, 'must', 'strengthened'],
    [/\bstrive to\b/i, 'must', 'strengthened'],
    [/\bnecessary\b/i, 'imperative', 'strengthened'],
    [/\bwill\b/i, 'must', 'strengthened'],
  ],
  zh: [
    [/必须/, '要', 'weakened'],
    [/要/, '必须', 'strengthened'],
    [/将/, '必须', 'strengthened'],
    [/可以/, '必须', 'strengthened'],
  ],
};

/** Stand-in words for rewording: content words with no force of their own. */
const FILLERS = {
  en: ['comprehensive', 'regional', 'sustained', 'systematic', 'coordinated', 'balanced', 'targeted', 'orderly'],
  zh: ['全面', '深入', '持续', '有效', '系统', '统筹', '稳妥', '协调'],
};
const EN_SKIP = new Set(['should', 'must', 'will', 'shall', 'need', 'needs', 'necessary', 'strive', 'encourage', 'encouraged', 'imperative', 'their', 'there', 'which', 'these', 'those', 'other']);
const ZH_CUE_CHARS = /[要应将必须需努力争鼓励支持可以禁严不得能决]/;

const SENTENCE_END = { en: /[.;!?:]\s*$/, zh: /[。；！？：\n]\s*$/ };
const CLOSING = /^[.;。；!?！？]/;

/** A directive that begins a sentence (or a line) can be cut or preceded without breaking grammar. */
function startsSentence(source, d, language) {
  const before = source.slice(Math.max(0, d.start - 4), d.start);
  return d.start === 0 || SENTENCE_END[language].test(before) || /\n\s*$/.test(before);
}

function closesSentence(source, d) {
  return CLOSING.test(source.slice(d.end, d.end + 1));
}

function paragraphs(source) {
  const out = [];
  let at = 0;
  for (const line of source.split('\n')) {
    if (line.trim() !== '') out.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return out;
}

/**
 * Plan edits for one document: each on directives (or paragraphs) no other edit
 * touches. Returns text replacements (applied back to front) and expectations.
 */
export function planEdits(doc, directives, donors, rand, count) {
  const { source, language } = doc;
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const taken = new Set();
  const replacements = [];
  const edits = [];
  const paras = paragraphs(source);
  const paraOf = (d) => paras.findIndex((p) => d.start >= p.start && d.start < p.end);
  const free = (d) => !taken.has(d.id);
  const overlaps = (start, end) => replacements.some((r) => start < r.end && r.start < end);
  for (let n = 0, tries = 0; n < count && tries < count * 20; tries++) {
    const kind = pick(EDIT_KINDS);
    if (kind === 'delete') {
      const d = pick(directives.filter((x) => free(x) && startsSentence(source, x, language) && closesSentence(source, x)));
      if (!d) continue;
      let end = d.end + 1;
      while (end < source.length && source[end] === ' ') end++;
      if (overlaps(d.start, end)) continue;
      replacements.push({ start: d.start, end, text: '' });
      edits.push({ kind, expect: 'dropped', a: d.id });
      taken.add(d.id);
    } else if (kind === 'insert') {
      const at = pick(directives.filter((x) => free(x) && startsSentence(source, x, language)));
      const donor = pick(donors);
      if (!at || !donor || overlaps(at.start, at.start)) continue;
      const text = `${donor.text}${language === 'zh' ? '。' : '. '}`;
      replacements.push({ start: at.start, end: at.start, text });
      edits.push({ kind, expect: 'added', inserted: donor.text });
      taken.add(at.id);
    } else if (kind === 'force') {
      const options = [];
      for (const d of directives) {
        if (!free(d) || !d.cue) continue;
        const cueAt = source.indexOf(d.cue, d.start);
        if (cueAt === -1 || cueAt >= d.end) continue;
        for (const [pattern, to, expect] of FORCE_SWAPS[language]) {
          const m = pattern.exec(d.cue);
          if (m) {
            options.push({ d, start: cueAt + m.index, end: cueAt + m.index + m[0].length, to, expect });
            break;
          }
        }
      }
      const o = pick(options);
      if (!o || overlaps(o.start, o.end)) continue;
      replacements.push({ start: o.start, end: o.end, text: o.to });
      edits.push({ kind, expect: o.expect, a: o.d.id });
      taken.add(o.d.id);
    } else if (kind === 'reword') {
      const d = pick(directives.filter((x) => free(x) && (language === 'zh' ? x.text.length >= 20 : x.text.split(/\s+/).length >= 10)));
      if (!d) continue;
      const cueAt = d.cue ? d.text.indexOf(d.cue) : -1;
      const outsideCue = (i, len) => cueAt === -1 || i + len <= cueAt || i >= cueAt + d.cue.length;
      const spots = [];
      if (language === 'zh') {
        for (let i = 0; i + 2 <= d.text.length; i += 2) {
          const w = d.text.slice(i, i + 2);
          if (/^[\u4e00-\u9fff]{2}$/.test(w) && !ZH_CUE_CHARS.test(w) && outsideCue(i, 2)) spots.push([i, 2]);
        }
      } else {
        for (const m of d.text.matchAll(/[A-Za-z]{5,}/g)) if (!EN_SKIP.has(m[0].toLowerCase()) && outsideCue(m.index, m[0].length)) spots.push([m.index, m[0].length]);
      }
      if (spots.length < 3) continue;
      const chosen = new Map();
      const howMany = 1 + Math.floor(rand() * 2);
      while (chosen.size < howMany) {
        const s = pick(spots);
        chosen.set(s[0], s);
      }
      const fillers = FILLERS[language].filter((f) => !d.text.includes(f));
      const pieces = [...chosen.values()].sort((x, y) => y[0] - x[0]);
      if (pieces.some(([i, len]) => overlaps(d.start + i, d.start + i + len))) continue;
      for (const [i, len] of pieces) replacements.push({ start: d.start + i, end: d.start + i + len, text: pick(fillers) });
      edits.push({ kind, expect: 'reworded', a: d.id });
      taken.add(d.id);
    } else {
      const withDirectives = paras.map((p, i) => ({ p, i, ds: directives.filter((d) => paraOf(d) === i) })).filter((x) => x.ds.length > 0);
      const pairs = [];
      for (let k = 0; k + 1 < withDirectives.length; k++) {
        const [x, y] = [withDirectives[k], withDirectives[k + 1]];
        if (y.i === x.i + 1 && [...x.ds, ...y.ds].every(free)) pairs.push([x, y]);
      }
      const pair = pick(pairs);
      if (!pair) continue;
      const [x, y] = pair;
      if (overlaps(x.p.start, y.p.end)) continue;
      const between = source.slice(x.p.end, y.p.start);
      replacements.push({ start: x.p.start, end: y.p.end, text: source.slice(y.p.start, y.p.end) + between + source.slice(x.p.start, x.p.end) });
      const ids = [...x.ds, ...y.ds].map((d) => d.id);
      edits.push({ kind, expect: 'moved', ids });
      for (const id of ids) taken.add(id);
    }
    n++;
  }
  let text = source;
  for (const r of [...replacements].sort((x, y) => y.start - x.start)) text = text.slice(0, r.start) + r.text + text.slice(r.end);
  return { text, edits, taken };
}

/** Was the edit reported as its kind? */
function found(edit, entries) {
  if (edit.kind === 'insert') {
    const probe = edit.inserted.replace(/\s+/g, ' ').trim();
    return entries.some((e) => e.kind === 'added' && (probe.includes(e.b.text.trim()) || e.b.text.includes(probe)));
  }
  if (edit.kind === 'swap') return entries.some((e) => e.a && edit.ids.includes(e.a.id) && e.moved);
  return entries.some((e) => e.a?.id === edit.a && e.kind === edit.expect);
}

/**
 * Run `trials` edited copies over `documents` ({ source, file }), `edits` edits
 * each. Returns per-kind recall and the false changes among untouched directives.
 */
export function runEditTrials({ parse, diff, documents, seed = 1, trials = 10, edits = 3 }) {
  const rand = mulberry32(seed);
  const parsed = documents.map((d) => ({ ...d, parsed: parse(d.source, d.file) }));
  const stats = { edits: 0, found: 0, byKind: {}, unchanged: 0, falseChanges: 0, examples: [] };
  for (const kind of EDIT_KINDS) stats.byKind[kind] = { edits: 0, found: 0 };
  for (let t = 0; t < trials; t++) {
    const doc = parsed[Math.floor(rand() * parsed.length)];
    const { document, directives } = doc.parsed;
    if (directives.length < 3) continue;
    const donors = parsed
      .filter((o) => o !== doc && o.parsed.document.language === document.language)
      .flatMap((o) => o.parsed.directives.filter((d) => d.cue && startsSentence(o.source, d, document.language) && d.text.length < 300));
    const plan = planEdits(document, directives, donors, rand, edits);
    const edited = parse(plan.text, doc.file);
    const result = diff(directives, edited.directives, document.language);
    for (const edit of plan.edits) {
      const ok = found(edit, result.entries);
      stats.edits++;
      stats.byKind[edit.kind].edits++;
      if (ok) {
        stats.found++;
        stats.byKind[edit.kind].found++;
      } else if (stats.examples.length < 20) stats.examples.push({ file: doc.file, edit, got: result.entries.filter((e) => e.a?.id === edit.a).map((e) => e.kind) });
    }
    // untouched directives that read as anything but `same`, and added ones no insert explains
    const inserts = plan.edits.filter((e) => e.kind === 'insert').length;
    for (const e of result.entries) {
      if (e.a && !plan.taken.has(e.a.id)) {
        stats.unchanged++;
        if (e.kind !== 'same') stats.falseChanges++;
      }
    }
    const added = result.entries.filter((e) => e.kind === 'added').length;
    stats.falseChanges += Math.max(0, added - inserts);
  }
  return {
    ...stats,
    recall: stats.edits ? stats.found / stats.edits : 1,
    falseRate: stats.unchanged ? stats.falseChanges / stats.unchanged : 0,
  };
}
