#!/usr/bin/env node
// A command against a PostgreSQL server starts its client thread now, while
// this thread loads the command line: on a second core it loads `pg` and, when
// one server is named, connects (src/corpus/pg/client.ts, prestartPg). Only
// the arguments and DIRECTIVES_CORPUS are looked at; a server named in the
// config file connects as usual, just without the head start.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SERVER = /^(?:--corpus=)?(postgres(?:ql)?:\/\/.*)$/i;
const named = new Set(process.argv.slice(2).flatMap((arg) => SERVER.exec(arg)?.[1] ?? []));
if (named.size === 0 && SERVER.test(process.env.DIRECTIVES_CORPUS ?? '')) named.add(process.env.DIRECTIVES_CORPUS);
if (named.size > 0) {
  const [{ prestartPg }, { parsePgAddress }] = await Promise.all([import('../dist/corpus/pg/client.js'), import('../dist/corpus/pg/address.js')]);
  const bundled = fileURLToPath(new URL('../dist/pg.cjs', import.meta.url));
  let early;
  try {
    // `migrate A B` names two: no guess which comes first
    if (named.size === 1) early = parsePgAddress([...named][0]).config;
  } catch {
    // a malformed address is reported by the command, as usual
  }
  prestartPg(existsSync(bundled) ? bundled : undefined, early);
}
await import('../dist/cli/main.js');
