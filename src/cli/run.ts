import { Command, CommanderError, Option } from 'commander';
import { CliError, EXIT } from '../errors.js';
import { sanitize } from '../render/sanitize.js';
import { COLOR_MODES } from '../vocab/fields.js';
import { COMMANDS } from './commands/index.js';
import type { App, Context, GlobalOptions } from './context.js';
import { err, type Io, type OutStream, type Pager } from './io.js';
import { colorSource, loadConfig, type Config } from './config.js';
import { pagerCommand, wantsPager } from './pager.js';
import { VERSION } from './version.js';

/**
 * Error messages quote what they were given — file names, option values, a
 * snippet of broken JSON — and may end up on a terminal: neutralise them here,
 * once, for every error (issue 7). Newlines stay: a hint may follow on its own line.
 */
const safe = (message: string): string => sanitize(message, { keepNewlines: true });

function buildProgram(app: App, io: Io): Command {
  const program = new Command('directives');
  program
    .description('Find who told whom to do what, how strongly, and where it says so, in policy texts.')
    .version(VERSION, '-V, --version')
    .option('--corpus <path>', 'a corpus folder (made by `init`), or a corpus JSON (as `parse --json` or `export` prints it); default: $DIRECTIVES_CORPUS, else the built-in corpus')
    .addOption(new Option('--color <when>', 'colour: auto (a terminal, unless NO_COLOR or TERM=dumb), always, never').choices(COLOR_MODES).default('auto'))
    .option('--no-pager', 'print straight to the terminal (default: long output goes through $PAGER, else less -FRX, on a terminal only)')
    .addHelpText(
      'after',
      `
Exit status: 0 found, 1 nothing found (list, search, show), 2 usage or data error
(a damaged corpus too), 3 the corpus is busy or cannot be written, 4 some
inputs were skipped (add, parse), 5 the output cannot be written, 70 a bug.

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
      // commander's help, version and errors go through the Io too
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => io.stderr.columns ?? 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
      outputError: (text, write) => write(`directives: ${safe(text.replace(/^error: /, ''))}`),
    });
  for (const register of COMMANDS) register(program, app);
  return program;
}

/** The config file's colour applies when --color was not given. */
function withConfig(command: Command, globals: GlobalOptions, config: Config): GlobalOptions {
  if (config.color === undefined || colorSource(command) !== 'default') return globals;
  return { ...globals, color: config.color };
}

function startPager(io: Io, config: Config): Pager | null {
  const command = pagerCommand(io.env, config.pager);
  return command === null ? null : io.startPager!(command);
}

/** The program as defined, for what is written from its definitions (the man page, scripts/make-man.mjs); running it does nothing. */
export function describeProgram(): Command {
  const silent: OutStream = { write: () => true, drained: () => Promise.resolve(), closed: false, isTTY: false, columns: 80 };
  const io: Io = { stdout: silent, stderr: silent, stdin: { isTTY: false, read: () => Promise.resolve(new Uint8Array()), readSync: () => new Uint8Array() }, env: {}, terminal: null };
  return buildProgram({ io, run: () => Promise.resolve() }, io);
}

export interface RunOptions {
  /**
   * Called in place of the command's own run function, with the parsed command
   * (its `.name()`, `.opts()`, `.args`) and its context: tests of flag parsing
   * alone, as gh's `runF`.
   */
  runF?: (command: Command, ctx: Context) => Promise<number>;
}

/**
 * The whole command line in process: parse `argv` (as process.argv: node, script,
 * then arguments), run the command with `io`, and resolve to the exit code.
 * It never exits and never throws; the one top-level catch is here.
 */
export async function runCli(argv: readonly string[], io: Io, options: RunOptions = {}): Promise<number> {
  let code: number = EXIT.ok;
  const app: App = {
    io,
    run: async (command, task) => {
      const { config } = loadConfig(io.env);
      const globals = withConfig(command, command.optsWithGlobals<GlobalOptions>(), config);
      const pager = wantsPager(command.name(), io, globals.pager !== false) ? startPager(io, config) : null;
      const ctx: Context = { io: pager ? { ...io, stdout: pager.stdout } : io, globals, config };
      try {
        code = await (options.runF ? options.runF(command, ctx) : task(ctx));
      } finally {
        // the person reads to the end (or quits) before the shell prompt comes back
        await pager?.close();
      }
    },
  };
  const program = buildProgram(app, io);
  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; every other commander error is a usage error
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliError) {
      err(io, `directives: ${safe(error.message)}`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    err(io, `directives: internal error: ${safe(message)}`);
    if (io.env.DIRECTIVES_DEBUG && error instanceof Error && error.stack) err(io, safe(error.stack));
    return EXIT.internal;
  }
}
