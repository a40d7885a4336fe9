import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { STORE_FILE } from '../../src/corpus/layout.js';
import { checkStore } from '../../src/corpus/sqlite/check.js';
import { repairStore } from '../../src/corpus/sqlite/repair.js';
import { Store } from '../../src/corpus/store.js';
import { CliError } from '../../src/errors.js';
import { sqliteBackend } from '../../src/query/engines/sqlite.js';
import { createReader } from '../../src/query/reader.js';
import { renderDetail } from '../../src/render/detail.js';
import { renderDirectives } from '../../src/render/directives.js';
import { PLAIN_THEME } from '../../src/render/theme.js';
import { syntheticItem } from '../helpers/items.js';
import { BIN, cleanEnv, ROOT } from '../helpers/run.js';
import { mulberry32 } from '../fixtures/synthetic.js';

/**
 * Issue 17, item 7: seeded corruption of a corpus database — a zeroed page,
 * flipped bytes, a dropped table, a broken JSON column — then every read a
 * command makes, `check` and `check --repair`. Never an internal error (exit
 * 70) or a stack trace; `check` reports any row it cannot give back as it
 * was; a repair keeps every row the damaged file still holds and leaves a
 * corpus `check` finds sound. `npm test` runs 20 cases, `npm run fuzz` 300
 * (CORRUPTION_RUNS overrides both); a failure names its seed.
 */
const RUNS = Number(process.env.CORRUPTION_RUNS ?? (process.env.FUZZ_RUNS ? 300 : 20));
/** Every this many cases also runs the binary, for exit codes and stderr as a shell sees them. */
const SPAWN_EVERY = process.env.FUZZ_RUNS ? 25 : 7;


const KINDS = ['zero-page', 'flip-bytes', 'drop-table', 'break-json'] as const;
type Kind = (typeof KINDS)[number];

let pristine: string;
/** Each directive's row and each document's row and source, as written: what "held" is measured against. */
const original = { directives: new Map<number, string>(), documents: new Map<number, string>() };
const DIRECTIVE_ROW = 'SELECT rid, id, doc_ord, start, "end", text, force, actions, themes, addressee, confidence, signals FROM directives WHERE rid = ?';
const DOCUMENT_ROW = 'SELECT d.ord, d.id, d.sha256, d.participants, d.language, d.edited, s.source FROM documents d JOIN sources s ON s.doc_ord = d.ord WHERE d.ord = ?';

beforeAll(() => {
  pristine = join(mkdtempSync(join(tmpdir(), 'directives-corrupt-')), 'pristine');
  const store = Store.open(pristine, { create: true });
  store.add(Array.from({ length: 80 }, (_, i) => syntheticItem(`fz${i}`, 1 + (i % 7))));
  store.close();
  const db = new Database(join(pristine, STORE_FILE), { readonly: true });
  for (const { rid } of db.prepare('SELECT rid FROM directives').all() as { rid: number }[]) original.directives.set(rid, JSON.stringify(db.prepare(DIRECTIVE_ROW).get(rid)));
  for (const { ord } of db.prepare('SELECT ord FROM documents').all() as { ord: number }[]) original.documents.set(ord, JSON.stringify(db.prepare(DOCUMENT_ROW).get(ord)));
  db.close();
});

function damage(file: string, kind: Kind, random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const size = statSync(file).size;
  const pageSize = 4096;
  if (kind === 'zero-page' || kind === 'flip-bytes') {
    const fd = openSync(file, 'r+');
    try {
      if (kind === 'zero-page') {
        const page = Math.floor(random() * (size / pageSize));
        writeSync(fd, Buffer.alloc(pageSize), 0, pageSize, page * pageSize);
        return `zeroed page ${page + 1}`;
      }
      const flips: number[] = [];
      for (let i = 0, n = 1 + Math.floor(random() * 24); i < n; i++) {
        const at = Math.floor(random() * size);
        const byte = Buffer.alloc(1);
        readSync(fd, byte, 0, 1, at);
        byte[0] = byte[0]! ^ (1 + Math.floor(random() * 255));
        writeSync(fd, byte, 0, 1, at);
        flips.push(at);
      }
      return `flipped bytes at ${flips.join(',')}`;
    } finally {
      closeSync(fd);
    }
  }
  const db = new Database(file);
  try {
    if (kind === 'drop-table') {
      const table = pick(['fts', 'themes', 'vocab', 'vocab_deletes', 'sources', 'directives', 'meta']);
      db.exec(`DROP TABLE ${table}`);
      return `dropped ${table}`;
    }
    const rid = 1 + Math.floor(random() * original.directives.size);
    const [table, column, key] = pick([['directives', 'actions', 'rid'], ['directives', 'themes', 'rid'], ['directives', 'signals', 'rid'], ['documents', 'participants', 'ord']] as const);
    const value = pick(['{broken', '[{"verb": 1}]', '"a string"', '[1, 2]', 'null']);
    const target = table === 'documents' ? 1 + Math.floor(random() * original.documents.size) : rid;
    db.prepare(`UPDATE ${table} SET ${column} = ? WHERE ${key} = ?`).run(value, target);
    return `${table}.${column} of ${target} set to ${value}`;
  } finally {
    db.close();
  }
}

