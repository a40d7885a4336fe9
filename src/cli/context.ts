import { BUILTIN_CORPUS } from '../corpus/load.js';
import { UsageError } from '../errors.js';
import { toCriteria, type Criteria } from '../query/filter.js';
import { openReader } from '../query/open.js';
import type { CorpusReader } from '../query/reader.js';
import { parseLimit, type SortOptions } from '../query/sort.js';
import { colorLevel, type ColorLevel } from '../render/color.js';
import type { Theme } from '../render/theme.js';
import type { Force } from '../vocab/forces.js';
import type { Language } from '../model/types.js';
import type { SortKey } from '../vocab/dimensions.js';
import type { OutputFormat } from '../vocab/fields.js';
import { err, stdoutIsTTY, terminalColumns } from './io.js';
import type { FilterOptions, FormatOptions, GlobalOptions, SortCliOptions } from './commands/options.js';

/** What every browse command starts from: the corpus, and how to print. */
export interface Session {
  reader: CorpusReader;
  /** The one colour decision; `loadTheme` turns it into the one chalk instance. */
  colorLevel: ColorLevel;
  tty: boolean;
  width: number;
  /** `--color always` was given: a person reads this even through a pipe. */
  colorForced: boolean;
}

/** `--corpus`, else $DIRECTIVES_CORPUS, else the corpus shipped in the package. */
export function corpusPath(globals: GlobalOptions): string {
  const fromEnv = process.env.DIRECTIVES_CORPUS;
  return globals.corpus ?? (fromEnv !== undefined && fromEnv !== '' ? fromEnv : BUILTIN_CORPUS);
}

export async function openSession(globals: GlobalOptions): Promise<Session> {
  const reader = await openReader(corpusPath(globals));
  if (reader.notice !== null) err(`directives: ${reader.notice}`);
  const tty = stdoutIsTTY();
  return {
    reader,
    colorLevel: colorLevel(globals.color, process.env, tty),
    tty,
    width: terminalColumns(),
    colorForced: globals.color === 'always',
  };
}

/** Loaded only for output that people read, so `--json` never loads chalk. */
export async function loadTheme(session: Session): Promise<Theme> {
  const { createTheme } = await import('../render/theme.js');
  return createTheme(session.colorLevel);
}

/**
 * The format flag given, else a table for a person (a terminal, or `--color
 * always` through a pager), else TSV for a script.
 */
export function outputFormat(options: FormatOptions, session: Session): OutputFormat {
  if (options.json) return 'json';
  if (options.ndjson) return 'ndjson';
  if (options.csv) return 'csv';
  if (options.tsv) return 'tsv';
  return session.tty || session.colorForced ? 'table' : 'tsv';
}

export function criteriaFrom(options: FilterOptions): Criteria {
  // commander has already checked force and language values against their tables
  return toCriteria({
    doc: options.doc,
    forces: options.force as Force[] | undefined,
    minForce: options.minForce as Force | undefined,
    reporting: options.reporting,
    issuer: options.issuer,
    addressee: options.addressee,
    theme: options.theme,
    since: options.since,
    until: options.until,
    lang: options.lang as Language | undefined,
    minConfidence: options.minConfidence,
  });
}

export function sortFrom(options: SortCliOptions, scoreAllowed: boolean): SortOptions {
  const key = options.sort as SortKey | undefined;
  if (key === 'score' && !scoreAllowed) throw new UsageError('--sort score: only search results have a score');
  return {
    ...(key !== undefined ? { key } : {}),
    ...(options.reverse ? { reverse: true } : {}),
    ...(options.limit !== undefined ? { limit: parseLimit(options.limit) } : {}),
  };
}
