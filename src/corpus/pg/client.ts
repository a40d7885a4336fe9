import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/**
 * A synchronous PostgreSQL connection. The corpus interfaces are synchronous
 * (better-sqlite3 is), and `pg` is not: one `pg.Client` lives in a worker
 * thread, and each call here posts a request to it, then blocks on
 * Atomics.wait until the worker has posted the answer back (Node's
 * `receiveMessageOnPort` reads it without a turn of the event loop). About
 * 40 lines instead of a dependency (synckit does the same); `pg` is loaded
 * only in the worker, only for a postgres:// corpus.
 *
 * Starting the thread and loading `pg` is most of what a command against a
 * server costs beyond its queries (bench/pg.mjs), so the built package loads
 * `pg` as one bundled file (dist/pg.cjs, scripts/bundle-cli.mjs), and
 * bin/directives.js starts the thread (prestartPg) before it loads the command
 * line, when the arguments name a server: the two then load side by side, and
 * the thread connects meanwhile when they name one.
 */

/** Where the built command line's chunks find dist/pg.cjs (scripts/bundle-cli.mjs defines it; unbundled code loads `pg` itself). */
declare const __PG_BUNDLE__: string | undefined;

/** One error from the server or the driver, as the worker saw it (Error objects do not cross threads whole). */
export interface PgFailure {
  message: string;
  /** SQLSTATE (e.g. 28P01) or a system error code (ECONNREFUSED). */
  code?: string;
  detail?: string;
}

export class PgError extends Error {
  constructor(readonly failure: PgFailure) {
    super(failure.message);
    this.name = 'PgError';
  }

  get code(): string {
    return this.failure.code ?? '';
  }
}

export type Row = Record<string, unknown>;
export interface Statement {
  sql: string;
  params?: readonly unknown[];
}

/**
 * The worker: a plain script (Node evaluates it; it needs no build step and no
 * TypeScript loader in tests), holding one connection and running statements
 * in order. It knows nothing of corpora.
 */
const WORKER = `
const { workerData } = require('node:worker_threads');
const { port, signal, pgPath } = workerData;
let pg = null;
let client = null;
let lost = null;
try {
  pg = require(pgPath);
  // counts and ids are bigint on the server; a corpus stays far below 2^53
  pg.types.setTypeParser(20, (v) => Number(v));
} catch (e) {
  lost = e;
}
const failure = (e) => ({ message: String((e && e.message) || e), code: e && e.code ? String(e.code) : undefined, detail: e && e.detail ? String(e.detail) : undefined });
function open(config) {
  const c = new pg.Client(config);
  const opened = { c, key: JSON.stringify(config), lost: null };
  // a connection lost before it is taken reports then, not as an uncaught error
  c.on('error', (e) => { if (client === c) lost = e; else opened.lost = e; });
  opened.done = c.connect().then(() => null, (e) => e);
  return opened;
}
// connected ahead (prestartPg), while the caller was still loading
let early = !lost && workerData.early ? open(workerData.early) : null;
async function handle(msg) {
  if (lost) throw lost;
  if (msg.op === 'connect') {
    let opened = early;
    early = null;
    if (opened && opened.key !== JSON.stringify(msg.config)) {
      const unused = opened;
      unused.done.then((e) => { if (!e) unused.c.end().catch(() => {}); });
      opened = null;
    }
    opened = opened || open(msg.config);
    const e = (await opened.done) || opened.lost;
    if (e) throw e;
    client = opened.c;
    return null;
  }
  if (msg.op === 'end') { await client.end(); return null; }
  const out = [];
  for (const s of msg.statements) out.push((await client.query({ text: s.sql, values: s.params })).rows);
  return out;
}
const answer = (reply) => {
  port.postMessage(reply);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
};
let current = 0;
port.on('message', async (msg) => {
  current = msg.id;
  let reply;
  try { reply = { id: msg.id, ok: true, value: await handle(msg) }; } catch (e) { reply = { id: msg.id, ok: false, failure: failure(e) }; }
  answer(reply);
});
process.on('uncaughtException', (e) => answer({ id: current, ok: false, failure: failure(e) }));
// a heartbeat: the caller tells a worker that died (out of memory) from a slow server
setInterval(() => Atomics.add(signal, 1, 1), 250);
`;

/** How long the caller sleeps between looks at the worker's heartbeat. */
const SLICE_MS = 1000;
/** A worker whose heartbeat has not moved for this long has died. */
const SILENT_MS = 30_000;

/** `?` placeholders (what the shared SQL builders write) as PostgreSQL's `$1, $2, …`. The SQL built here holds no literal `?`. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

type Request = { op: 'connect'; config: Record<string, unknown> } | { op: 'end' } | { op: 'run'; statements: Statement[] };

const run = (statements: readonly Statement[]): Request => ({ op: 'run', statements: statements.map((s) => ({ sql: numbered(s.sql), params: s.params ?? [] })) });

/** A worker thread with `pg` loaded (or loading), not yet connected. */
interface Thread {
  worker: Worker;
  port: MessagePort;
  /** [0]: an answer is there (1) or not yet (0); [1]: the worker's heartbeat. */
  signal: Int32Array;
}

/** `pg` as one bundled file when the package is built, else the installed package. */
function pgModule(): string {
  if (typeof __PG_BUNDLE__ === 'string') {
    const bundled = fileURLToPath(new URL(__PG_BUNDLE__, import.meta.url));
    if (existsSync(bundled)) return bundled;
  }
  return createRequire(import.meta.url).resolve('pg');
}

