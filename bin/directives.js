#!/usr/bin/env node
// A command against a PostgreSQL server starts its client thread (and loads
// `pg` there) now, while this thread loads the command line: the two overlap
// on a second core (src/corpus/pg/client.ts). Only a postgres:// argument or
// DIRECTIVES_CORPUS is looked at; a server named in the config file connects
// as usual, just without the head start.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const isServer = (value) => /^(--corpus=)?postgres(ql)?:\/\//i.test(value ?? '');
if (process.argv.slice(2).some(isServer) || isServer(process.env.DIRECTIVES_CORPUS)) {
  const { prestartPg } = await import('../dist/corpus/pg/client.js');
  const bundled = fileURLToPath(new URL('../dist/pg.cjs', import.meta.url));
  prestartPg(existsSync(bundled) ? bundled : undefined);
}
await import('../dist/cli/main.js');
