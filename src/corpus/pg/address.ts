import { DataError, UsageError } from '../../errors.js';

/** A schema name as an identifier: letters, digits and underscores, so it can be quoted without surprises. */
export function checkSchemaName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) throw new DataError(`--schema ${JSON.stringify(name)}: a schema name is letters, digits and _ (at most 63)`);
  return name;
}

/** Whether a --corpus value names a PostgreSQL corpus (libpq's URL schemes). */
export function isPostgresUrl(path: string): boolean {
  return /^postgres(ql)?:\/\//i.test(path);
}

/** Where a PostgreSQL corpus is: what `pg` connects with, its schema, and the address to show (no password). */
export interface PgAddress {
  config: Record<string, unknown>;
  schema: string;
  display: string;
}

export const DEFAULT_SCHEMA = 'directives';

/**
 * A libpq connection URL (`postgres://user:pass@host:port/db?sslmode=require`),
 * with one parameter of ours, `schema`. What the URL leaves out comes from the
 * PG* environment variables (PGHOST, PGUSER, PGPASSWORD, PGSSLMODE, …) and
 * ~/.pgpass, as `pg` reads them; TLS parameters (sslmode, sslrootcert,
 * sslcert, sslkey) pass through.
 */
export function parsePgAddress(address: string, schema?: string): PgAddress {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new UsageError(`${address}: not a PostgreSQL URL (postgres://user@host:port/database)`);
  }
  const chosen = checkSchemaName(schema ?? url.searchParams.get('schema') ?? DEFAULT_SCHEMA);
  url.searchParams.delete('schema');
  const shown = new URL(url);
  if (shown.password !== '') shown.password = '***';
  if (chosen !== DEFAULT_SCHEMA) shown.searchParams.set('schema', chosen);
  const timeout = Number(process.env.PGCONNECT_TIMEOUT ?? 10);
  return {
    config: { connectionString: url.toString(), application_name: 'directives', connectionTimeoutMillis: (Number.isFinite(timeout) && timeout > 0 ? timeout : 10) * 1000 },
    schema: chosen,
    display: shown.toString(),
  };
}
