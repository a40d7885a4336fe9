import type { Command } from 'commander';
import { BUILTIN_CORPUS } from '../corpus/load.js';
import type { Criteria } from '../model/query.js';
import type { CorpusReader } from '../query/reader.js';
import { colorLevel, type ColorLevel } from '../render/color.js';
import type { Theme } from '../render/theme.js';
import type { ColorMode, OutputFormat } from '../vocab/fields.js';
import type { Config } from './config.js';
import { err, terminalColumns, type Io } from './io.js';

/** Options on the program itself, read by every command. */
export interface GlobalOptions {
  corpus?: string;
  color: ColorMode;
  /** false with `--no-pager`. */
  pager?: boolean;
}

/** What every command runs with: where to print (gh's IOStreams), the program's own options and the config file's defaults. */
export interface Context {
  io: Io;
  globals: GlobalOptions;
  /** The config file's settings (cli/config.ts); empty without one. */
  config?: Config;
}

/** What every browse command starts from: the corpus, and how to print. */
export interface Session {
  reader: CorpusReader;
  /** The one colour decision; `loadTheme` turns it into the one chalk instance. */
  colorLevel: ColorLevel;
  tty: boolean;
  width: number;
}

/** `--corpus`, else $DIRECTIVES_CORPUS, else the config file's corpus, else the corpus shipped in the package. */
export function corpusPath(ctx: Context): string {
  return corpusSetting(ctx).value;
}

/** The corpus in effect and where that came from (`directives config`). */
export function corpusSetting(ctx: Context): { value: string; source: string } {
  const fromEnv = ctx.io.env.DIRECTIVES_CORPUS;
  if (ctx.globals.corpus !== undefined) return { value: ctx.globals.corpus, source: '--corpus' };
  if (fromEnv !== undefined && fromEnv !== '') return { value: fromEnv, source: '$DIRECTIVES_CORPUS' };
  if (ctx.config?.corpus !== undefined) return { value: ctx.config.corpus, source: 'config file' };
  return { value: BUILTIN_CORPUS, source: 'default (the built-in corpus)' };
}

export async function openSession(ctx: Context): Promise<Session> {
  const { openReader } = await import('../query/open.js');
  const reader = await openReader(corpusPath(ctx));
  if (reader.notice !== null) err(ctx.io, `directives: ${reader.notice}`);
  const tty = ctx.io.stdout.isTTY;
  return {
    reader,
    colorLevel: colorLevel(ctx.globals.color, ctx.io.env, tty),
    tty,
    width: terminalColumns(ctx.io),
  };
}

/** Loaded only for output that people read, so `--json` never loads chalk. */
export async function loadTheme(session: Pick<Session, 'colorLevel'>): Promise<Theme> {
  const { createTheme } = await import('../render/theme.js');
  return createTheme(session.colorLevel);
}

export interface FormatOptions {
  table?: boolean;
  header?: boolean;
  json?: boolean;
  ndjson?: boolean;
  csv?: boolean;
  tsv?: boolean;
  fields?: string;
}

/**
 * The format flag given, else a table on a terminal, else TSV for a script.
 * Colour is a separate decision: `--color always` through a pipe colours the
 * TSV, and `--table` asks for the table (issue 14).
 */
export function outputFormat(options: FormatOptions, session: Pick<Session, 'tty'>): OutputFormat {
  if (options.json) return 'json';
  if (options.ndjson) return 'ndjson';
  if (options.csv) return 'csv';
  if (options.tsv) return 'tsv';
  if (options.table) return 'table';
  return session.tty ? 'table' : 'tsv';
}

/** A chart (facets, trend) for a person: on a terminal, or asked for with --chart. */
export function chartWanted(options: { chart?: boolean }, session: Pick<Session, 'tty'>): boolean {
  return options.chart === true || session.tty;
}

/**
 * What a command file gets when it adds itself to the program: `run` builds the
 * command's Context when it is invoked and records the exit code its task
 * resolves to. A command never reaches for `process`; all it needs is here.
 */
export interface App {
  io: Io;
  run(command: Command, task: (ctx: Context) => Promise<number>): Promise<void>;
}

/** One command file's export: add the command (its flags, help and action) to the program. */
export type RegisterCommand = (program: Command, app: App) => void;

/**
 * A date range cannot place a document without a year (`--09-21`, no date):
 * say how many directives it left out, and how to give them one (issue 13).
 */
export function noteUndated(ctx: Context, reader: CorpusReader, criteria: Criteria): void {
  if (criteria.since === undefined && criteria.until === undefined) return;
  const { since: _since, until: _until, ...rest } = criteria;
  const undated = reader.facets('year', rest).find((count) => count.value === null)?.count ?? 0;
  if (undated === 0) return;
  err(ctx.io, `directives: --since/--until left out ${undated} directive${undated === 1 ? '' : 's'} of documents without a year (give one with \`directives edit DOC --date YYYY-MM-DD\`)`);
}
