// `npm run bench`: every benchmark in this folder, one after another (they share two cores).
import { readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('./', import.meta.url));
const only = process.argv.slice(2);
for (const file of readdirSync(here).filter((f) => f.endsWith('.mjs') && f !== 'run.mjs').sort()) {
  if (only.length > 0 && !only.some((name) => file.startsWith(name))) continue;
  execFileSync(process.execPath, [here + file], { stdio: 'inherit' });
}
