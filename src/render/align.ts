import type { Directive } from '../model/types.js';
import type { AlignedPair, Alignment } from '../query/align/index.js';
import type { ForcePairCount } from '../query/align/forces.js';
import type { DirectiveLink } from '../model/links.js';
import { FORCES } from '../vocab/forces.js';
import { sanitize } from './sanitize.js';
import { displayWidth, padEnd, paintSegments, toSegments, wrapSegments } from './text.js';
import type { Theme } from './theme.js';

/** The two documents as the report names them. */
export interface AlignedDocuments {
  en: { id: string; name: string; directives: number };
  zh: { id: string; name: string; directives: number };
}

/** `{"pairs": [{en, zh, force, confidence}]}` entries: directive ids as `directives parse --json` gives them (issue 16). */
export function pairRecord(pair: AlignedPair): DirectiveLink {
  return { en: pair.en.map((d) => d.id), zh: pair.zh.map((d) => d.id), force: pair.force, confidence: pair.confidence };
}

/** One pair a line inside the object: a report's 800 pairs stay readable and `jq` reads it all the same. */
export function renderAlignJson(alignment: Alignment, pairs: readonly AlignedPair[], docs: AlignedDocuments): string {
  const head = `{\n  "en": ${JSON.stringify(docs.en.id)},\n  "zh": ${JSON.stringify(docs.zh.id)},\n  "verdict": ${JSON.stringify(alignment.verdict)},\n  "pairs": [`;
  if (pairs.length === 0) return `${head}]\n}`;
  return `${head}\n${pairs.map((p) => `    ${JSON.stringify(pairRecord(p))}`).join(',\n')}\n  ]\n}`;
}

export function renderAlignNdjson(pairs: readonly AlignedPair[]): string {
  return pairs.map((p) => JSON.stringify(pairRecord(p))).join('\n');
}

/** Tab-separated, no header: en ids, zh ids, en force, zh force, confidence, en text, zh text. */
export function renderAlignTsv(pairs: readonly AlignedPair[]): string {
  const cell = (text: string): string => sanitize(text);
  return pairs
    .map((p) =>
      [
        p.en.map((d) => d.id).join(','),
        p.zh.map((d) => d.id).join(','),
        p.force[0] ?? '',
        p.force[1] ?? '',
        String(p.confidence),
        cell(p.en.map((d) => d.text).join(' ')),
        cell(p.zh.map((d) => d.text).join('')),
      ].join('\t'),
    )
    .join('\n');
}

/** How a force pair reads: "should ↔ 要 (necessary)", the Chinese cue as written. */
export function forceContrast(pair: AlignedPair): string {
  const [en, zh] = pair.force;
  const zhCue = pair.zh[0]?.cue;
  const right = zh === null ? '—' : zhCue ? `${sanitize(zhCue)} (${zh})` : zh;
  return `${en ?? '—'} ↔ ${right}`;
}

const MAX_LINES = 6;

