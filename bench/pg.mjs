#!/usr/bin/env node
// PostgreSQL beside SQLite (issue 18): the same synthetic corpus (bench/synth.mjs,
// already-parsed JSON parts of ~100k directives) added with the real binary into
// a corpus folder and into a scratch schema on the server at $DIRECTIVES_PG_URL,
// then the same commands timed on both, whole process, medians over --runs
// (after one warm-up each): two-word search, typo search, filtered list, facets
// by force and by year, trend by year (with forces stacked, and of a search).
// Also the ingest rate (directives/s of `add`) and the
// size on disk (folder) and on the server (pg_total_relation_size of the schema).
// Skipped, saying so, when DIRECTIVES_PG_URL is unset (`npm run pg:test` shows
// how to start a throwaway server: scripts/pg-test-server.sh).
//
//   DIRECTIVES_PG_URL=postgres://… node bench/pg.mjs [--sizes 100k,1m] [--runs 5] [--keep]
//   … node bench/pg.mjs --reuse DIR[,DIR] [--runs 5]   (re-time the queries on corpora --keep left,
//     with the ingest rates and sizes measured when they were added; one DIR per size)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, parseCount } from './synth.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'bin/directives.js');
const PG_URL = process.env.DIRECTIVES_PG_URL ?? '';
if (PG_URL === '') {
  console.log('bench/pg.mjs: skipped (DIRECTIVES_PG_URL is not set; see scripts/pg-test-server.sh)');
  process.exit(0);
}
if (!existsSync(join(root, 'dist/cli/main.js'))) {
  console.error('bench/pg.mjs: no build — run npm run build first');
  process.exit(2);
}

const opts = { sizes: '100k', runs: 5, keep: false, reuse: [] };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--sizes') opts.sizes = argv[++i];
  else if (argv[i] === '--runs') opts.runs = Number(argv[++i]);
  else if (argv[i] === '--keep') opts.keep = true;
  else if (argv[i] === '--reuse') opts.reuse = argv[++i].split(',');
  else {
    console.error(`bench/pg.mjs: unknown argument ${argv[i]}`);
    process.exit(2);
  }
}

const QUERIES = [
  { key: 'search', args: ['search', 'school enterprise', '--limit', '20', '--json'] },
  { key: 'typo', args: ['search', 'entreprise cooperaton', '--limit', '20', '--json'] },
  // the synthetic corpus's issuers are "the meeting" and "the conference"
  { key: 'list', args: ['list', '--force', 'must', '--issuer', 'meeting', '--limit', '20', '--json'] },
  { key: 'facets', args: ['facets', '--by', 'force', '--json'] },
  { key: 'facets-year', args: ['facets', '--by', 'year', '--json'] },
  { key: 'trend', args: ['trend', '--json'] },
  { key: 'trend-force', args: ['trend', '--stack', 'force', '--json'] },
  { key: 'trend-search', args: ['trend', 'school enterprise', '--json'] },
];
const HEADINGS = ['search', 'typo search', 'list (filtered)', 'facets force', 'facets year', 'trend', 'trend --stack force', 'trend of a search'];

