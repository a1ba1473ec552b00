import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { outputOf } from './command';
import { indent, ms } from './report';
import { repoRoot } from './server';
import { inlineStatement, type Statement } from './wire-counter';

export const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** Options of a benchmark against the bench database (`npm run bench` options). */
export interface PostgresBenchOptions {
  pgUrl: string;
  database: string;
  regenerate: boolean;
  durationS: number;
  connections: number;
  email: string | undefined;
  logLevel: string;
}

/** demo/generate.ts arguments for the NRW-sized data set. */
export const NRW_GENERATOR_ARGS = ['--municipalities', '186', '--centres', '3250', '--partners', '30000'];
const NRW_FAMILY_CENTRES = 3250;
const NRW_PARTNERS = 30000;
const RESULTS_DIR = join(repoRoot, 'bench/results');

export function databaseUrl(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** `select version()` of the server, or the reason it cannot be reached. */
export async function probePostgres(url: string): Promise<{ version: string } | { error: string }> {
  try {
    return await withClient(url, async (client) => {
      const result = await client.query<{ version: string }>('select version()');
      return { version: result.rows[0]?.version ?? 'unknown' };
    });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export interface BenchDatabase {
  url: string;
  name: string;
  counts: Record<string, number>;
  generated: boolean;
  generateMs: number | undefined;
}

async function organizationCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const exists = await client.query<{ ok: boolean }>(
      "select to_regclass('public.organizations') is not null as ok",
    );
    if (!exists.rows[0]?.ok) return {};
    const result = await client.query<{ type: string; count: number }>(
      'select type::text as type, count(*)::int as count from organizations group by type order by type',
    );
    const counts: Record<string, number> = {};
    for (const row of result.rows) counts[row.type] = row.count;
    const users = await client.query<{ count: number }>('select count(*)::int as count from users');
    counts.users = users.rows[0]?.count ?? 0;
    return counts;
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

/**
 * The NRW-sized database: created and filled by demo/generate.ts once, reused while it holds data.
 * `regenerate` drops it first.
 */
export async function prepareBenchDatabase(
  baseUrl: string,
  name: string,
  generatorArgs: string[],
  regenerate: boolean,
): Promise<BenchDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unusable database name: ${name}`);
  const url = databaseUrl(baseUrl, name);
  const maintenanceUrl = databaseUrl(baseUrl, 'postgres');
  await withClient(maintenanceUrl, async (client) => {
    if (regenerate) await client.query(`drop database if exists ${name} with (force)`);
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database ${name}`);
  });
  let counts = await organizationCounts(url);
  if (Object.entries(counts).some(([type, count]) => type !== 'users' && count > 0)) {
    return { url, name, counts, generated: false, generateMs: undefined };
  }
  if (!existsSync(`${repoRoot}/demo/generate.ts`)) {
    throw new Error('demo/generate.ts does not exist yet: cannot fill the bench database');
  }
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, DEMO_DATA: '0' };
  console.log(`Filling ${name}: npm run demo:generate -- ${generatorArgs.join(' ')} (migrates first) …`);
  const startedAt = performance.now();
  await run('npm', ['run', '--silent', 'demo:generate', '--', ...generatorArgs], env);
  // Fresh statistics and visibility map, so neither the app nor pgbench pays for them.
  await withClient(url, (client) => client.query('vacuum analyze'));
  const generateMs = performance.now() - startedAt;
  counts = await organizationCounts(url);
  return { url, name, counts, generated: true, generateMs };
}

/** An e-mail to sign in with: a Jugendamt planner if there is one, else any user with a password. */
export async function findBenchUser(url: string): Promise<string | undefined> {
  return withClient(url, async (client) => {
    const result = await client.query<{ email: string }>(
      `select u.email
         from users u
         join auth_accounts a on a.user_id = u.id and a.password is not null
         left join memberships m on m.user_id = u.id and m.role = 'planner'
        order by (m.id is null), u.email
        limit 1`,
    );
    return result.rows[0]?.email;
  });
}

/** Committed + rolled-back transactions of one database, as the statistics system has them now. */
export async function transactionCount(client: pg.Client, database: string): Promise<number> {
  await client.query('select pg_stat_clear_snapshot()');
  const result = await client.query<{ count: string }>(
    'select (xact_commit + xact_rollback)::text as count from pg_stat_database where datname = $1',
    [database],
  );
  return Number(result.rows[0]?.count ?? Number.NaN);
}