function startThread(pgPath = pgModule(), early?: Record<string, unknown>): Thread {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(8));
  // no flags of the caller's (--input-type=module would make this CommonJS script a module that cannot require)
  const worker = new Worker(WORKER, { eval: true, execArgv: [], workerData: { port: port2, signal, pgPath, early }, transferList: [port2] });
  // a corpus left open (or a thread started for nothing) must not keep the process alive
  worker.unref();
  return { worker, port: port1, signal };
}

/** The thread bin/directives.js started, shared across module copies (the bundle's chunk and dist/corpus/pg/client.js). */
const PRESTARTED = Symbol.for('policy-directives.pg-thread');
type WithThread = typeof globalThis & { [PRESTARTED]?: Thread };

/**
 * Start the worker thread and its `pg` loading now, for the first SyncPg to
 * take (bin/directives.js, when the arguments name a postgres:// corpus).
 * `pgPath`: where the bundled `pg` is, from the caller's point of view.
 * `early`: the connection config (corpus/pg/address.ts) to connect with
 * already; a SyncPg asking for another one gets its own, and a failure of the
 * early connection is reported to the SyncPg that takes it, as its own.
 */
export function prestartPg(pgPath?: string, early?: Record<string, unknown>): void {
  (globalThis as WithThread)[PRESTARTED] ??= startThread(pgPath, early);
}

function takeThread(): Thread {
  const holder = globalThis as WithThread;
  const thread = holder[PRESTARTED];
  delete holder[PRESTARTED];
  return thread ?? startThread();
}

export class SyncPg {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  /** [0]: an answer is there (1) or not yet (0); [1]: the worker's heartbeat. */
  private readonly signal: Int32Array;
  private closed = false;
  private calls = 0;
  /** The request send() posted and receive() has not taken yet. */
  private inFlight: number | null = null;

  /** `config` is what `new pg.Client(config)` takes: a connection string, PG* variables fill in the rest. */
  constructor(config: Record<string, unknown>) {
    ({ worker: this.worker, port: this.port, signal: this.signal } = takeThread());
    try {
      this.call({ op: 'connect', config });
    } catch (error) {
      // no connection, no use for the thread
      this.closed = true;
      this.port.close();
      void this.worker.terminate();
      throw error;
    }
  }

  /** Post a request; its answer is taken by answerTo. */
  private post(request: Request): number {
    if (this.closed) throw new PgError({ message: 'the connection is closed' });
    const id = ++this.calls;
    this.port.postMessage({ ...request, id });
    return id;
  }

  /** Block until the worker has answered request `id`. */
  private answerTo(id: number): unknown {
    let beat = Atomics.load(this.signal, 1);
    let silentSince = performance.now();
    for (;;) {
      // lowered before looking: the worker posts its answer, then raises the flag, so an
      // answer whose flag this lowers is already on the port; and a flag left up by an
      // answer that is not this one's cannot make the wait below return at once forever
      Atomics.store(this.signal, 0, 0);
      const reply = receiveMessageOnPort(this.port)?.message as ({ ok: true; value: unknown } | { ok: false; failure: PgFailure }) & { id: number } | undefined;
      // an answer to an earlier call (a failure reported twice) is not this one's
      if (reply !== undefined && reply.id !== id) continue;
      if (reply !== undefined) {
        if (!reply.ok) throw new PgError(reply.failure);
        return reply.value;
      }
      if (Atomics.wait(this.signal, 0, 0, SLICE_MS) !== 'timed-out') continue;
      const now = Atomics.load(this.signal, 1);
      if (now !== beat) {
        beat = now;
        silentSince = performance.now();
      } else if (performance.now() - silentSince > SILENT_MS) {
        this.closed = true;
        void this.worker.terminate();
        throw new PgError({ message: 'the PostgreSQL client stopped' });
      }
    }
  }

  private call(request: Request): unknown {
    // what send() left in flight is answered first, and its failure is not lost
    if (this.inFlight !== null) this.receive();
    return this.answerTo(this.post(request));
  }

  /**
   * Statements posted without waiting for them: the caller prepares its next
   * statement while the server runs these (bulk `add`). receive() takes their
   * answer; any other call first waits for it (and throws its failure).
   */
  send(statements: readonly Statement[]): void {
    if (this.inFlight !== null) this.receive();
    this.inFlight = this.post(run(statements));
  }

  /** Wait for what send() posted, whatever its outcome (before a rollback). */
  discard(): void {
    try {
      if (this.inFlight !== null) this.receive();
    } catch {
      // its failure is the reason for the rollback, or moot after the caller's own
    }
  }

  /** The answer to what send() posted. */
  receive(): Row[][] {
    const id = this.inFlight;
    if (id === null) throw new Error('nothing was sent');
    this.inFlight = null;
    return this.answerTo(id) as Row[][];
  }

  /** Statements run in order, on one connection; the first failure stops them. */
  batch(statements: readonly Statement[]): Row[][] {
    return this.call(run(statements)) as Row[][];
  }

  query<T = Row>(sql: string, ...params: unknown[]): T[] {
    return this.batch([{ sql, params }])[0] as T[];
  }

  /** The first column of the first row, or undefined. */
  value<T>(sql: string, ...params: unknown[]): T | undefined {
    const row = this.query(sql, ...params)[0];
    return row === undefined ? undefined : (Object.values(row)[0] as T);
  }

  close(): void {
    if (this.closed) return;
    try {
      this.call({ op: 'end' });
    } catch {
      // a connection already lost has nothing to end
    }
    this.closed = true;
    this.port.close();
    void this.worker.terminate();
  }
}
