/**
 * Directory search: `GET /api/v1/directory/search?q=beratung&near=<centre id>&radiusKm=10&kind=counselling`
 * signed in as a family-centre lead, on PostgreSQL holding the NRW-sized data set (186 municipalities,
 * 3,250 family centres, 30,000 partners with directory profiles and relationships; database
 * `familiennetz_bench`, regenerated automatically when it has no directory data yet), and on PGlite
 * with the demo municipality Musterstadt (as Sonnenblume's lead).
 *
 * Goals (issue 4):
 *   - PostgreSQL, one client: p95 < 10 ms
 *   - PostgreSQL, 20 connections: the app serves ≥ 0.8 × the transactions per second pgbench reaches
 *     with the SAME SQL at 20 clients (captured from the running server by the wire counter)
 *   - PGlite (Musterstadt), one client: p95 < 25 ms
 *
 * The centre searched from is the generated lead's centre with the most counselling partners within
 * about 10 km (the busiest of the first 50 centres, which have leads), unless --email names another lead.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoadResult, runLoad } from './lib/load';
import {
  type BenchDatabase,
  databaseUrl,
  findPgbench,
  type PgbenchResult,
  prepareBenchDatabase,
  probePostgres,
  runPgbench,
  withClient,
} from './lib/postgres';
import { heading, ms, perSecond, printTable, type SummaryRow } from './lib/report';
import { getJson, repoRoot, signIn, startServer } from './lib/server';
import { inlineStatement, type Statement, startWireCounter } from './lib/wire-counter';

export const SEARCH_GOALS = { singleClientP95Ms: 10, appToPgbenchRatio: 0.8, pgliteSingleClientP95Ms: 25 };

const DEMO_PASSWORD = 'familiennetz-demo';
const DEMO_EMAIL = 'leitung@fz-sonnenblume.example';
const GENERATOR_ARGS = ['--municipalities', '186', '--centres', '3250', '--partners', '30000'];
const RESULTS_DIR = join(repoRoot, 'bench/results');
const WIRE_REQUESTS = 100;

export function searchPath(centreId: string): string {
  return `/api/v1/directory/search?q=beratung&near=${centreId}&radiusKm=10&kind=counselling`;
}

export interface SearchOptions {
  pgUrl: string;
  database: string;
  regenerate: boolean;
  durationS: number;
  connections: number;
  email: string | undefined;
  logLevel: string;
}

interface SearchShape {
  items: number;
  total: number;
  kindFacets: number;
  districtFacets: number;
  withDistance: number;
}

interface WireFigures {
  requests: number;
  roundTripsMean: number;
  statementsMean: number;
  typical: Statement[];
  typicalRoundTrips: number;
  typicalShare: number;
}

interface EngineRun {
  engine: string;
  dataSet: string;
  email: string;
  centreId: string;
  centreName: string;
  path: string;
  shape: SearchShape | undefined;
  loads: LoadResult[];
}

export interface SearchResult {
  postgres: (EngineRun & { wire: WireFigures | undefined; pgbench: PgbenchResult | undefined }) | undefined;
  pglite: EngineRun | undefined;
  ratio: number | undefined;
  notes: string[];
}

class EndpointMissingError extends Error {}

export async function benchSearch(
  options: SearchOptions,
): Promise<{ result: SearchResult; rows: SummaryRow[]; databases: string[] }> {
  heading('Directory search: q=beratung, near=<centre>, radiusKm=10, kind=counselling, signed in');
  const notes: string[] = [];
  const databases: string[] = [];
  const result: SearchResult = { postgres: undefined, pglite: undefined, ratio: undefined, notes };

  const probe = await probePostgres(databaseUrl(options.pgUrl, 'postgres'));
  if ('error' in probe) {
    notes.push(`PostgreSQL unreachable (${probe.error}): PostgreSQL figures skipped`);
    console.log(`SKIPPED PostgreSQL: ${probe.error}`);
  } else {
    databases.push(probe.version);
    try {
      result.postgres = await onPostgres(options, notes);
    } catch (error) {
      if (!(error instanceof EndpointMissingError)) throw error;
      notes.push(error.message);
      console.log(`SKIPPED PostgreSQL run: ${error.message}`);
    }
  }

  databases.push('PGlite (embedded, demo municipality)');
  try {
    result.pglite = await onPglite(options);
  } catch (error) {
    if (!(error instanceof EndpointMissingError)) throw error;
    notes.push(error.message);
    console.log(`SKIPPED PGlite run: ${error.message}`);
  }

  const many = result.postgres?.loads.find((l) => l.connections === options.connections && l.connections > 1);
  const pgbench = result.postgres?.pgbench;
  if (many && pgbench) {
    result.ratio = many.requestsPerSecond / pgbench.tps;
    console.log(
      `\nsearch: app ${perSecond(many.requestsPerSecond)} vs pgbench ${perSecond(pgbench.tps)} → ratio ${result.ratio.toFixed(2)} (goal ≥ ${SEARCH_GOALS.appToPgbenchRatio})`,
    );
  }
  return { result, rows: summaryRows(result, options.connections), databases };
}

/** True when the bench database exists with directory profiles (generated after migration 0004). */
async function hasDirectoryData(url: string): Promise<boolean> {
  try {
    return await withClient(url, async (client) => {
      const table = await client.query<{ ok: boolean }>(
        "select to_regclass('public.partner_profiles') is not null as ok",
      );
      if (!table.rows[0]?.ok) return false;
      const rows = await client.query<{ ok: boolean }>(
        'select exists (select 1 from partner_profiles) as ok',
      );
      return rows.rows[0]?.ok === true;
    });
  } catch {
    return false;
  }
}

