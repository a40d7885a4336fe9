import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CORPUS, loadCorpus } from '../../src/corpus/load.js';
import { DataError } from '../../src/errors.js';
import { FIXTURE_PATH } from '../fixtures/load.js';

const dir = mkdtempSync(join(tmpdir(), 'directives-load-'));
const fixture = JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as { schemaVersion: number; documents: unknown[]; directives: Array<Record<string, unknown>> };

function write(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const broken = (change: (directive: Record<string, unknown>) => void) => {
  const copy = structuredClone(fixture);
  change(copy.directives[0]!);
  return copy;
};

describe('loadCorpus', () => {
  it('loads the fixture and the built-in corpus', () => {
    expect(loadCorpus(FIXTURE_PATH).directives).toHaveLength(10);
    expect(BUILTIN_CORPUS.endsWith(join('data', 'corpus.json'))).toBe(true);
  });

  it('loads corpus.json from a directory', () => {
    const sub = join(dir, 'as-dir');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'corpus.json'), JSON.stringify(fixture));
    expect(loadCorpus(sub).documents).toHaveLength(3);
    expect(() => loadCorpus(dir)).toThrow(/holds neither corpus\.sqlite .*directives init.* nor corpus\.json/);
  });

  it.each<[string, () => string, RegExp]>([
    ['a missing file', () => join(dir, 'missing.json'), /missing\.json: no such corpus file/],
    ['a truncated file', () => write('truncated.json', '{"schemaVersion": 1, "docu'), /truncated\.json: not valid JSON/],
    ['an empty file', () => write('empty.json', ''), /empty\.json: not valid JSON \(file is empty\)/],
    ['an unknown schema version', () => write('v9.json', { ...fixture, schemaVersion: 9 }), /unknown schemaVersion 9/],
    ['a directive of an unknown document', () => write('doc.json', broken((d) => (d.doc = 'nowhere'))), /aa11bb22-1: unknown document "nowhere"/],
    ['offsets outside the source', () => write('offsets.json', broken((d) => (d.end = 1e6))), /aa11bb22-1: offsets .* fall outside/],
    ['text that is not source.slice(start, end)', () => write('text.json', broken((d) => (d.text = 'something else'))), /aa11bb22-1: text differs/],
    ['an unknown force', () => write('force.json', broken((d) => (d.force = 'maybe'))), /unknown force "maybe"/],
    ['not an object', () => write('array.json', []), /not a corpus/],
    // issue 17, item 8: every field's shape, the first bad one named by its path
    ['an action whose verb is not a string', () => write('verb.json', broken((d) => (d.actions = [{ verb: 1, object: 'x' }]))), /: directives\[0\]\.actions\[0\]\.verb: expected string, got 1$/],
    ['an action without an object', () => write('object.json', broken((d) => (d.actions = [{ verb: 'do' }]))), /: directives\[0\]\.actions\[0\]\.object: missing$/],
    ['a confidence above 1', () => write('confidence.json', broken((d) => (d.confidence = 3))), /: directives\[0\]\.confidence: /],
    ['an unknown signal', () => write('signal.json', broken((d) => (d.signals = ['gut-feeling']))), /: directives\[0\]\.signals\[0\]: unknown value "gut-feeling"$/],
    ['a theme that is not a string', () => write('theme.json', broken((d) => (d.themes = [null]))), /: directives\[0\]\.themes\[0\]: expected string, got null$/],
    ['a sha256 that is not its source\'s', () => {
      const copy = structuredClone(fixture) as unknown as { documents: Array<Record<string, unknown>> };
      copy.documents[1]!.sha256 = 'f'.repeat(64);
      return write('sha.json', copy);
    }, /: documents\[1\]\.sha256: does not match the document's source/],
  ])('refuses %s with a DataError naming the file', (_, file, message) => {
    const path = file();
    expect(() => loadCorpus(path)).toThrow(DataError);
    expect(() => loadCorpus(path)).toThrow(message);
    try {
      loadCorpus(path);
    } catch (error) {
      expect((error as DataError).exitCode).toBe(2);
      expect((error as Error).message).toContain(path);
    }
  });
});
