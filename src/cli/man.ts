import type { Command, Option } from 'commander';
import { EXIT_HELP, OUTPUT_HELP, QUERY_SYNTAX } from './flags.js';

/**
 * directives(1), written from the commander definitions at build time
 * (scripts/make-man.mjs), so the man page lists exactly the commands and
 * flags `--help` does (issue 14, item 16).
 */

/** Text as roff reads it: backslashes escaped, no line starting a request, hyphens as minus signs. */
function roff(text: string): string {
  return text
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    .split('\n')
    .map((line) => (/^[.']/.test(line) ? `\\&${line}` : line))
    .join('\n');
}

/** A block kept as laid out (a table of examples, the query syntax). */
const verbatim = (text: string): string => `.nf\n${roff(text.trim())}\n.fi`;

function options(list: readonly Option[]): string[] {
  return list
    .filter((o) => !o.hidden)
    .flatMap((o) => ['.TP', `.B ${roff(o.flags)}`, roff(o.description + (o.argChoices ? ` (${o.argChoices.join(', ')})` : ''))]);
}

const usage = (command: Command): string => `${command.name()} ${command.usage()}`.trim();
const isHidden = (command: Command): boolean => (command as unknown as { _hidden?: boolean })._hidden === true;

export function manPage(program: Command, version: string): string {
  const lines: string[] = [
    `.TH DIRECTIVES 1 "" "directives ${roff(version)}" "User Commands"`,
    '.SH NAME',
    `directives \\- ${roff(program.description())}`,
    '.SH SYNOPSIS',
    '.B directives',
    '[\\fIglobal options\\fR] \\fIcommand\\fR [\\fIoptions\\fR] [\\fIarguments\\fR]',
    '.SH DESCRIPTION',
    roff('directives finds directives in policy texts in English and Chinese: who told whom to do what, how strongly, and where the text says so. ' +
      'It parses texts (parse, add), lists, searches, counts and compares what it found (list, search, facets, trend, diff), and shows a directive or a whole document (show, doc). ' +
      'What counts as a directive: directives help directives.'),
    '.SH GLOBAL OPTIONS',
    ...options(program.options),
    '.SH COMMANDS',
  ];
  for (const command of program.commands.filter((c) => !isHidden(c))) {
    lines.push('.SS', `.B directives ${roff(usage(command))}`, '.PP', roff(command.description()));
    if (command.options.length > 0) lines.push('.PP', 'Options:', '.RS', ...options(command.options), '.RE');
  }
  lines.push(
    '.SH QUERY SYNTAX',
    verbatim(QUERY_SYNTAX),
    '.SH OUTPUT',
    roff(OUTPUT_HELP.trim().replace(/\n/g, ' ')),
    '.SH EXIT STATUS',
    roff(`${EXIT_HELP.trim().replace(/\n/g, ' ')} 3: the corpus is busy or cannot be written. 4: some inputs were skipped.`),
    '.SH ENVIRONMENT',
    '.TP', '.B DIRECTIVES_CORPUS', roff('the corpus to read when --corpus is not given'),
    '.TP', '.B NO_COLOR, FORCE_COLOR', roff('turn colour off, or on through a pipe (--color wins over both)'),
    '.TP', '.B DIRECTIVES_PAGER, PAGER', roff('the pager for long output on a terminal (default: less -FRX; empty or cat: none)'),
    '.TP', '.B XDG_CONFIG_HOME', roff('where the optional config file lives: $XDG_CONFIG_HOME/directives/config.json (default ~/.config)'),
    '.SH FILES',
    '.TP', '.I ~/.config/directives/config.json', roff('defaults for corpus, color, pager and fields; `directives config` shows what is in effect and where it came from'),
    '.SH SEE ALSO',
    roff('directives help query, directives help directives, directives completion bash|zsh|fish'),
  );
  return `${lines.join('\n')}\n`;
}
