import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase, queryRows } from './client';

/**
 * "A committed transaction survives kill -9": a child process commits a row, says so, and is killed
 * with SIGKILL while it keeps writing; reopening the same database must show the row (and accept writes).
 */

const TIMEOUT_MS = 60_000;
const childScript = fileURLToPath(new URL('./durability-child.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

interface KilledChild {
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs the child until it reports the commit, then kills it with SIGKILL and waits for it to be gone. */
function commitThenKill(target: string, table: string, marker: string): Promise<KilledChild> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(
      process.execPath,
      ['--import', 'tsx', childScript, target, table, marker],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, TZ: 'UTC' },
      },
    );
    let stdout = '';
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`child did not report a commit in time; stderr:\n${stderr}`));
    }, TIMEOUT_MS - 15_000);
    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      stdout += chunk;
      if (!killed && stdout.includes(`COMMITTED ${marker}\n`)) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr?.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (!killed) {
        reject(
          new Error(`child exited (code ${code}, signal ${signal}) before committing; stderr:\n${stderr}`),
        );
        return;
      }
      resolve({ signal, stderr });
    });
  });
}

async function countMarker(options: { url: string } | { dataDir: string }, table: string, marker: string) {
  const handle = await openDatabase(options);
  try {
    const probe = sql.identifier(table);
    const rows = await queryRows<{ count: number }>(
      handle.db,
      sql`select count(*)::int as count from ${probe} where marker = ${marker}`,
    );
    // The database must also be usable after the crash, not just readable.
    await handle.db.execute(sql`insert into ${probe} (marker) values (${`after-${marker}`})`);
    return rows[0]?.count ?? 0;
  } finally {
    await handle.close();
  }
}

// vitest.config.ts runs every test file once per engine (TEST_ENGINE); run directly, both cases run.
const engine = process.env.TEST_ENGINE;
const testDatabaseUrl = process.env.TEST_DATABASE_URL;

describe('durability', () => {
  it.skipIf(engine !== undefined && engine !== 'pglite')(
    'a committed transaction survives kill -9 (PGlite)',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'familiennetz-durability-'));
      try {
        const marker = randomUUID();
        const table = 'durability_probe';
        const result = await commitThenKill(dataDir, table, marker);
        expect(result.signal).toBe('SIGKILL');
        expect(await countMarker({ dataDir }, table, marker)).toBe(1);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    TIMEOUT_MS,
  );

  it.skipIf(!testDatabaseUrl || (engine !== undefined && engine !== 'postgres'))(
    'a committed transaction survives kill -9 (PostgreSQL)',
    async () => {
      if (!testDatabaseUrl) return;
      const marker = randomUUID();
      const suffix = randomUUID().replaceAll('-', '').slice(0, 12);
      const table = `durability_probe_${suffix}`;
      const scratch = await createScratchDatabase(testDatabaseUrl, `fn_test_durability_${suffix}`);
      const url = scratch?.url ?? testDatabaseUrl;
      try {
        const result = await commitThenKill(url, table, marker);
        expect(result.signal).toBe('SIGKILL');
        expect(await countMarker({ url }, table, marker)).toBe(1);
      } finally {
        if (scratch) {
          await scratch.drop();
        } else {
          await withClient(testDatabaseUrl, (client) => client.query(`drop table if exists ${table}`));
        }
      }
    },
    TIMEOUT_MS,
  );
});

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/**
 * Other test files share TEST_DATABASE_URL's database (and may use it as a template), so the child
 * migrates and writes in a database of its own; without CREATE DATABASE rights it falls back to a
 * dedicated table in the shared one.
 */
async function createScratchDatabase(baseUrl: string, name: string) {
  try {
    await withClient(baseUrl, (client) => client.query(`create database ${name}`));
  } catch {
    return undefined;
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withClient(baseUrl, (client) => client.query(`drop database if exists ${name} with (force)`)),
  };
}
