/**
 * HTTP latency and throughput of a signed-in list: `GET /api/v1/organizations?limit=50` on PostgreSQL
 * holding the NRW-sized data set (186 municipalities, 3,250 family centres, 30,000 partners; made once by
 * demo/generate.ts in the database `familiennetz_bench`, reused afterwards).
 *
 * Goals:
 *   - one client (1 connection): p95 < 10 ms
 *   - 20 connections: the app serves ≥ 0.8 × the transactions per second pgbench reaches with the SAME
 *     SQL at 20 clients (so the HTTP layer, auth and JSON cost at most a fifth of what the database can do)
 *   - the session check costs no database round trip: GET /api/v1/me sends 0 statements in steady state
 *     (signed cookie cache + membership cache), and its req/s is close to GET /api/health, the HTTP ceiling
 *
 * Round trips and statements per request are counted exactly by a wire-protocol counter (a TCP proxy,
 * lib/wire-counter.ts) in front of PostgreSQL in a separate, unmeasured server run; the committed/rolled
 * back transaction delta from pg_stat_database during the measured runs is printed beside them.
 * Without PostgreSQL the HTTP figures are taken on PGlite with the demo municipality and the database
 * comparisons are skipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { type LoadResult, loadRunner, loadSummaryRows, printLoads } from './lib/load';
import { manyConnectionsRun, type PairedComparison } from './lib/paired';
import {
  type BenchDatabase,
  databaseUrl,
  describeBenchDatabase,
  findBenchUser,
  findPgbench,
  NRW_GENERATOR_ARGS,
  type PgbenchResult,
  type PostgresBenchOptions,
  pgbenchReplayer,
  prepareBenchDatabase,
  probePostgres,
  transactionCount,
} from './lib/postgres';
import {
  heading,
  perSecond,
  pgbenchRatioRow,
  pgbenchTpsRow,
  printTable,
  type SummaryRow,
} from './lib/report';
import { countRequests, type WireFigures as RequestWireFigures, withCountedServer } from './lib/round-trips';
import { DEMO_EMAIL, getJson, repoRoot, withDemoServer, withSignedInServer } from './lib/server';
import { inlineStatement, type Statement } from './lib/wire-counter';

export const HTTP_GOALS = { singleClientP95Ms: 10, appToPgbenchRatio: 0.8, sessionRoundTrips: 0 };

const ORGANIZATIONS_PATH = '/api/v1/organizations?limit=50';
const ME_PATH = '/api/v1/me';
const HEALTH_PATH = '/api/health';
const SQL_FILE = join(repoRoot, 'bench/sql/organizations-list.sql');
const WIRE_REQUESTS = 100;
// Idle PostgreSQL backends flush their statistics at most every 10 s (PGSTAT_IDLE_INTERVAL).
const STATS_SETTLE_MS = 11_000;

export interface HttpOptions extends PostgresBenchOptions {
  pgbenchSql: 'captured' | 'file';
}

type WireFigures = { path: string } & RequestWireFigures;

export interface HttpResult {
  engine: string;
  dataSet: string;
  email: string;
  loads: LoadResult[];
  wire: WireFigures[];
  transactionsPerRequest: Record<string, number>;
  pgbench: (PgbenchResult & { script: string; source: string }) | undefined;
  ratio: number | undefined;
  notes: string[];
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

export async function benchHttp(
  options: HttpOptions,
): Promise<{ result: HttpResult; rows: SummaryRow[]; databases: string[] }> {
  heading('HTTP: GET /api/v1/organizations?limit=50 signed in');
  const notes: string[] = [];
  const databases: string[] = [];
  const probe = await probePostgres(databaseUrl(options.pgUrl, 'postgres'));
  let bench: BenchDatabase | undefined;
  const engine = 'version' in probe ? probe.version : 'PostgreSQL unreachable';
  if ('error' in probe) {
    notes.push(`PostgreSQL unreachable at ${redact(options.pgUrl)} (${probe.error})`);
  } else {
    databases.push(probe.version);
    try {
      bench = await prepareBenchDatabase(
        options.pgUrl,
        options.database,
        NRW_GENERATOR_ARGS,
        options.regenerate,
      );
      const described = describeBenchDatabase(bench);
      if (described.sizeNote) {
        notes.push(described.sizeNote);
        console.log(`WARNING: ${described.sizeNote}`);
      }
      console.log(described.line);
    } catch (error) {
      notes.push(`bench database not available: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (!bench) {
    for (const note of notes) console.log(`SKIPPED PostgreSQL parts: ${note}`);
    console.log(
      'Measuring HTTP on PGlite with the demo municipality instead (no pgbench, no round-trip count).',
    );
    databases.push('PGlite (embedded, demo municipality)');
    return { ...(await benchOnPglite(options, notes)), databases };
  }

  const email = options.email ?? (await findBenchUser(bench.url));
  if (!email) throw new Error(`no user with a password in ${bench.name}: pass --email`);
  console.log(`Signed in as ${email}`);

  // 1. Exact statements per request, through the wire counter (not measured for speed).
  const wire = await countRoundTrips(bench.url, email);
  const organizationsWire = wire.find((w) => w.path === ORGANIZATIONS_PATH);

  // 2. The same SQL through pgbench, in rounds alternating with the app's (lib/paired.ts).
  const binary = findPgbench();
  if (!binary) notes.push('pgbench not found (Debian: postgresql-contrib)');
  const script = binary ? pgbenchScript(options.pgbenchSql, organizationsWire?.typical, notes) : undefined;
  const replay =
    binary && script
      ? pgbenchReplayer({
          binary,
          url: bench.url,
          script: script.text,
          scriptName: 'organizations-list.pgbench.sql',
          source: script.source,
          clients: options.connections,
        })
      : undefined;
  let paired: PairedComparison | undefined;

  // 3. The measured runs, straight to PostgreSQL.
  const loads: LoadResult[] = [];
  const transactionsPerRequest: Record<string, number> = {};
  const serverOptions = { databaseUrl: bench.url, loadDemoData: false, logLevel: options.logLevel };
  await withSignedInServer(serverOptions, email, async (session) => {
    const stats = new pg.Client({ connectionString: databaseUrl(options.pgUrl, 'postgres') });
    await stats.connect();
    try {
      await checkListAnswers(session.url, session.cookie);
      const load = loadRunner(session.url, session.cookie, options.durationS);
      console.log('Warm-up …');
      await load('warm-up', ORGANIZATIONS_PATH, options.connections, 3);
      await load('warm-up', ME_PATH, options.connections, 1);

      const withTransactionCount = async (title: string, path: string, connections: number) => {
        await sleep(STATS_SETTLE_MS);
        const before = await transactionCount(stats, bench.name);
        const result = await load(title, path, connections);
        await sleep(STATS_SETTLE_MS);
        const after = await transactionCount(stats, bench.name);
        transactionsPerRequest[path] = (after - before) / Math.max(1, result.requests);
        return result;
      };
      loads.push(await load('health (HTTP ceiling)', HEALTH_PATH, options.connections));
      loads.push(await withTransactionCount('me (session check)', ME_PATH, options.connections));
      loads.push(await withTransactionCount('organizations', ORGANIZATIONS_PATH, options.connections));
      if (replay) {
        paired = (
          await manyConnectionsRun({
            app: (durationS) =>
              load('organizations (rounds with pgbench)', ORGANIZATIONS_PATH, options.connections, durationS),
            pgbench: replay,
            durationS: options.durationS,
          })
        ).paired;
      }
      loads.push(await load('organizations, one client', ORGANIZATIONS_PATH, 1));
    } finally {
      await stats.end();
    }
  });
  printLoads(loads);

  const pgbench: HttpResult['pgbench'] =
    paired && script ? { ...paired.pgbench, script: script.text, source: script.source } : undefined;

  const organizations = paired?.app ?? loads.find((l) => l.title === 'organizations');
  const ratio = paired?.ratio;
  const result: HttpResult = {
    engine,
    dataSet: JSON.stringify(bench.counts),
    email,
    loads,
    wire,
    transactionsPerRequest,
    pgbench,
    ratio,
    notes,
  };
  printWire(wire, transactionsPerRequest);
  if (pgbench && organizations && ratio !== undefined) {
    console.log(
      `\napp ${perSecond(organizations.requestsPerSecond)} vs pgbench ${perSecond(pgbench.tps)} (median round) → ratio ${ratio.toFixed(2)} (goal ≥ ${HTTP_GOALS.appToPgbenchRatio})`,
    );
  }
  return { result, rows: summaryRows(result), databases };
}

async function benchOnPglite(
  options: HttpOptions,
  notes: string[],
): Promise<{ result: HttpResult; rows: SummaryRow[] }> {
  const loads: LoadResult[] = [];
  const email = options.email ?? DEMO_EMAIL;
  await withDemoServer('familiennetz-bench-http-', options.logLevel, email, async (session) => {
    await checkListAnswers(session.url, session.cookie);
    const load = loadRunner(session.url, session.cookie, options.durationS);
    await load('warm-up', ORGANIZATIONS_PATH, options.connections, 3);
    loads.push(await load('health (HTTP ceiling)', HEALTH_PATH, options.connections));
    loads.push(await load('me (session check)', ME_PATH, options.connections));
    loads.push(await load('organizations', ORGANIZATIONS_PATH, options.connections));
    loads.push(await load('organizations, one client', ORGANIZATIONS_PATH, 1));
  });
  printLoads(loads);
  const result: HttpResult = {
    engine: 'PGlite',
    dataSet: 'demo municipality',
    email,
    loads,
    wire: [],
    transactionsPerRequest: {},
    pgbench: undefined,
    ratio: undefined,
    notes,
  };
  return { result, rows: summaryRows(result) };
}

async function checkListAnswers(url: string, cookie: string): Promise<void> {
  const list = await getJson(`${url}${ORGANIZATIONS_PATH}`, cookie);
  const items =
    typeof list.body === 'object' &&
    list.body !== null &&
    'items' in list.body &&
    Array.isArray(list.body.items)
      ? list.body.items.length
      : -1;
  if (list.status !== 200 || items < 0) {
    throw new Error(
      `${ORGANIZATIONS_PATH} answered ${list.status}: ${JSON.stringify(list.body).slice(0, 300)}`,
    );
  }
  console.log(`${ORGANIZATIONS_PATH} → 200 with ${items} items`);
}

async function countRoundTrips(url: string, email: string): Promise<WireFigures[]> {
  return withCountedServer(url, email, async (session, counter) => {
    const figures: WireFigures[] = [];
    for (const path of [HEALTH_PATH, ME_PATH, ORGANIZATIONS_PATH]) {
      figures.push({ path, ...(await countRequests(session, counter, path, WIRE_REQUESTS)) });
    }
    return figures;
  });
}

function normalize(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join(' ')
    .toLowerCase()
    .replace(/'(\d+)'/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function pgbenchScript(
  choice: 'captured' | 'file',
  captured: Statement[] | undefined,
  notes: string[],
): { text: string; source: string } {
  const fromFile = readFileSync(SQL_FILE, 'utf8').trim();
  const capturedText = captured && captured.length > 0 ? captured.map(inlineStatement).join('\n') : undefined;
  if (capturedText && normalize(capturedText) !== normalize(fromFile)) {
    const note =
      'bench/sql/organizations-list.sql differs from the SQL the server sent (see the pgbench script)';
    notes.push(note);
    console.log(`\nNOTE: ${note}`);
  }
  if (choice === 'captured' && capturedText) {
    return { text: capturedText, source: 'captured from the running server' };
  }
  return { text: fromFile, source: 'bench/sql/organizations-list.sql' };
}

function printWire(wire: WireFigures[], transactionsPerRequest: Record<string, number>): void {
  if (wire.length === 0) return;
  console.log('\nDatabase work per request (wire counter: 100 sequential requests after warm-up)');
  printTable(
    ['path', 'round trips (typical)', 'statements', 'xact/request (pg_stat_database)', 'typical statements'],
    wire.map((w) => [
      w.path,
      `${w.roundTripsMean.toFixed(2)} (${w.typicalRoundTrips})`,
      w.statementsMean.toFixed(2),
      transactionsPerRequest[w.path] === undefined ? '–' : (transactionsPerRequest[w.path] ?? 0).toFixed(3),
      `${w.typical.length} (${Math.round(w.typicalShare * 100)}% of requests)`,
    ]),
  );
  for (const w of wire) {
    for (const statement of w.typical)
      console.log(`  ${w.path}: ${inlineStatement(statement).slice(0, 160)}`);
  }
}

function summaryRows(result: HttpResult): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const engine = result.engine.startsWith('PGlite') ? ' [PGlite]' : '';
  const byTitle = (title: string) => result.loads.find((l) => l.title === title);
  const one = byTitle('organizations, one client');
  const many = byTitle('organizations');
  const me = byTitle('me (session check)');
  const health = byTitle('health (HTTP ceiling)');
  rows.push(
    ...loadSummaryRows({
      benchmark: `http${engine}`,
      metricPrefix: 'organizations, ',
      one,
      many,
      p95GoalMs: HTTP_GOALS.singleClientP95Ms,
      isNon2xxAMiss: false,
    }),
  );
  if (health) {
    rows.push({
      benchmark: `http${engine}`,
      metric: `health, ${health.connections} conns: req/s (HTTP ceiling)`,
      value: perSecond(health.requestsPerSecond),
      goal: '',
      isMet: undefined,
    });
  }
  if (me) {
    rows.push({
      benchmark: `http${engine}`,
      metric: `me, ${me.connections} conns: req/s (share of health)`,
      value: `${perSecond(me.requestsPerSecond)} (${health ? ((me.requestsPerSecond / health.requestsPerSecond) * 100).toFixed(0) : '?'}%)`,
      goal: '',
      isMet: undefined,
    });
  }
  if (result.pgbench) {
    rows.push(pgbenchTpsRow('pgbench', many?.connections ?? '?', result.pgbench.tps));
  }
  if (result.ratio !== undefined) {
    rows.push(
      pgbenchRatioRow(
        'http vs pgbench',
        'organizations req/s ÷ pgbench tps',
        result.ratio,
        HTTP_GOALS.appToPgbenchRatio,
      ),
    );
  }
  for (const w of result.wire) {
    const isSession = w.path === ME_PATH;
    rows.push({
      benchmark: 'db round trips',
      metric: `${w.path}: round trips per request, typical (mean) / statements`,
      value: `${w.typicalRoundTrips} (${w.roundTripsMean.toFixed(2)}) / ${w.statementsMean.toFixed(2)}`,
      goal: isSession ? '0 (session check)' : '',
      isMet: isSession ? w.typicalRoundTrips === HTTP_GOALS.sessionRoundTrips : undefined,
    });
  }
  for (const [path, perRequest] of Object.entries(result.transactionsPerRequest)) {
    rows.push({
      benchmark: 'db transactions',
      metric: `${path}: pg_stat_database xacts per request`,
      value: perRequest.toFixed(3),
      goal: '',
      isMet: undefined,
    });
  }
  if (result.loads.length > 0 && !result.pgbench) {
    rows.push({
      benchmark: 'pgbench',
      metric: 'same SQL at 20 clients',
      value: 'skipped',
      goal: '',
      isMet: undefined,
    });
  }
  return rows;
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
