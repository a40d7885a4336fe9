import { Option, type Command } from 'commander';
import { FORCES } from '../vocab/forces.js';
import { DIMENSIONS, SORT_KEYS } from '../vocab/dimensions.js';
import { LANGUAGES } from '../vocab/fields.js';
import { collectForces } from './validate.js';

/** The flags several commands share, defined once so their help reads the same everywhere. */

/** Choices and parsers of the filter flags that take a fixed vocabulary. */
const FLAG_VALUES: Record<string, (option: Option) => Option> = {
  '--force': (option) => option.choices(FORCES).argParser(collectForces),
  '--min-force': (option) => option.choices(FORCES),
  '--lang': (option) => option.choices(LANGUAGES),
  // a boolean flag and its opposite: one or the other
  '--unaligned': (option) => option.conflicts('aligned'),
};

/** The filter flags, one per row of the dimension table (vocab/dimensions.ts). */
export function addFilterOptions(command: Command): Command {
  for (const { flags } of DIMENSIONS) {
    for (const { flag, help } of flags) {
      const option = new Option(flag, help);
      command.addOption(FLAG_VALUES[flag.split(' ')[0]!]?.(option) ?? option);
    }
  }
  return command;
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
Exit status: 0 found, 1 nothing found (search, show), 2 usage or data error,
3 corpus busy or not writable, 5 output cannot be written.`;
