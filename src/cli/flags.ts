import { Option, type Command } from 'commander';
import { FORCES } from '../vocab/forces.js';
import { DIMENSIONS, SORT_KEYS } from '../vocab/dimensions.js';
import { LANGUAGES } from '../vocab/fields.js';
import { collectText, collectVocabulary, oneOfVocabulary } from './validate.js';

/** The flags several commands share, defined once so their help reads the same everywhere. */

const choices = (values: readonly string[]): string => ` (choices: ${values.join(', ')}; any case)`;

/**
 * Parsers of the filter flags that take a fixed vocabulary: checked here, not
 * with commander's `.choices()`, so `--force Must` and `--lang EN` are accepted
 * (issue 14); the help still lists the values.
 */
const FLAG_VALUES: Record<string, (flag: string, help: string) => Option> = {
  '--force': (flag, help) => new Option(flag, help + choices(FORCES)).argParser(collectVocabulary('--force', 'force', FORCES)),
  '--min-force': (flag, help) => new Option(flag, help + choices(FORCES)).argParser(oneOfVocabulary('--min-force', 'force', FORCES)),
  '--lang': (flag, help) => new Option(flag, `${help} (repeatable)${choices(LANGUAGES)}`).argParser(collectVocabulary('--lang', 'language', LANGUAGES)),
  // a boolean flag and its opposite: one or the other
  '--unaligned': (flag, help) => new Option(flag, help).conflicts('aligned'),
};

/** Dimensions whose filter flag may be given several times, keeping what matches any of them. */
const REPEATABLE_KINDS = new Set(['text', 'list', 'document']);

/** The filter flags, one per row of the dimension table (vocab/dimensions.ts). */
export function addFilterOptions(command: Command): Command {
  for (const { flags, kind } of DIMENSIONS) {
    for (const { flag, help } of flags) {
      const special = FLAG_VALUES[flag.split(' ')[0]!];
      if (special) command.addOption(special(flag, help));
      else if (REPEATABLE_KINDS.has(kind)) command.addOption(new Option(flag, `${help} (repeatable: any of them)`).argParser(collectText));
      else command.addOption(new Option(flag, help));
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
  const formats = ['json', 'ndjson', 'csv', 'tsv', 'table'];
  const others = (me: string): string[] => formats.filter((f) => f !== me);
  return command
    .addOption(new Option('--table', 'print a table even through a pipe (the default on a terminal)').conflicts(others('table')))
    .addOption(new Option('--json', 'print a JSON array').conflicts(others('json')))
    .addOption(new Option('--ndjson', 'print one JSON object per line').conflicts(others('ndjson')))
    .addOption(new Option('--csv', 'print CSV (RFC 4180) with a header').conflicts(others('csv')))
    .addOption(new Option('--tsv', 'print tab-separated lines, no header (the default when piped)').conflicts(others('tsv')))
    .option('--header', 'TSV: print a first line naming the fields')
    .option('--fields <a,b,c>', fieldsHelp);
}

export const OUTPUT_HELP = `
Output: a table on a terminal; tab-separated lines without header or
truncation when piped (--header adds one); --table, --json, --ndjson or --csv
on request. Colour never changes the format: --color always (or FORCE_COLOR)
through a pipe colours the TSV. Text from documents is printed with control
characters and escape sequences made visible, except in JSON, which stays
exact. CSV cells a spreadsheet would run as a formula (starting with = + - @,
a tab or CR) are quoted with a leading apostrophe (OWASP, "CSV Injection").`;

export const EXIT_HELP = `
Exit status: 0 found, 1 nothing found (list, search, show), 2 usage or data error
(an unknown --doc included), 3 corpus busy or not writable, 5 output cannot be written.`;
/** The search query language: in `search --help`, `directives help query` and the man page. */
export const QUERY_SYNTAX = `Query syntax (as in fzf):
  moral skills       both words, anywhere (space = AND); each may hold a typo
  school | college   either word (| = OR, binds tighter than space)
  'enterprise        exactly this, no typos
  ^we                a field starts with "we"
  education$         a field ends with "education"
  =we                a field is exactly "we"
  !guangdong         no field contains "guangdong" (also !^prefix, !suffix$)
Quote the query for your shell. For a phrase with spaces, use --exact.`;