export function findPgbench(): string | undefined {
  const onPath = spawnSync('sh', ['-c', 'command -v pgbench'], { encoding: 'utf8' });
  const found = onPath.stdout.trim();
  if (onPath.status === 0 && found) return found;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  for (const version of readdirSync(root).sort().reverse()) {
    const candidate = `${root}/${version}/bin/pgbench`;
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

export interface PgbenchResult {
  tps: number;
  latencyAverageMs: number;
  transactions: number;
  failed: number;
  command: string;
}

/** pgbench with a custom script (no pgbench tables, hence -n). */
export async function runPgbench(options: {
  binary: string;
  url: string;
  scriptFile: string;
  clients: number;
  threads: number;
  durationS: number;
  protocol: 'simple' | 'extended' | 'prepared';
  /** Script variables (`-D name=value`), e.g. a per-client counter. */
  variables?: Record<string, string>;
}): Promise<PgbenchResult> {
  const url = new URL(options.url);
  const args = [
    '-h',
    url.hostname,
    '-p',
    url.port || '5432',
    '-U',
    decodeURIComponent(url.username || 'postgres'),
    '-n',
    '-M',
    options.protocol,
    '-c',
    String(options.clients),
    '-j',
    String(options.threads),
    '-T',
    String(options.durationS),
    ...Object.entries(options.variables ?? {}).flatMap(([name, value]) => ['-D', `${name}=${value}`]),
    '-f',
    options.scriptFile,
    url.pathname.slice(1),
  ];
  const command = `pgbench ${args.join(' ')}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  const output = await outputOf(options.binary, args, env);
  const number = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? Number.NaN);
  return {
    tps: number(/tps = ([\d.]+) \(without initial connection time\)/),
    latencyAverageMs: number(/latency average = ([\d.]+) ms/),
    transactions: number(/number of transactions actually processed: (\d+)/),
    failed: number(/number of failed transactions: (\d+)/) || 0,
    command,
  };
}

/**
 * The `Bench database …` line for a prepared bench database, and a note when it is not the NRW-sized
 * set (undefined when it is).
 */
export function describeBenchDatabase(bench: BenchDatabase): { line: string; sizeNote: string | undefined } {
  const counts = Object.entries(bench.counts)
    .map(([type, count]) => `${type} ${count}`)
    .join(', ');
  const isNrwSized =
    bench.counts.family_centre === NRW_FAMILY_CENTRES && bench.counts.partner === NRW_PARTNERS;
  return {
    line: `Bench database ${bench.name}: ${counts}${bench.generated ? ` (generated in ${((bench.generateMs ?? 0) / 1000).toFixed(1)} s)` : ' (reused)'}`,
    sizeNote: isNrwSized
      ? undefined
      : `bench database ${bench.name} is not the NRW-sized set (${counts}); --regenerate makes it`,
  };
}

/**
 * Writes `script` to bench/results/<scriptName>, prints it, runs it through pgbench with 2 threads and prints
 * the command and its figures. The protocol is the one the app uses: `extended` for node-postgres' unnamed
 * Parse/Bind/Execute/Sync (parsed and planned every time), `prepared` for statements the app runs as named
 * prepared statements (`queryRowsPrepared`: parsed once per connection, planned once when the plan is generic).
 */
/** The options of a replay of captured SQL through pgbench. */
export interface PgbenchReplay {
  binary: string;
  url: string;
  script: string;
  scriptName: string;
  source: string;
  clients: number;
  protocol?: 'extended' | 'prepared';
}

/** Writes and prints the script once; each call of the result is one pgbench run of `durationS` seconds. */
export function pgbenchReplayer(options: PgbenchReplay): (durationS: number) => Promise<PgbenchResult> {
  const scriptFile = join(RESULTS_DIR, options.scriptName);
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(scriptFile, `${options.script}\n`);
  console.log(`\npgbench script (${options.source}):\n${indent(options.script)}`);
  let isFirst = true;
  return async (durationS) => {
    const measured = await runPgbench({
      binary: options.binary,
      url: options.url,
      scriptFile,
      clients: options.clients,
      threads: 2,
      durationS,
      protocol: options.protocol ?? 'extended',
    });
    if (isFirst) console.log(measured.command);
    isFirst = false;
    console.log(
      `  pgbench: tps ${measured.tps.toFixed(0)}, latency average ${ms(measured.latencyAverageMs)}, ${measured.transactions} transactions, ${measured.failed} failed`,
    );
    return measured;
  };
}

/**
 * pgbench replaying the statements the wire counter captured from the running server, as prepared statements
 * (the app runs its hot searches as named prepared statements); undefined, with a note, without pgbench or
 * without captured statements.
 */
export function capturedReplay(options: {
  url: string;
  statements: readonly Statement[];
  scriptName: string;
  clients: number;
  notes: string[];
}): ((durationS: number) => Promise<PgbenchResult>) | undefined {
  const binary = findPgbench();
  if (!binary) options.notes.push('pgbench not found (Debian: postgresql-contrib)');
  else if (options.statements.length === 0)
    options.notes.push('the wire counter captured no statement: pgbench skipped');
  if (!binary || options.statements.length === 0) return undefined;
  return pgbenchReplayer({
    binary,
    url: options.url,
    script: options.statements.map(inlineStatement).join('\n'),
    scriptName: options.scriptName,
    source: 'captured from the running server',
    clients: options.clients,
    protocol: 'prepared',
  });
}
