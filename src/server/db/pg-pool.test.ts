import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, type ScratchDatabase, terminateConnections } from '../test/scratch-database';
import { openDatabase } from './client';
import { isConnectionError } from './connection-errors';
import { createPool } from './pg-pool';

/**
 * Issue 15, finding 2: a connection that breaks while a request holds it (inside a transaction) emitted an
 * unhandled 'error' event and ended the process. These tests cut the connections of a database of their own.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const isPostgres = process.env.TEST_ENGINE === 'postgres' && serverUrl !== undefined;

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe.runIf(isPostgres)('PostgreSQL connections lost while checked out', () => {
  let scratch: ScratchDatabase;
  beforeAll(async () => {
    if (!serverUrl) return;
    scratch = await createScratchDatabase(serverUrl);
  });
  afterAll(async () => scratch?.drop());

  it('fails the transaction that held the connection, and the next one gets a new connection', async () => {
    if (!serverUrl) return;
    const handle = await openDatabase({ url: scratch.url, poolMax: 2 });
    try {
      const outcome = await handle.db
        .transaction(async (tx) => {
          await tx.execute(sql`select 1`);
          expect(await terminateConnections(serverUrl, scratch.name)).toBeGreaterThan(0);
          await tx.execute(sql`select pg_sleep(0.2)`);
        })
        .then(
          () => 'committed',
          (error: unknown) => error,
        );
      expect(outcome).not.toBe('committed');
      expect(isConnectionError(outcome)).toBe(true);
      await expect(handle.db.transaction((tx) => tx.execute(sql`select 1 as one`))).resolves.toMatchObject({
        rows: [{ one: 1 }],
      });
    } finally {
      await handle.close();
    }
  });

  it('gives a client that broke while checked out back to the pool, freeing its slot', async () => {
    if (!serverUrl) return;
    const pool = createPool(pg, scratch.url, 1);
    try {
      const client = await pool.connect();
      await terminateConnections(serverUrl, scratch.name);
      // No query runs on the client: only its 'error' event can tell the pool it is gone.
      await waitFor(() => pool.totalCount === 0, 'the broken client to leave the pool');
      client.release(); // the holder's own release afterwards is harmless
      await expect(pool.query('select 1 as one')).resolves.toMatchObject({ rows: [{ one: 1 }] });
    } finally {
      await pool.end();
    }
  });
});

describe('isConnectionError', () => {
  it('knows lost connections, through the causes drizzle wraps them in', () => {
    const terminated = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    });
    expect(isConnectionError(new Error('Failed query', { cause: terminated }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('x'), { code: '08006' }))).toBe(true);
    expect(
      isConnectionError(
        new AggregateError([Object.assign(new Error('a'), { code: 'ECONNREFUSED' })], 'all addresses'),
      ),
    ).toBe(true);
  });

  it('leaves other errors alone', () => {
    expect(isConnectionError(Object.assign(new Error('duplicate'), { code: '23505' }))).toBe(false);
    expect(isConnectionError(new Error('boom'))).toBe(false);
    expect(isConnectionError(undefined)).toBe(false);
  });
});
