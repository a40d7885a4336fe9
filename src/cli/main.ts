import { Command, CommanderError, Option } from 'commander';
import { COLOR_MODES } from '../vocab/fields.js';
import { CliError, EXIT, OutputError } from '../errors.js';
import { sanitize } from '../render/sanitize.js';
import { err } from './io.js';
import { registerCommands } from './commands/index.js';
import { VERSION } from './version.js';

function buildProgram(result: { code: number }): Command {
  const program = new Command('directives');
  program
    .description('Find who told whom to do what, how strongly, and where it says so, in policy texts.')
    .version(VERSION, '-V, --version')
    .option('--corpus <path>', 'a corpus folder (made by `init`), or a corpus JSON (as `parse --json` or `export` prints it); default: $DIRECTIVES_CORPUS, else the built-in corpus')
    .addOption(new Option('--color <when>', 'colour: auto (a terminal, unless NO_COLOR or TERM=dumb), always, never').choices(COLOR_MODES).default('auto'))
    .addHelpText(
      'after',
      `
Exit status: 0 found, 1 nothing found (search, show), 2 usage or data error,
3 the corpus is busy or cannot be written, 4 the output cannot be written.

Examples:
  $ directives list --min-force should
  $ directives search "moral skils"
  $ directives show 4192be01-4
  $ directives facets --by force
  $ directives init ~/readouts && directives add --corpus ~/readouts *.txt
  $ directives --corpus my-corpus.json docs --json`,
    )
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      outputError: (text, write) => write(`directives: ${safe(text.replace(/^error: /, ''))}`),
    });
  registerCommands(program, (code) => {
    result.code = code;
  });
  return program;
}

/**
 * Error messages quote what they were given — file names, option values, a
 * snippet of broken JSON — and may end up on a terminal: neutralise them here,
 * once, for every error (issue 7). Newlines stay: a hint may follow on its own line.
 */
const safe = (message: string): string => sanitize(message, { keepNewlines: true });

/** Set when standard output failed: whatever the command returns, its output is incomplete. */
let outputFailed = false;

function onStdoutError(error: NodeJS.ErrnoException): void {
  // The reader went away (`directives list | head -1`): that is a normal end.
  if (error.code === 'EPIPE') {
    process.exitCode = EXIT.ok;
    process.stdout.destroy();
    return;
  }
  // writes after the first failure report nothing new
  if (outputFailed || error.code === 'ERR_STREAM_DESTROYED') return;
  // a full disk or /dev/full: one line and its own exit code, never a stack trace or a silent 0 (issue 17)
  outputFailed = true;
  const failure = new OutputError(error.code);
  err(`directives: ${failure.message}`);
  process.exitCode = failure.exitCode;
  process.stdout.destroy();
}

export async function main(argv: string[]): Promise<number> {
  const result = { code: EXIT.ok as number };
  const program = buildProgram(result);
  try {
    await program.parseAsync(argv);
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; every other commander error is a usage error
      if (error.exitCode === 0) return EXIT.ok;
      return EXIT.usage;
    }
    if (error instanceof CliError) {
      err(`directives: ${safe(error.message)}`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    err(`directives: internal error: ${safe(message)}`);
    if (process.env.DIRECTIVES_DEBUG && error instanceof Error && error.stack) err(safe(error.stack));
    return 70;
  }
}

process.stdout.on('error', onStdoutError);
const code = await main(process.argv);
process.exitCode = outputFailed ? EXIT.output : code;