const log = (s) => process.stderr.write(`${s}\n`);
const ms = (n) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`);

function cli(args) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const elapsed = performance.now() - t;
  if (r.status !== 0) throw new Error(`directives ${args.join(' ')}: exit ${r.status}: ${r.stderr.trim().split('\n')[0]}`);
  return { ms: elapsed, stdout: r.stdout };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function dirSize(dir) {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) total += e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size;
  return total;
}

// the server-side size and the clean-up go through the project's own synchronous client (dist/)
const { SyncPg } = await import(join(root, 'dist/corpus/pg/client.js'));
const admin = new SyncPg({ connectionString: PG_URL });
const serverVersion = admin.value('SHOW server_version');
// what the server may keep in memory decides whether a search reads its rows from there or from the OS (README)
const sharedBuffers = admin.value('SHOW shared_buffers');

const results = [];
/** Generate `size` directives and add them to a folder and a server schema: the corpora, the ingest rates, the sizes. */
async function build(size) {
  const n = parseCount(size);
  const work = mkdtempSync(join(tmpdir(), `directives-bench-pg-${size}-`));
  const schema = `bench_${size}_${process.pid}`;
  const u = new URL(PG_URL);
  u.searchParams.set('schema', schema);
  const url = u.toString();
  log(`${size}: generating ${n.toLocaleString('en-US')} directives …`);
  const meta = await generate({ total: n, out: join(work, 'synth'), mode: 'json' });
  const parts = meta.parts.map((p) => join(work, 'synth', p.file));
  const folder = join(work, 'folder');
  const row = { size, directives: meta.directives, documents: meta.documents };
  for (const [engine, corpus] of [
    ['sqlite', folder],
    ['postgres', url],
  ]) {
    cli(['init', corpus]);
    let addMs = 0;
    for (const part of parts) addMs += cli(['add', '--corpus', corpus, part]).ms;
    row[`${engine}.ingest`] = Math.round(meta.directives / (addMs / 1000));
    log(`${size} ${engine}: added in ${ms(addMs)} (${row[`${engine}.ingest`]} directives/s)`);
  }
  // as the README advises after a large add (autovacuum would get there too, later):
  // statistics for the planner, and a visibility map so counts can use index-only scans
  for (const table of ['documents', 'directives', 'themes', 'doc_counts']) admin.query(`VACUUM (ANALYZE) ${schema}.${table}`);
  row['sqlite.size'] = dirSize(folder);
  row['postgres.size'] = Number(
    admin.value(`SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind IN ('r', 'm')`, schema),
  );
  const kept = { work, schema, folder, url, row };
  writeFileSync(join(work, 'bench.json'), JSON.stringify(kept));
  return kept;
}

const sizes = opts.reuse.length > 0 ? opts.reuse : opts.sizes.split(',');
for (const size of sizes) {
  const { work, schema, folder, url, row } = opts.reuse.length > 0 ? JSON.parse(readFileSync(join(size, 'bench.json'), 'utf8')) : await build(size);
  try {
    for (const q of QUERIES) {
      for (const [engine, corpus] of [
        ['sqlite', folder],
        ['postgres', url],
      ]) {
        const args = [...q.args, '--corpus', corpus];
        const first = cli(args);
        const times = [];
        for (let i = 0; i < opts.runs; i++) times.push(cli(args).ms);
        row[`${engine}.${q.key}`] = median(times);
        row[`${engine}.${q.key}.rows`] = first.stdout.length;
      }
      log(`${size} ${q.key}: sqlite ${ms(row[`sqlite.${q.key}`])}, postgres ${ms(row[`postgres.${q.key}`])}`);
    }
    results.push(row);
  } finally {
    if (!opts.keep && opts.reuse.length === 0) {
      admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      rmSync(work, { recursive: true, force: true });
    } else log(`kept: ${work} and schema ${schema}`);
  }
}
admin.close();

const mb = (b) => `${(b / 1e6).toFixed(0)} MB`;
console.log(`\n## PostgreSQL beside SQLite (bench/pg.mjs)\n`);
console.log(`PostgreSQL ${serverVersion} (shared_buffers ${sharedBuffers}); Node ${process.version}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; medians of ${opts.runs} whole-process runs (warm)\n`);
console.log(`| directives | engine | ${HEADINGS.join(' | ')} | ingest (directives/s) | size |`);
console.log(`|${'---|'.repeat(HEADINGS.length + 4)}`);
for (const r of results) {
  for (const engine of ['sqlite', 'postgres']) {
    console.log(`| ${r.directives.toLocaleString('en-US')} | ${engine} | ${QUERIES.map((q) => ms(r[`${engine}.${q.key}`])).join(' | ')} | ${r[`${engine}.ingest`].toLocaleString('en-US')} | ${mb(r[`${engine}.size`])} |`);
  }
}