async function onPostgres(
  options: SearchOptions,
  notes: string[],
): Promise<EngineRun & { wire: WireFigures | undefined; pgbench: PgbenchResult | undefined }> {
  const url = databaseUrl(options.pgUrl, options.database);
  let regenerate = options.regenerate;
  if (!regenerate && !(await hasDirectoryData(url))) {
    console.log(
      `${options.database} has no directory profiles (made before the directory existed): regenerating`,
    );
    regenerate = true;
  }
  const bench: BenchDatabase = await prepareBenchDatabase(
    options.pgUrl,
    options.database,
    GENERATOR_ARGS,
    regenerate,
  );
  const counts = Object.entries(bench.counts)
    .map(([type, count]) => `${type} ${count}`)
    .join(', ');
  console.log(
    `Bench database ${bench.name}: ${counts}${bench.generated ? ` (generated in ${((bench.generateMs ?? 0) / 1000).toFixed(1)} s)` : ' (reused)'}`,
  );
  if (bench.counts.family_centre !== 3250 || bench.counts.partner !== 30000) {
    notes.push(`bench database ${bench.name} is not the NRW-sized set (${counts}); --regenerate makes it`);
  }
  const lead = await findLead(bench.url, options.email);
  const path = searchPath(lead.centreId);
  console.log(`Signed in as ${lead.email} (${lead.centreName}): GET ${path}`);

  // 1. Exact statements per request through the wire counter (not measured for speed).
  const wire = await countRoundTrips(bench.url, lead.email, path);

  // 2. Measured runs straight to PostgreSQL.
  const server = await startServer({
    databaseUrl: bench.url,
    loadDemoData: false,
    logLevel: options.logLevel,
  });
  const loads: LoadResult[] = [];
  let shape: SearchShape | undefined;
  try {
    const cookie = await signIn(server.url, lead.email, DEMO_PASSWORD);
    shape = await checkSearch(server.url, cookie, path);
    const load = (title: string, connections: number, durationS = options.durationS) =>
      runLoad({ title, url: `${server.url}${path}`, headers: { cookie }, connections, durationS });
    console.log('Warm-up …');
    await load('warm-up', options.connections, 3);
    loads.push(await load('search [PostgreSQL]', options.connections));
    loads.push(await load('search [PostgreSQL], one client', 1));
  } finally {
    await server.stop();
  }
  printLoads(loads);

  // 3. The same SQL through pgbench, with the app stopped.
  let pgbench: PgbenchResult | undefined;
  const binary = findPgbench();
  if (!binary) {
    notes.push('pgbench not found (Debian: postgresql-contrib)');
  } else if (wire.typical.length === 0) {
    notes.push('the wire counter captured no statement for the search: pgbench skipped');
  } else {
    const script = wire.typical.map(inlineStatement).join('\n');
    const scriptFile = join(RESULTS_DIR, 'directory-search.pgbench.sql');
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(scriptFile, `${script}\n`);
    console.log(`\npgbench script (captured from the running server):\n${indent(script)}`);
    pgbench = await runPgbench({
      binary,
      url: bench.url,
      scriptFile,
      clients: options.connections,
      threads: 2,
      durationS: options.durationS,
      protocol: 'extended',
    });
    console.log(pgbench.command);
    console.log(
      `  tps ${pgbench.tps.toFixed(0)}, latency average ${ms(pgbench.latencyAverageMs)}, ${pgbench.transactions} transactions, ${pgbench.failed} failed`,
    );
  }
  printWire(wire);
  return {
    engine: 'PostgreSQL',
    dataSet: JSON.stringify(bench.counts),
    email: lead.email,
    centreId: lead.centreId,
    centreName: lead.centreName,
    path,
    shape,
    loads,
    wire,
    pgbench,
  };
}

