import type { CheckReport, RepairReport } from '../model/check.js';
import { sanitize } from './sanitize.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What could not be saved, or null when nothing was lost. */
function losses(report: CheckReport): string | null {
  const parts: string[] = [];
  if (report.lostDocuments > 0) parts.push(plural(report.lostDocuments, 'document'));
  if (report.lostDirectives > 0) parts.push(plural(report.lostDirectives, 'directive'));
  if (report.unreadableRows) parts.push(parts.length ? 'and rows that cannot be read at all' : 'rows that cannot be read at all');
  return parts.length ? parts.join(', ') : null;
}

/** `directives check`: the verdict, one line per problem, and what a repair would keep. */
export function renderCheck(report: CheckReport): string {
  const path = sanitize(report.path);
  const counts = `${plural(report.documents, 'document')}, ${plural(report.directives, 'directive')}`;
  if (report.problemCount === 0) return `${path}: ${counts}; no problems found`;
  const lines = [`${path}: ${plural(report.problemCount, 'problem')}${report.damaged ? ' (the database file is damaged)' : ''}`];
  for (const problem of report.problems) lines.push(`  ${sanitize(problem)}`);
  if (report.problemCount > report.problems.length) lines.push(`  … and ${report.problemCount - report.problems.length} more`);
  const lost = losses(report);
  lines.push(`usable: ${counts}${lost ? `; cannot be saved: ${lost}` : ''}`);
  lines.push(`\`directives check --repair --corpus ${path}\` rebuilds the indexes and keeps every usable row`);
  return lines.join('\n');
}

/** `directives check --repair`: what was found, what was saved, what was not, and the verdict after. */
export function renderRepair(report: RepairReport): string {
  const { before, after } = report;
  if (after === null) return renderCheck(before);
  const path = sanitize(before.path);
  const lines = [`${path}: repaired ${plural(before.problemCount, 'problem')}; kept ${plural(after.documents, 'document')}, ${plural(after.directives, 'directive')}`];
  const lost = losses(before);
  if (lost) lines.push(`could not be saved: ${lost}`);
  // a directive row is derived from its document's text: parsing the kept texts again brings it back
  if (before.lostDirectives > 0 && after.documents > 0) lines.push(`\`directives reparse --corpus ${path}\` parses the kept texts again`);
  for (const problem of before.problems.slice(0, 20)) lines.push(`  ${sanitize(problem)}`);
  if (before.problemCount > 20) lines.push(`  … and ${before.problemCount - 20} more`);
  if (report.backup) lines.push(`the file as it was is kept as ${sanitize(report.backup)}`);
  lines.push(after.problemCount === 0 ? 'checked again: no problems found' : `checked again: ${plural(after.problemCount, 'problem')} remain`);
  return lines.join('\n');
}
