// `npm run build`, last: directives(1) from the commander definitions
// (src/cli/man.ts), shipped in the package (package.json "man").
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { manPage } from '../dist/cli/man.js';
import { describeProgram } from '../dist/cli/run.js';
import { VERSION } from '../dist/cli/version.js';

const root = fileURLToPath(new URL('../', import.meta.url));
writeFileSync(`${root}directives.1`, manPage(describeProgram(), VERSION));