async function onPglite(options: SearchOptions): Promise<EngineRun> {
  const dataDir = mkdtempSync(join(tmpdir(), 'familiennetz-bench-search-'));
  const loads: LoadResult[] = [];
  try {
    const server = await startServer({ dataDir, loadDemoData: true, logLevel: options.logLevel });
    try {
      const cookie = await signIn(server.url, DEMO_EMAIL, DEMO_PASSWORD);
      const centre = await centreOfMember(server.url, cookie);
      const path = searchPath(centre.id);
      console.log(`\nPGlite, Musterstadt: signed in as ${DEMO_EMAIL} (${centre.name}): GET ${path}`);
      const shape = await checkSearch(server.url, cookie, path);
      const load = (title: string, connections: number, durationS = options.durationS) =>
        runLoad({ title, url: `${server.url}${path}`, headers: { cookie }, connections, durationS });
      await load('warm-up', options.connections, 3);
      loads.push(await load('search [PGlite]', options.connections));
      loads.push(await load('search [PGlite], one client', 1));
      printLoads(loads);
      return {
        engine: 'PGlite',
        dataSet: 'demo municipality Musterstadt',
        email: DEMO_EMAIL,
        centreId: centre.id,
        centreName: centre.name,
        path,
        shape,
        loads,
      };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A generated centre lead: the one named by --email, else the lead whose centre has most counselling nearby. */
async function findLead(
  url: string,
  email: string | undefined,
): Promise<{ email: string; centreId: string; centreName: string }> {
  return withClient(url, async (client) => {
    const result = await client.query<{ email: string; centre_id: string; centre_name: string }>(
      `select u.email, o.id as centre_id, o.name as centre_name
         from users u
         join memberships m on m.user_id = u.id and m.role = 'lead'
         join organizations o on o.id = m.organization_id and o.type = 'family_centre'
        where $1::text is null or u.email = $1
        order by (select count(*)
                    from organizations p
                    join organization_kinds ok on ok.organization_id = p.id
                    join partner_kinds k on k.id = ok.kind_id and k.key = 'counselling'
                   where p.lat between o.lat - 0.09 and o.lat + 0.09
                     and p.lng between o.lng - 0.14 and o.lng + 0.14) desc,
                 u.email
        limit 1`,
      [email ?? null],
    );
    const row = result.rows[0];
    if (!row)
      throw new Error(email ? `${email} is no family-centre lead` : 'no generated family-centre lead');
    return { email: row.email, centreId: row.centre_id, centreName: row.centre_name };
  });
}

async function centreOfMember(url: string, cookie: string): Promise<{ id: string; name: string }> {
  const me = await getJson(`${url}/api/v1/me`, cookie);
  const memberships =
    typeof me.body === 'object' &&
    me.body !== null &&
    'memberships' in me.body &&
    Array.isArray(me.body.memberships)
      ? (me.body.memberships as unknown[])
      : [];
  for (const m of memberships) {
    if (typeof m !== 'object' || m === null) continue;
    const record = m as Record<string, unknown>;
    if (record.organizationType === 'family_centre' && typeof record.organizationId === 'string') {
      return { id: record.organizationId, name: String(record.organizationName ?? '') };
    }
  }
  throw new Error(
    `/api/v1/me lists no family centre for ${DEMO_EMAIL}: ${JSON.stringify(me.body).slice(0, 300)}`,
  );
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** Checks the contract: 200 with {items, nextCursor, total, facets: {kinds, districts}}, 400 for radiusKm=500. */
async function checkSearch(url: string, cookie: string, path: string): Promise<SearchShape> {
  const response = await getJson(`${url}${path}`, cookie);
  if (response.status === 404) {
    throw new EndpointMissingError(
      `GET /api/v1/directory/search answered 404: the endpoint does not exist yet`,
    );
  }
  const body = asRecord(response.body);
  const facets = asRecord(body?.facets);
  const items = body?.items;
  if (
    response.status !== 200 ||
    !body ||
    !Array.isArray(items) ||
    typeof body.total !== 'number' ||
    !('nextCursor' in body) ||
    !facets ||
    !Array.isArray(facets.kinds) ||
    !Array.isArray(facets.districts)
  ) {
    throw new Error(`${path} answered ${response.status}: ${JSON.stringify(response.body).slice(0, 400)}`);
  }
  const shape: SearchShape = {
    items: items.length,
    total: body.total,
    kindFacets: facets.kinds.length,
    districtFacets: facets.districts.length,
    withDistance: items.filter((item) => typeof asRecord(item)?.distanceKm === 'number').length,
  };
  console.log(
    `${path} → 200: ${shape.items} items (total ${shape.total}, ${shape.withDistance} with distanceKm), ${shape.kindFacets} kind and ${shape.districtFacets} district facets`,
  );
  if (shape.items === 0)
    console.log('WARNING: the search found nothing; the figures measure an empty result');
  const bad = await getJson(`${url}${path.replace('radiusKm=10', 'radiusKm=500')}`, cookie);
  if (bad.status !== 400) throw new Error(`radiusKm=500 answered ${bad.status}, expected 400`);
  return shape;
}

async function countRoundTrips(url: string, email: string, path: string): Promise<WireFigures> {
  const upstream = new URL(url);
  const counter = await startWireCounter(upstream.hostname, Number(upstream.port || 5432));
  const proxied = new URL(url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(counter.port);
  const server = await startServer({ databaseUrl: proxied.toString(), loadDemoData: false });
  try {
    const cookie = await signIn(server.url, email, DEMO_PASSWORD);
    const first = await getJson(`${server.url}${path}`, cookie);
    if (first.status === 404) {
      throw new EndpointMissingError(
        'GET /api/v1/directory/search answered 404: the endpoint does not exist yet',
      );
    }
    // Fills the membership cache, the connection pool and any per-process caches.
    for (let i = 0; i < 10; i++) await getJson(`${server.url}${path}`, cookie);
    let roundTrips = 0;
    let statements = 0;
    const sequences = new Map<string, { count: number; statements: Statement[]; roundTrips: number }>();
    for (let i = 0; i < WIRE_REQUESTS; i++) {
      const before = counter.snapshot();
      const response = await getJson(`${server.url}${path}`, cookie);
      const after = counter.snapshot();
      if (response.status !== 200) throw new Error(`${path} answered ${response.status} through the counter`);
      const trips = after.roundTrips - before.roundTrips;
      roundTrips += trips;
      const sent = after.statements.slice(before.statements.length);
      statements += sent.length;
      const key = `${trips}\n${sent.map((s) => s.sql).join('\n')}`;
      const entry = sequences.get(key) ?? { count: 0, statements: sent, roundTrips: trips };
      entry.count++;
      sequences.set(key, entry);
    }
    const typical = [...sequences.values()].sort((a, b) => b.count - a.count)[0];
    return {
      requests: WIRE_REQUESTS,
      roundTripsMean: roundTrips / WIRE_REQUESTS,
      statementsMean: statements / WIRE_REQUESTS,
      typical: typical?.statements ?? [],
      typicalRoundTrips: typical?.roundTrips ?? Number.NaN,
      typicalShare: (typical?.count ?? 0) / WIRE_REQUESTS,
    };
  } finally {
    await server.stop();
    await counter.close();
  }
}

function printLoads(loads: LoadResult[]): void {
  console.log();
  printTable(
    ['run', 'conns', 'req/s', 'p50', 'p95', 'p99', 'max', 'requests', 'non-2xx', 'errors'],
    loads.map((l) => [
      l.title,
      String(l.connections),
      perSecond(l.requestsPerSecond),
      ms(l.p50),
      ms(l.p95),
      ms(l.p99),
      ms(l.max),
      String(l.requests),
      String(l.non2xx),
      String(l.errors),
    ]),
  );
  for (const l of loads) {
    if (l.non2xx > 0 || l.errors > 0)
      console.log(`WARNING: ${l.title}: ${l.non2xx} non-2xx, ${l.errors} errors`);
  }
}

function printWire(wire: WireFigures): void {
  console.log(
    `\nDatabase work per search (wire counter, ${wire.requests} sequential requests after warm-up): ` +
      `${wire.roundTripsMean.toFixed(2)} round trips (typical ${wire.typicalRoundTrips}), ` +
      `${wire.statementsMean.toFixed(2)} statements; the typical sequence in ${Math.round(wire.typicalShare * 100)}% of requests`,
  );
  for (const statement of wire.typical) console.log(`  ${inlineStatement(statement).slice(0, 200)}`);
}

function summaryRows(result: SearchResult, connections: number): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const add = (run: EngineRun | undefined, label: string, goalMs: number) => {
    if (!run) {
      rows.push({
        benchmark: `search ${label}`,
        metric: 'all',
        value: 'skipped',
        goal: '',
        isMet: undefined,
      });
      return;
    }
    const one = run.loads.find((l) => l.connections === 1);
    const many = run.loads.find((l) => l.connections === connections && l.connections > 1);
    if (one) {
      rows.push({
        benchmark: `search ${label}`,
        metric: '1 conn: p50 / p95 / p99',
        value: `${ms(one.p50)} / ${ms(one.p95)} / ${ms(one.p99)}`,
        goal: `p95 < ${goalMs} ms`,
        isMet: one.p95 < goalMs && one.non2xx === 0,
      });
      rows.push({
        benchmark: `search ${label}`,
        metric: '1 conn: req/s',
        value: perSecond(one.requestsPerSecond),
        goal: '',
        isMet: undefined,
      });
    }
    if (many) {
      rows.push({
        benchmark: `search ${label}`,
        metric: `${many.connections} conns: req/s (p50 / p95 / p99)`,
        value: `${perSecond(many.requestsPerSecond)} (${ms(many.p50, 1)} / ${ms(many.p95, 1)} / ${ms(many.p99, 1)})`,
        goal: '',
        isMet: undefined,
      });
    }
    if (run.shape) {
      rows.push({
        benchmark: `search ${label}`,
        metric: 'result: items / total',
        value: `${run.shape.items} / ${run.shape.total}`,
        goal: '',
        isMet: undefined,
      });
    }
  };
  add(result.postgres, '[PostgreSQL]', SEARCH_GOALS.singleClientP95Ms);
  const wire = result.postgres?.wire;
  if (wire) {
    rows.push({
      benchmark: 'search db round trips',
      metric: 'round trips per request, typical (mean) / statements',
      value: `${wire.typicalRoundTrips} (${wire.roundTripsMean.toFixed(2)}) / ${wire.statementsMean.toFixed(2)}`,
      goal: '',
      isMet: undefined,
    });
  }
  const pgbench = result.postgres?.pgbench;
  rows.push({
    benchmark: 'search pgbench',
    metric: `same SQL, -c ${connections} -j 2 -M extended: tps`,
    value: pgbench ? perSecond(pgbench.tps) : 'skipped',
    goal: '',
    isMet: undefined,
  });
  if (result.ratio !== undefined) {
    rows.push({
      benchmark: 'search vs pgbench',
      metric: 'search req/s ÷ pgbench tps',
      value: result.ratio.toFixed(2),
      goal: `≥ ${SEARCH_GOALS.appToPgbenchRatio}`,
      isMet: result.ratio >= SEARCH_GOALS.appToPgbenchRatio,
    });
  }
  add(result.pglite, '[PGlite]', SEARCH_GOALS.pgliteSingleClientP95Ms);
  return rows;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
