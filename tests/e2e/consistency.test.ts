import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { Store } from '../../src/corpus/store.js';
import { syntheticItem } from '../helpers/items.js';
import { BIN, cleanEnv, ROOT, run } from '../helpers/run.js';

/**
 * Issue 17, item 1: commands that read more than once read one state of the
 * corpus, whatever writers in other processes do meanwhile. Real processes:
 * a writer adding and removing documents in a loop, readers racing it.
 */

const BASE = 150;

function seeded(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'directives-race-')), 'corpus');
  const store = Store.open(dir, { create: true });
  store.add(Array.from({ length: BASE }, (_, i) => syntheticItem(`base${i}`, 8)));
  store.close();
  return dir;
}

/** A separate process that adds 40 documents, then removes them, over and over, until killed. */
function writerLoop(dir: string): ChildProcess {
  const script = `
    const { Store } = await import(${JSON.stringify(join(ROOT, 'dist/corpus/store.js'))});
    const { createHash } = await import('node:crypto');
    const item = (seed) => {
      const text = 'All counties in ' + seed + ' must publish their budgets on time.';
      const sha256 = createHash('sha256').update(text).digest('hex');
      const id = sha256.slice(0, 8);
      return {
        document: { id, file: null, title: seed, date: null, place: null, issuer: null, event: null, participants: [], language: 'en', sha256, parserVersion: 't', source: text },
        directives: [{ id: id + '-1', doc: id, start: 0, end: text.length, text, force: 'must', cue: 'must', reporting: null, issuer: null, addressee: null, actions: [], purpose: null, themes: [], paragraph: 0, sentence: 0 }],
      };
    };
    for (let round = 0; ; round++) {
      const store = Store.open(${JSON.stringify(dir)});
      const batch = Array.from({ length: 40 }, (_, i) => item('race' + round + '-' + i));
      store.add(batch);
      store.remove(batch.map((b) => b.document.id));
      store.close();
      process.stdout.write('.');
    }`;
  return spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
}

async function started(writer: ChildProcess): Promise<void> {
  await new Promise<void>((resolve) => writer.stdout!.once('data', () => resolve()));
}

describe('reads racing writes in other processes (issue 17)', () => {
  it('a slowed export, while documents are added and removed, loads back complete', async () => {
    const dir = seeded();
    const writer = writerLoop(dir);
    try {
      await started(writer);
      const out = join(dir, '..', 'export.json');
      // the pipe fills and the export waits on it for three seconds while the writer goes on
      const pipeline = spawnSync('sh', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} export --corpus ${JSON.stringify(dir)} | (sleep 3; cat) > ${JSON.stringify(out)}`], {
        env: cleanEnv({}),
        encoding: 'utf8',
      });
      expect(pipeline.stderr).toBe('');
      expect(pipeline.status).toBe(0);
      const corpus = loadCorpus(out);
      const perDocument = new Map<string, number>();
      for (const d of corpus.directives) perDocument.set(d.doc, (perDocument.get(d.doc) ?? 0) + 1);
      // whatever state it caught, every document has every one of its directives
      const base = corpus.documents.filter((doc) => doc.title?.startsWith('Notice base'));
      expect(base).toHaveLength(BASE);
      for (const doc of base) expect(perDocument.get(doc.id)).toBe(8);
      for (const doc of corpus.documents) expect(perDocument.get(doc.id)).toBeGreaterThan(0);
      expect(corpus.directives).toHaveLength(BASE * 8 + (corpus.documents.length - BASE));
    } finally {
      writer.kill();
    }
  }, 60_000);

  it('docs, list and search racing a writer never crash and always agree with themselves', async () => {
    const dir = seeded();
    const writer = writerLoop(dir);
    try {
      await started(writer);
      for (let i = 0; i < 6; i++) {
        const docs = run(['docs', '--corpus', dir, '--json']);
        expect(docs.stderr).toBe('');
        expect(docs.code).toBe(0);
        for (const doc of JSON.parse(docs.stdout) as Array<{ id: string; directives: number; forces: Record<string, number> }>) {
          expect(Object.values(doc.forces).reduce((a, b) => a + b, 0)).toBe(doc.directives);
        }
        const list = run(['list', '--corpus', dir, '--json', '--fields', 'id,doc,title']);
        expect(list.code).toBe(0);
        const rows = JSON.parse(list.stdout) as Array<{ doc: string; title: string | null }>;
        // a directive's document was read in the same state: its title is there
        expect(rows.every((row) => row.title !== null)).toBe(true);
        const search = run(['search', '--corpus', dir, 'counties budgets', '--json']);
        expect([0, 1]).toContain(search.code);
        expect(search.stderr).toBe('');
      }
    } finally {
      writer.kill();
    }
  }, 120_000);
});