/** The rows of the damaged file SQLite still gives back exactly as they were written, each read on its own. */
function held(file: string): { directives: Set<number>; documents: Set<number> } {
  const result = { directives: new Set<number>(), documents: new Set<number>() };
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return result;
  }
  const same = (sql: string, key: number, want: string): boolean => {
    try {
      return JSON.stringify(db.prepare(sql).get(key)) === want;
    } catch {
      return false;
    }
  };
  for (const [ord, row] of original.documents) if (same(DOCUMENT_ROW, ord, row)) result.documents.add(ord);
  for (const [rid, row] of original.directives) {
    const docOrd = (JSON.parse(row) as { doc_ord: number }).doc_ord;
    if (result.documents.has(docOrd) && same(DIRECTIVE_ROW, rid, row)) result.directives.add(rid);
  }
  db.close();
  return result;
}

/** Every read the browse commands make; anything thrown must be a one-line CliError, never a crash. */
async function readEverything(dir: string): Promise<void> {
  const attempt = async (read: () => unknown): Promise<void> => {
    try {
      await read();
    } catch (error) {
      if (!(error instanceof CliError)) throw new Error(`internal error (exit 70) on a damaged corpus: ${(error as Error).stack ?? String(error)}`);
    }
  };
  let reader: ReturnType<typeof createReader> | null = null;
  await attempt(() => {
    reader = createReader(sqliteBackend(Store.open(dir, { readonly: true })), { fullScanLimit: 0 });
  });
  if (reader === null) return;
  const r = reader as ReturnType<typeof createReader>;
  await attempt(() => {
    // what show and list draw from the rows: a row of the wrong shape must fail as damage before it reaches a renderer
    const rows = r.list({}, {});
    const docs = r.documentsOf(rows);
    renderDirectives(rows.map((directive) => ({ directive })), docs, { format: 'tsv', fields: null, width: 100, theme: PLAIN_THEME });
    for (const directive of rows.slice(0, 40)) renderDetail(directive, r.document(directive.doc) ?? undefined, { theme: PLAIN_THEME, wrap: 80 });
  });
  await attempt(() => r.consistent(() => [r.documents(), r.forceCountsByDocument()]));
  await attempt(() => r.select({ query: 'supervison of grain', criteria: {} }));
  await attempt(() => r.select({ query: 'water', criteria: {}, search: { exact: true } }));
  await attempt(() => r.facets('force', {}));
  await attempt(() => r.directive('00000000-1'));
  await attempt(() => r.snapshot(async (documents, directives) => [...documents].length + [...directives].length));
  await attempt(() => r.close());
}

function spawnBinary(args: string[]): { stderr: string; code: number | null } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: cleanEnv({}), encoding: 'utf8' });
  return { stderr: result.stderr, code: result.status };
}

describe(`seeded corruption of a corpus database, ${RUNS} cases (issue 17)`, () => {
  it('never crashes; check reports what it cannot give back; a repair keeps every row the file still holds', async () => {
    const base = mkdtempSync(join(tmpdir(), 'directives-corrupt-runs-'));
    for (let seed = 1; seed <= RUNS; seed++) {
      const random = mulberry32(seed * 7919);
      const kind = KINDS[seed % KINDS.length]!;
      const dir = join(base, `run-${seed}`);
      mkdirSync(dir);
      const file = join(dir, STORE_FILE);
      copyFileSync(join(pristine, STORE_FILE), file);
      const what = damage(file, kind, random);
      const context = `seed ${seed}: ${what}`;
      const stillHeld = held(file);

      await readEverything(dir);
      if (seed % SPAWN_EVERY === 0) {
        for (const args of [['list', '--corpus', dir], ['docs', '--corpus', dir], ['search', 'grain', '--corpus', dir], ['check', '--corpus', dir]]) {
          const result = spawnBinary(args);
          expect(result.code, `${context}: ${args[0]}`).not.toBe(70);
          expect(result.stderr, `${context}: ${args[0]}`).not.toMatch(/\n\s+at /);
          expect(result.stderr.split('\n').filter(Boolean).length, `${context}: ${args[0]} stderr`).toBeLessThanOrEqual(1);
        }
      }

      const report = checkStore(dir);
      const lostSomething = stillHeld.directives.size < original.directives.size || stillHeld.documents.size < original.documents.size;
      if (lostSomething || kind === 'drop-table') expect(report.problemCount, `${context}: check found nothing`).toBeGreaterThan(0);

      const repaired = repairStore(dir);
      expect(repaired.after?.problemCount ?? 0, `${context}: ${JSON.stringify(repaired.after?.problems.slice(0, 3))}`).toBe(0);
      const after = new Database(file, { readonly: true });
      const rids = new Set(after.prepare('SELECT rid FROM directives').pluck().all() as number[]);
      const ords = new Set(after.prepare('SELECT ord FROM documents').pluck().all() as number[]);
      after.close();
      for (const rid of stillHeld.directives) expect(rids.has(rid), `${context}: directive row ${rid} was readable but not kept`).toBe(true);
      for (const ord of stillHeld.documents) expect(ords.has(ord), `${context}: document row ${ord} was readable but not kept`).toBe(true);
      rmSync(dir, { recursive: true, force: true });
    }
  }, Math.max(120_000, RUNS * 3000));
});
