import type { Corpus } from '../model/types.js';
import { sanitize } from './sanitize.js';

/** A readable overview of a fresh parse, for a person at a terminal. */
export function renderParseSummary(corpus: Corpus): string {
  const lines: string[] = [];
  for (const doc of corpus.documents) {
    const directives = corpus.directives.filter((d) => d.doc === doc.id);
    lines.push(`${doc.id}  ${sanitize(doc.title ?? doc.file ?? '(untitled)')}`);
    const facts = [doc.date, doc.place, doc.language, `${directives.length} directives`].filter(Boolean);
    lines.push(`  ${facts.map((f) => sanitize(String(f))).join(' · ')}`);
    for (const p of doc.participants) {
      const who = [p.name, ...p.titles].join(', ');
      lines.push(`  - ${sanitize(who)}${p.role ? ` (${sanitize(p.role)})` : ''}`);
    }
    lines.push('');
    for (const d of directives) {
      const frame = d.reporting ? ` [${d.issuer ?? '?'} ${d.reporting}]` : '';
      const who = d.addressee ? ` → ${d.addressee}` : '';
      lines.push(`  ${d.id}  ${d.force}${sanitize(frame)}${sanitize(who)}`);
      const text = sanitize(d.text);
      lines.push(`    ${text.length > 160 ? `${text.slice(0, 157)}…` : text}`);
    }
    lines.push('');
  }
  lines.push('Use --json for the full records.');
  return lines.join('\n');
}
