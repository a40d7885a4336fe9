/**
 * Exit codes (documented in the README):
 *   0  success, something found
 *   1  nothing found (search, show)
 *   2  usage error or unusable input (bad option, missing file, broken corpus)
 *   3  the corpus is busy or cannot be written
 *   4  partly done: some inputs could not be read and were skipped (add, parse; issue 13)
 *  70  internal error: a bug (EX_SOFTWARE of sysexits.h)
 */
export const EXIT = { ok: 0, notFound: 1, usage: 2, data: 2, io: 3, partial: 4, internal: 70 } as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The user asked for something malformed: bad option value, unknown field. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT.usage);
  }
}

/** Input we cannot use: missing or binary file, broken corpus JSON. */
export class DataError extends CliError {
  constructor(message: string) {
    super(message, EXIT.data);
  }
}

/** Nothing matched: not an error worth a stack, but a distinct exit code. */
export class NotFoundError extends CliError {
  constructor(message: string) {
    super(message, EXIT.notFound);
  }
}
