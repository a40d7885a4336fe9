import { expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { numbered, PgError, prestartPg, SyncPg } from '../../src/corpus/pg/client.js';
import { describePg, PG_URL } from '../helpers/pg.js';

it('numbers ? placeholders in order', () => {
  expect(numbered('a = ? AND b IN (?, ?)')).toBe('a = $1 AND b IN ($2, $3)');
});

describePg('a synchronous PostgreSQL connection', () => {
  it('answers in order, on one connection, and reports server errors with their code', () => {
    const client = new SyncPg({ connectionString: PG_URL });
    try {
      expect(client.query('SELECT ?::int + 1 AS b, count(*) AS n FROM pg_class', 41)[0]).toMatchObject({ b: 42 });
      expect(typeof client.value('SELECT count(*) FROM pg_class')).toBe('number');
      client.query('CREATE TEMP TABLE t (x int)');
      client.batch([{ sql: 'INSERT INTO t VALUES (?)', params: [1] }, { sql: 'INSERT INTO t VALUES (?)', params: [2] }]);
      expect(client.value('SELECT sum(x) FROM t')).toBe(3);
      expect(() => client.query('SELECT nope')).toThrow(PgError);
      try {
        client.query('SELECT nope');
      } catch (error) {
        expect((error as PgError).code).toBe('42703');
      }
    } finally {
      client.close();
    }
  });

  it('thousands of calls in a row each get their own answer (a late wake-up is not an answer)', () => {
    const client = new SyncPg({ connectionString: PG_URL });
    try {
      for (let i = 0; i < 3000; i++) expect(client.value('SELECT ?::int', i)).toBe(i);
    } finally {
      client.close();
    }
  });

  it('a thread started ahead (bin/directives.js) is the one the first connection takes, with the bundled pg when built', () => {
    const bundled = new URL('../../dist/pg.cjs', import.meta.url).pathname;
    prestartPg(existsSync(bundled) ? bundled : undefined);
    const holder = globalThis as Record<symbol, unknown>;
    const key = Symbol.for('policy-directives.pg-thread');
    expect(holder[key]).toBeDefined();
    // a second head start is not a second thread
    const first = holder[key];
    prestartPg();
    expect(holder[key]).toBe(first);
    const a = new SyncPg({ connectionString: PG_URL });
    expect(holder[key]).toBeUndefined();
    const b = new SyncPg({ connectionString: PG_URL });
    try {
      expect([a.value('SELECT pg_backend_pid()') !== b.value('SELECT pg_backend_pid()'), a.value('SELECT 1 + 1')]).toEqual([true, 2]);
    } finally {
      a.close();
      b.close();
    }
  });

  it('a head start that cannot load pg fails the connection with a clear error, not a hang', () => {
    prestartPg('/nonexistent/pg.cjs');
    expect(() => new SyncPg({ connectionString: PG_URL })).toThrow(/Cannot find module/);
  });

  it('send() runs while the caller goes on; its answer, or its failure, comes before any later call', () => {
    const client = new SyncPg({ connectionString: PG_URL });
    try {
      client.query('CREATE TEMP TABLE p (x int)');
      client.send([{ sql: 'INSERT INTO p SELECT 1 FROM pg_sleep(0.2)' }]);
      client.send([{ sql: 'INSERT INTO p VALUES (?) RETURNING x', params: [7] }]);
      // the first send's answer was taken (and dropped) by the second; the second's is here
      expect(client.receive()).toEqual([[{ x: 7 }]]);
      expect(() => client.receive()).toThrow(/nothing was sent/);
      client.send([{ sql: 'SELECT nope' }]);
      // a later call does not swallow the failure of what was sent before it
      expect(() => client.value('SELECT count(*) FROM p')).toThrow(/nope/);
      expect(client.value('SELECT count(*) FROM p')).toBe(2);
      client.send([{ sql: 'SELECT nope' }]);
      client.discard();
      expect(client.value('SELECT 1')).toBe(1);
    } finally {
      client.close();
    }
  });

  it('a caller run as an ES module from the command line (--input-type=module) connects: the thread does not inherit its flags', () => {
    const client = new URL('../../dist/corpus/pg/client.js', import.meta.url).href;
    const script = `const { SyncPg } = await import(${JSON.stringify(client)}); const db = new SyncPg({ connectionString: process.env.URL }); console.log(db.value('SELECT 40 + 2')); db.close();`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, URL: PG_URL }, encoding: 'utf8', timeout: 20_000 });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('42\n');
  });

  it('a refused connection is an error, not a hang', () => {
    expect(() => new SyncPg({ connectionString: 'postgresql://nobody@127.0.0.1:1/none', connectionTimeoutMillis: 3000 })).toThrow(/ECONNREFUSED|connect/);
  });
});
