/**
 * A node-postgres pool that survives a database restart or failover.
 *
 * pg emits `'error'` on a client whose connection breaks (e.g. `pg_terminate_backend`, SQLSTATE 57P01). The
 * pool listens on its idle clients only: a client that is checked out (every drizzle transaction holds one
 * from BEGIN to COMMIT) has no listener, and an `'error'` event without a listener ends the process.
 */
import type pg from 'pg';

type PgModule = typeof pg;

/** Connections that cannot be opened within this time count as "database unreachable" (503), not a hang. */
export const CONNECT_TIMEOUT_MS = 10_000;
/** TCP keepalive finds connections to a server that vanished without closing them (failover). */
const KEEPALIVE_DELAY_MS = 10_000;

export function createPool(pgModule: PgModule, url: string, max: number): pg.Pool {
  const pool = new pgModule.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEPALIVE_DELAY_MS,
  });
  // An idle connection that breaks is dropped by the pool, which then emits this; the next query opens a new one.
  pool.on('error', () => {});
  guardCheckedOutClients(pool);
  return pool;
}

type ConnectCallback = (error: Error | undefined, client: pg.PoolClient | undefined, done: unknown) => void;

/**
 * Every client handed out gets an `'error'` listener that gives it back to the pool with the error, so the
 * pool drops it and frees its slot. That also covers drizzle's transaction, which does not release a client
 * whose BEGIN failed: without this, each such failure would leak one of the pool's few connections for good.
 * The caller's own later `release()` is then a no-op instead of pg-pool's "released twice" error.
 */
function guardCheckedOutClients(pool: pg.Pool): void {
  const connect = pool.connect.bind(pool) as (
    callback?: ConnectCallback,
  ) => Promise<pg.PoolClient> | undefined;
  const guardedConnect = (callback?: ConnectCallback) => {
    if (!callback) return (connect() as Promise<pg.PoolClient>).then(releaseOnConnectionLoss);
    // pool.query() checks clients out this way.
    connect((error, client, done) => {
      if (client) releaseOnConnectionLoss(client);
      callback(error, client, client ? client.release : done);
    });
    return undefined;
  };
  (pool as unknown as { connect: typeof guardedConnect }).connect = guardedConnect;
}

function releaseOnConnectionLoss(client: pg.PoolClient): pg.PoolClient {
  const release = client.release;
  let isReleased = false;
  const releaseOnce = (error?: Error | boolean) => {
    if (isReleased) return;
    isReleased = true;
    client.removeListener('error', releaseOnce);
    release(error);
  };
  client.on('error', releaseOnce);
  client.release = releaseOnce;
  return client;
}
