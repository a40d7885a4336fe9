// Regenerates the built-in corpus from the seed text with the current parser.
// `npm run data`; tests/data.test.ts fails when the committed file drifts from this.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildBuiltinCorpus } from '../dist/corpus/builtin.js';

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));
const corpus = buildBuiltinCorpus((name) => readFileSync(dataDir + name, 'utf8'));
const target = `${dataDir}corpus.json`;
writeFileSync(`${target}.tmp`, `${JSON.stringify(corpus, null, 2)}\n`);
renameSync(`${target}.tmp`, target);
console.log(`data/corpus.json: ${corpus.documents.length} document(s), ${corpus.directives.length} directives`);
