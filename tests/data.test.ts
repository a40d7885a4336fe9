import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { buildBuiltinCorpus } from '../src/corpus/builtin.js';
import { ROOT } from './helpers/paths.js';

it('the committed built-in corpus is exactly what the parser makes of the seed (run `npm run data`)', () => {
  const committed: unknown = JSON.parse(readFileSync(`${ROOT}data/corpus.json`, 'utf8'));
  const fresh = buildBuiltinCorpus((file) => readFileSync(`${ROOT}data/${file}`, 'utf8'));
  expect(committed).toEqual(JSON.parse(JSON.stringify(fresh)));
});