/** Side by side for a terminal: English | Chinese, each with its force, a marker where they part. */
export function renderAlignReport(alignment: Alignment, pairs: readonly AlignedPair[], docs: AlignedDocuments, width: number, theme: Theme): string {
  const lines: string[] = [...summaryLines(alignment, docs, theme), ''];
  const column = Math.max(20, Math.floor((width - 3) / 2));
  const outside = pairs.filter((p) => p.outside).length;
  if (outside > 0) lines.splice(lines.length - 1, 0, `${outside} directives lie outside the stretch the excerpt translates (not shown; --json and TSV list them)`);
  for (const pair of pairs) {
    if (pair.outside) continue;
    const left = side(pair.en, column, theme);
    const right = side(pair.zh, column, theme);
    const rows = Math.max(left.length, right.length);
    for (let r = 0; r < rows; r++) lines.push(`${padEnd(left[r] ?? '', column)} ${theme.dim('│')} ${right[r] ?? ''}`.trimEnd());
    const marker = markerOf(pair, theme);
    if (marker) lines.push(`  ${marker}`);
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

function summaryLines(alignment: Alignment, docs: AlignedDocuments, theme: Theme): string[] {
  const paired = alignment.pairs.filter((p) => p.en.length > 0 && p.zh.length > 0);
  const inside = alignment.pairs.filter((p) => !p.outside);
  const lonelyEn = inside.filter((p) => p.zh.length === 0).reduce((n, p) => n + p.en.length, 0);
  const lonelyZh = inside.filter((p) => p.en.length === 0).reduce((n, p) => n + p.zh.length, 0);
  const differ = paired.filter((p) => p.force[0] !== p.force[1]).length;
  const name = (d: AlignedDocuments['en']): string => `${theme.id(d.id)} ${sanitize(d.name)} (${d.directives} directives)`;
  const out = [
    `${theme.label('English')} ${name(docs.en)}`,
    `${theme.label('Chinese')} ${name(docs.zh)}`,
    `${paired.length} pairs · forces differ in ${differ} · ${lonelyEn} English and ${lonelyZh} Chinese directives without counterpart`,
  ];
  if (alignment.verdict === 'unrelated') {
    out.push(
      theme.label(
        `These documents look unrelated: their aligned sentences share ${Math.round(alignment.relatedness.agreement * 100)}% of numbers and key terms, about what chance gives (${Math.round(alignment.relatedness.chance * 100)}%); no directives were paired.`,
      ),
    );
  }
  if (docs.en.directives === 0) out.push('The English document has no directives.');
  if (docs.zh.directives === 0) out.push('The Chinese document has no directives.');
  return out;
}

/** One side of a pair: its force, then each directive's text wrapped, a merged run one directive a line. */
function side(directives: readonly Directive[], width: number, theme: Theme): string[] {
  if (directives.length === 0) return [theme.dim('—')];
  const head = directives[0]!;
  const indent = ' '.repeat(displayWidth(head.force) + 1);
  const room = Math.max(8, width - indent.length);
  const lines: string[] = [];
  for (const directive of directives) {
    const wrapped = wrapSegments(toSegments(directive.text), room).map((line) => paintSegments(line, (t) => t));
    const shown = wrapped.slice(0, MAX_LINES);
    if (wrapped.length > MAX_LINES) shown[MAX_LINES - 1] = `${shown[MAX_LINES - 1]!.slice(0, -1)}…`;
    lines.push(...shown);
  }
  return lines.map((line, i) => (i === 0 ? `${theme.force(head.force, head.force)} ${line}` : `${indent}${line}`));
}

function markerOf(pair: AlignedPair, theme: Theme): string | null {
  if (pair.zh.length === 0) return theme.match('∅ no Chinese counterpart');
  if (pair.en.length === 0) return theme.match('∅ no English counterpart');
  if (pair.force[0] !== pair.force[1]) return `${theme.match('≠')} ${forceContrast(pair)}  ${theme.dim(`confidence ${pair.confidence}`)}`;
  return null;
}

/** The force-pair table: English forces down, Chinese across. */
export function renderForcePairs(counts: readonly ForcePairCount[], format: 'table' | 'tsv' | 'json', theme: Theme): string {
  if (format === 'json') return JSON.stringify({ forcePairs: counts }, null, 2);
  if (format === 'tsv') return counts.map((c) => `${c.en}\t${c.zh}\t${c.count}`).join('\n');
  const zh = FORCES.filter((f) => counts.some((c) => c.zh === f));
  const en = FORCES.filter((f) => counts.some((c) => c.en === f));
  const cellWidth = Math.max(6, ...zh.map((f) => f.length)) + 2;
  const header = `${padEnd('en \\ zh', 12)}${zh.map((f) => f.padStart(cellWidth)).join('')}`;
  const rows = en.map((e) => `${theme.force(e, padEnd(e, 12))}${zh.map((z) => String(counts.find((c) => c.en === e && c.zh === z)?.count ?? 0).padStart(cellWidth)).join('')}`);
  return [theme.header(header), ...rows].join('\n');
}
