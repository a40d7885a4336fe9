import { Option, type Command } from 'commander';
import { FORCES } from '../vocab/forces.js';
import { LANGUAGES, SORT_KEYS } from '../vocab/fields.js';
import { collectForces } from './validate.js';

/** The flags several commands share, defined once so their help reads the same everywhere. */

export function addFilterOptions(command: Command): Command {
  return command
    .option('--doc <doc>', 'only this document: id prefix, file name or title substring')
    .addOption(new Option('--force <force>', 'only this force (repeatable, or comma-separated)').choices(FORCES).argParser(collectForces))
    .addOption(new Option('--min-force <force>', 'only forces at least this strong (should = must, must-not, should)').choices(FORCES))
    .option('--reporting <verb>', 'reporting frame contains this (emphasize, request, …)')
    .option('--issuer <text>', 'issuer contains this (case-insensitive)')
    .option('--addressee <text>', 'addressee contains this (case-insensitive)')
    .option('--theme <text>', 'a theme contains this (case-insensitive)')
    .option('--since <date>', 'documents dated on or after: YYYY-MM-DD, YYYY-MM or YYYY')
    .option('--until <date>', 'documents dated on or before')
    .addOption(new Option('--lang <lang>', 'documents in this language').choices(LANGUAGES));
}

export function addSortOptions(command: Command, defaultKey: string): Command {
  return command
    .addOption(new Option('--sort <key>', `order by (default: ${defaultKey})`).choices(SORT_KEYS))
    .option('--reverse', 'reverse the order')
    .option('--limit <n>', 'print at most n');
}

export function addFormatOptions(command: Command, fieldsHelp: string): Command {
  const formats = ['json', 'ndjson', 'csv', 'tsv'];
  const others = (me: string): string[] => formats.filter((f) => f !== me);
  return command
    .addOption(new Option('--json', 'print a JSON array').conflicts(others('json')))
    .addOption(new Option('--ndjson', 'print one JSON object per line').conflicts(others('ndjson')))
    .addOption(new Option('--csv', 'print CSV (RFC 4180) with a header').conflicts(others('csv')))
    .addOption(new Option('--tsv', 'print tab-separated lines, no header (the default when piped)').conflicts(others('tsv')))
    .option('--fields <a,b,c>', fieldsHelp);
}

export const OUTPUT_HELP = `
Output: a table on a terminal; tab-separated lines without header, colour or
truncation when piped; --json, --ndjson or --csv on request. Text from
documents is printed with control characters and escape sequences made
visible, except in JSON, which stays exact.`;

export const EXIT_HELP = `
Exit status: 0 found, 1 nothing found (search, show), 2 usage or data error.`;
