import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { type DataDirLock, lockDataDir } from './data-dir-lock';
import { CONNECT_TIMEOUT_MS, createPool } from './pg-pool';
import {
  copyPgliteTemplate,
  isPgliteMigrated,
  migrationsFolder,
  PGLITE_START_PARAMS,
  preparePgliteTemplate,
} from './pglite-template';
import * as schema from './schema';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Anything queries can run on: the database or an open transaction. */
export type Executor = Database | Transaction;
export type Engine = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  engine: Engine;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… ; without it PGlite is used. */
  url?: string | undefined;
  /** PGlite folder; `undefined` keeps the database in memory. */
  dataDir?: string | undefined;
  poolMax?: number;
  /** PGlite: start from this data folder dump (`dumpDataDir`) instead of an empty folder (used by tests). */
  loadDataDir?: Blob | undefined;
}

// Any constant: serialises migrations when several app servers start at once.
const MIGRATION_LOCK_KEY = 7_310_422;

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.url
    ? openPostgres(options.url, options.poolMax ?? 20)
    : openPglite(options.dataDir, options.loadDataDir);
}

/**
 * Opens PGlite with the project's extensions and settings (also used to prepare the template, and by the
 * tests, which pass `loadDataDir`).
 */
export function createPglite(dataDir: string | undefined, options: PGliteOptions = {}): Promise<PGlite> {
  return PGlite.create(dataDir, {
    extensions: { btree_gist, pg_trgm, unaccent },
    startParams: PGLITE_START_PARAMS,
    ...options,
  });
}

async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<DatabaseHandle> {
  // One process per folder (data-dir-lock.ts): taken before the folder is filled or opened.
  const lock = dataDir ? lockPgliteFolder(dataDir) : undefined;
  let client: PGlite;
  try {
    // A new folder starts as a copy of the prepared, migrated template (no initdb, no migrations), if any.
    if (dataDir) copyPgliteTemplate(dataDir);
    client = await createPglite(dataDir, loadDataDir && { loadDataDir });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    engine: 'pglite',
    // The folder lock keeps other processes out: no migration lock needed.
    migrate: () => migratePglite(client),
    close: async () => {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

function lockPgliteFolder(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  return lockDataDir(dataDir);
}

/** Drizzle's migrator, skipped when the database already has the newest migration of the journal. */
export async function migratePglite(client: PGlite): Promise<void> {
  if (await isPgliteMigrated(client)) return;
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  await migrate(drizzlePglite(client), { migrationsFolder });
}

/** Prepares the migrated PGlite template that new data folders start from (see pglite-template.ts). */
export function preparePgliteTemplateFolder(): Promise<{ path: string; isNew: boolean }> {
  return preparePgliteTemplate(async (dataDir) => {
    mkdirSync(dataDir, { recursive: true });
    const client = await createPglite(dataDir);
    try {
      await migratePglite(client);
    } finally {
      await client.close();
    }
  });
}

async function openPostgres(url: string, poolMax: number): Promise<DatabaseHandle> {
  // Loaded only for PostgreSQL: a PGlite start does not pay for the driver.
  const [{ default: pg }, { drizzle: drizzleNodePg }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
  ]);
  // Survives lost connections (database restart, failover): see pg-pool.ts.
  const pool = createPool(pg, url, poolMax);
  const db = drizzleNodePg(pool, { schema }) as unknown as Database;
  return {
    db,
    engine: 'postgres',
    migrate: () => migratePostgresLocked(url),
    close: () => pool.end(),
  };
}

async function migratePostgresLocked(url: string): Promise<void> {
  const [{ default: pg }, { drizzle: drizzleNodePg }, { migrate: migrateNodePg }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
    import('drizzle-orm/node-postgres/migrator'),
  ]);
  // The lock and the migration must share one connection, so not the pool.
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // A connection lost meanwhile fails the migration's query (and so the start); unheard, it would end the process.
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migrateNodePg(drizzleNodePg(client), { migrationsFolder });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end().catch(() => {});
  }
}

/**
 * A PostgreSQL array literal (`{"a","b"}`) to send as one parameter, cast in SQL (`${arrayLiteral(ids)}::uuid[]`).
 * `array[${a}, ${b}]` would be rebuilt for every row the condition is tested on, because a prepared statement's
 * parameters are not constants to the planner.
 */
export function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/** Rows of a raw SQL query, the same on both drivers. */
export async function queryRows<T>(db: Executor, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

interface DrizzleInternals {
  dialect: { sqlToQuery(query: ReturnType<typeof sql>): { sql: string; params: unknown[] } };
  session: {
    prepareQuery(
      query: { sql: string; params: unknown[] },
      fields: undefined,
      name: string | undefined,
      isResponseInArrayMode: boolean,
    ): { execute(): Promise<unknown> };
  };
}

/**
 * Rows of SQL given as text and parameters, on both drivers (timestamps arrive as text, as drizzle parses
 * them); `name` makes it a named prepared statement on PostgreSQL: parsed once per connection and, after five
 * executions, possibly planned once. PGlite ignores the name. For hot statements whose building or planning
 * costs as much as their execution.
 */
export async function runStatement<T>(
  db: Executor,
  text: string,
  params: unknown[],
  name: string | undefined,
): Promise<T[]> {
  const { session } = db as unknown as DrizzleInternals;
  const result = (await session.prepareQuery({ sql: text, params }, undefined, name, false).execute()) as {
    rows: T[];
  };
  return result.rows;
}

/**
 * Rows of a raw SQL query run as a named prepared statement (see `runStatement`). The finder's planning cost
 * as much as its execution (~5 ms of ~13). The name is a hash of the text, so each shape of a dynamic query
 * gets its own statement.
 */
export async function queryRowsPrepared<T>(db: Executor, query: ReturnType<typeof sql>): Promise<T[]> {
  const built = (db as unknown as DrizzleInternals).dialect.sqlToQuery(query);
  const name = `q_${createHash('sha1').update(built.sql).digest('base64url').slice(0, 20)}`;
  return runStatement<T>(db, built.sql, built.params, name);
}
