import { CliError, DataError, EXIT } from '../../errors.js';
import { PgError } from './client.js';

/**
 * The server's and the driver's failures as one line naming the corpus and
 * what to do (issue 18). Exit codes as documented in the README: 2 for what
 * the person must fix in what they gave (address, password, schema, version),
 * 3 for the server's state (unreachable, busy, read-only, full).
 */

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOENT', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'EPIPE', '57P01', '57P02', '57P03']);
const BUSY = new Set(['40001', '40P01', '55P03']);

export function translatePg(address: string, schema: string, error: unknown): Error {
  if (error instanceof CliError || !(error instanceof PgError)) return error instanceof Error ? error : new Error(String(error));
  const code = error.code;
  const message = error.message.split('\n')[0]!;
  if (UNREACHABLE.has(code) || code.startsWith('08') || (code === '' && /timeout|terminated|closed|stopped/i.test(message))) {
    return new CliError(`${address}: cannot reach the PostgreSQL server (${code || message}); is it running, and is the address right?`, EXIT.io);
  }
  if (code === '28P01' || code === '28000') return new DataError(`${address}: the server refused the login (${message}); check the user and password (URL, PGPASSWORD or ~/.pgpass)`);
  if (/password must be a string|password authentication/i.test(message)) return new DataError(`${address}: the server asks for a password; give it in the URL, PGPASSWORD or ~/.pgpass`);
  if (code === '3D000') return new DataError(`${address}: ${message}; create the database first (createdb), then \`directives init ${address}\``);
  if (code === '3F000' || code === '42P01') return new DataError(`${address}: no corpus in schema ${schema}; create one with \`directives init ${address}\``);
  if (code === '42501') return new CliError(`${address}: permission denied (${message}); this role cannot change the corpus, nothing was changed`, EXIT.io);
  if (code === '25006') return new CliError(`${address}: the server only allows reading (a replica?); nothing was changed`, EXIT.io);
  if (BUSY.has(code)) return new CliError(`${address}: corpus is busy (another writer holds what this one needs); nothing was changed, try again`, EXIT.io);
  if (code === '53100') return new CliError(`${address}: the server's disk is full; nothing was changed`, EXIT.io);
  if (code.startsWith('53') || code === '57014') return new CliError(`${address}: the server gave up (${message}); nothing was changed`, EXIT.io);
  return new DataError(`${address}: PostgreSQL error ${code}: ${message}`);
}
