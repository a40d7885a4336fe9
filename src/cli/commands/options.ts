import { InvalidArgumentError, Option, type Command } from 'commander';
import { UsageError } from '../../errors.js';
import { normalizeDate } from '../../model/date.js';
import { FORCES } from '../../vocab/forces.js';
import { DIMENSIONS, SORT_KEYS } from '../../vocab/dimensions.js';
import { LANGUAGES, type ColorMode } from '../../vocab/fields.js';

/** Options on the program itself, read by every browse command. */
export interface GlobalOptions {
  corpus?: string;
  color: ColorMode;
}

export interface FilterOptions {
  doc?: string;
  force?: string[];
  minForce?: string;
  reporting?: string;
  issuer?: string;
  addressee?: string;
  theme?: string;
  since?: string;
  until?: string;
  lang?: string;
  minConfidence?: string;
}

export interface SortCliOptions {
  sort?: string;
  reverse?: boolean;
  limit?: string;
}

export interface FormatOptions {
  json?: boolean;
  ndjson?: boolean;
  csv?: boolean;
  tsv?: boolean;
  fields?: string;
}

/** `--force must --force should` and `--force must,should` both collect, each checked against the force table. */
function collectForces(value: string, previous: string[] | undefined): string[] {
  const forces = value.split(',').map((f) => f.trim()).filter(Boolean);
  for (const force of forces) {
    if (!(FORCES as readonly string[]).includes(force)) {
      throw new InvalidArgumentError(`"${force}" is not a force. Valid forces: ${FORCES.join(', ')}.`);
    }
  }
  return [...(previous ?? []), ...forces];
}

/** Choices and parsers of the filter flags that take a fixed vocabulary. */
const FLAG_VALUES: Record<string, (option: Option) => Option> = {
  '--force': (option) => option.choices(FORCES).argParser(collectForces),
  '--min-force': (option) => option.choices(FORCES),
  '--lang': (option) => option.choices(LANGUAGES),
};

/** The filter flags, one per row of the dimension table (vocab/dimensions.ts). */
export function addFilterOptions(command: Command): Command {
  for (const { flags } of DIMENSIONS) {
    for (const { flag, help } of flags) {
      const option = new Option(flag, help);
      const name = flag.split(' ')[0]!;
      command.addOption(FLAG_VALUES[name]?.(option) ?? option);
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
3 corpus busy or not writable, 4 output cannot be written.`;

/** `--date` of parse and add: any date the corpus can store, a year-less `--MM-DD` included. */
export function dateOption(input: string | undefined): string | null {
  if (input === undefined) return null;
  const date = normalizeDate(input);
  if (date === null) throw new UsageError(`--date: not a date: ${JSON.stringify(input)} (use YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD)`);
  return date;
}
