/**
 * Exit codes (documented in the README):
 *   0  success, something found
 *   1  nothing found (search, show)
 *   2  usage error or unusable input (bad option, missing file, broken corpus)
 *   3  the corpus is busy or cannot be written
 *   4  partly done: some inputs could not be read and were skipped (add, parse; issue 13)
 *   5  the output cannot be written (a full disk, /dev/full, an I/O error; a closed pipe is a normal end)
 *  70  internal error: a bug (EX_SOFTWARE of sysexits.h)
 */
export const EXIT = { ok: 0, notFound: 1, usage: 2, data: 2, io: 3, partial: 4, output: 5, internal: 70 } as const;

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

/** What a failed write to stdout says, by errno; a closed pipe (EPIPE) is not a failure. */
const OUTPUT_FAILURES: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
  EFBIG: 'file too large',
  EBADF: 'standard output is closed',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
};

/** Standard output could not be written: the output is incomplete, and the exit code says so (issue 17). */
export class OutputError extends CliError {
  constructor(code: string | undefined) {
    super(`cannot write output: ${(code !== undefined ? OUTPUT_FAILURES[code] : undefined) ?? code ?? 'write failed'}`, EXIT.output);
  }
}
