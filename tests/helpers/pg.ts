import { randomBytes } from 'node:crypto';
import { describe } from 'vitest';

/**
 * The PostgreSQL tests need a server: DIRECTIVES_PG_URL names one
 * (`npm run pg:test` and .ci/run start a throwaway cluster and set it). Without
 * it they are skipped, saying why — unless DIRECTIVES_PG_REQUIRED is set (CI),
 * where a missing server is a failure, not a skip.
 */
export const PG_URL = process.env.DIRECTIVES_PG_URL ?? '';

if (PG_URL === '' && process.env.DIRECTIVES_PG_REQUIRED === '1') {
  throw new Error('DIRECTIVES_PG_REQUIRED is set but DIRECTIVES_PG_URL is not: the PostgreSQL tests must run here');
}

/** `describe` when a server is there; otherwise a skipped suite whose name says why. */
export const describePg = (name: string, body: () => void): void => {
  if (PG_URL === '') describe.skip(`${name} (skipped: DIRECTIVES_PG_URL is not set; run \`npm run pg:test\`)`, body);
  else describe(name, body);
};

/** A schema name no other test run uses. */
export const scratchSchema = (prefix = 't'): string => `${prefix}_${randomBytes(5).toString('hex')}`;

/** The test server's URL with a schema (and any other parameters) added. */
export function pgUrl(params: Record<string, string> = {}): string {
  const url = new URL(PG_URL);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}
