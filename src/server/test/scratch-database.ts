import { randomUUID } from 'node:crypto';
import pg from 'pg';

/** Runs one statement on the PostgreSQL server of `url` over a connection of its own. */
export async function adminQuery<T extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database on the server of TEST_DATABASE_URL, for tests that cut its connections. */
export async function createScratchDatabase(serverUrl: string): Promise<ScratchDatabase> {
  const name = `fn_test_${randomUUID().replaceAll('-', '')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** Ends every connection to the database except the caller's, as a restart or failover would. */
export async function terminateConnections(serverUrl: string, database: string): Promise<number> {
  // Two steps on purpose: in one statement the planner may push pg_terminate_backend below the datname
  // filter and end every connection on the server.
  const pids = await adminQuery<{ pid: number }>(
    serverUrl,
    'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
    [database],
  );
  if (pids.length === 0) return 0;
  const ended = await adminQuery<{ ended: boolean }>(
    serverUrl,
    'select pg_terminate_backend(pid) as ended from unnest($1::int[]) as pid',
    [pids.map((p) => p.pid)],
  );
  return ended.filter((row) => row.ended).length;
}
