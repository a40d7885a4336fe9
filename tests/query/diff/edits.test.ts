import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM module shared with bench/diff-edits.mjs
import { runEditTrials } from '../../../bench/diff-edits-lib.mjs';
import type { Directive, Language } from '../../../src/model/types.js';
import { parseDocument } from '../../../src/parse/index.js';
import { diffDirectives } from '../../../src/query/diff/index.js';
import { ROOT } from '../../helpers/paths.js';

interface TrialResult {
  edits: number;
  recall: number;
  falseRate: number;
  byKind: Record<string, { edits: number; found: number }>;
}

const dir = join(ROOT, 'eval/dev/docs');
const documents = readdirSync(dir)
  .sort()
  .map((file) => ({ file, source: readFileSync(join(dir, file), 'utf8') }));
const parse = (source: string, file: string) => parseDocument(source, { file });
const diff = (a: Directive[], b: Directive[], language: Language) => diffDirectives(a, b, { language });

// The small version of bench/diff-edits.mjs (which runs hundreds of edits): same edits, same bars.
describe('edit recovery on the dev documents', () => {
  for (const language of ['en', 'zh'] as const) {
    it(`${language}: each seeded edit is reported as its kind; untouched directives read as same`, () => {
      const docs = documents.filter((d) => parse(d.source, d.file).document.language === language);
      const r = runEditTrials({ parse, diff, documents: docs, seed: 7, trials: 20, edits: 3 }) as TrialResult;
      expect(r.edits).toBeGreaterThanOrEqual(40);
      for (const kind of ['delete', 'insert', 'force', 'reword', 'swap']) expect(r.byKind[kind]!.edits).toBeGreaterThan(0);
      expect(r.recall).toBeGreaterThanOrEqual(0.9);
      expect(r.falseRate).toBeLessThanOrEqual(0.02);
    });
  }
});
