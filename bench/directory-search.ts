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
import { type LoadResult, loadRunner, loadSummaryRows, printLoads } from './lib/load';
import { manyConnectionsRun } from './lib/paired';
import {
  type BenchDatabase,
  capturedReplay,
  databaseUrl,
  describeBenchDatabase,
  NRW_GENERATOR_ARGS,
  type PgbenchResult,
  type PostgresBenchOptions,
  prepareBenchDatabase,
  probePostgres,
  withClient,
} from './lib/postgres';
import { heading, perSecond, pgbenchRatioRow, pgbenchTpsRow, type SummaryRow } from './lib/report';
import { countRequests, type WireFigures, withCountedServer } from './lib/round-trips';
import { DEMO_EMAIL, getJson, withDemoServer, withSignedInServer } from './lib/server';
import { inlineStatement } from './lib/wire-counter';

export const SEARCH_GOALS = { singleClientP95Ms: 10, appToPgbenchRatio: 0.8, pgliteSingleClientP95Ms: 25 };

const WIRE_REQUESTS = 100;

export function searchPath(centreId: string): string {
  return `/api/v1/directory/search?q=beratung&near=${centreId}&radiusKm=10&kind=counselling`;
}

export type SearchOptions = PostgresBenchOptions;

interface SearchShape {
  items: number;
  total: number;
  kindFacets: number;
  districtFacets: number;
  withDistance: number;
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
      `\nsearch: app ${perSecond(many.requestsPerSecond)} vs pgbench ${perSecond(pgbench.tps)} (median round) → ratio ${result.ratio.toFixed(2)} (goal ≥ ${SEARCH_GOALS.appToPgbenchRatio})`,
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
    NRW_GENERATOR_ARGS,
    regenerate,
  );
  const described = describeBenchDatabase(bench);
  console.log(described.line);
  if (described.sizeNote) notes.push(described.sizeNote);
  const lead = await findLead(bench.url, options.email);
  const path = searchPath(lead.centreId);
  console.log(`Signed in as ${lead.email} (${lead.centreName}): GET ${path}`);

  // 1. Exact statements per request through the wire counter (not measured for speed).
  const wire = await countRoundTrips(bench.url, lead.email, path);

  // 2. The same SQL through pgbench, in rounds alternating with the app's (lib/paired.ts).
  // The app runs both statements as named prepared statements (search-repo.ts), so pgbench prepares too.
  const replay = capturedReplay({
    url: bench.url,
    statements: wire.typical,
    scriptName: 'directory-search.pgbench.sql',
    clients: options.connections,
    notes,
  });

  // 3. Measured runs straight to PostgreSQL.
  const loads: LoadResult[] = [];
  let pgbench: PgbenchResult | undefined;
  const serverOptions = { databaseUrl: bench.url, loadDemoData: false, logLevel: options.logLevel };
  const shape = await withSignedInServer(serverOptions, lead.email, async (session) => {
    const checked = await checkSearch(session.url, session.cookie, path);
    const load = loadRunner(session.url, session.cookie, options.durationS);
    console.log('Warm-up …');
    await load('warm-up', path, options.connections, 3);
    const many = await manyConnectionsRun({
      app: (durationS) => load('search [PostgreSQL]', path, options.connections, durationS),
      pgbench: replay,
      durationS: options.durationS,
    });
    loads.push(many.app);
    pgbench = many.paired?.pgbench;
    loads.push(await load('search [PostgreSQL], one client', path, 1));
    return checked;
  });
  printLoads(loads);
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
  const loads: LoadResult[] = [];
  return withDemoServer('familiennetz-bench-search-', options.logLevel, DEMO_EMAIL, async (session) => {
    const centre = await centreOfMember(session.url, session.cookie);
    const path = searchPath(centre.id);
    console.log(`\nPGlite, Musterstadt: signed in as ${DEMO_EMAIL} (${centre.name}): GET ${path}`);
    const shape = await checkSearch(session.url, session.cookie, path);
    const load = loadRunner(session.url, session.cookie, options.durationS);
    await load('warm-up', path, options.connections, 3);
    loads.push(await load('search [PGlite]', path, options.connections));
    loads.push(await load('search [PGlite], one client', path, 1));
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
  });
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
  return withCountedServer(url, email, async (session, counter) => {
    const first = await getJson(`${session.url}${path}`, session.cookie);
    if (first.status === 404) {
      throw new EndpointMissingError(
        'GET /api/v1/directory/search answered 404: the endpoint does not exist yet',
      );
    }
    return countRequests(session, counter, path, WIRE_REQUESTS);
  });
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
    rows.push(
      ...loadSummaryRows({
        benchmark: `search ${label}`,
        metricPrefix: '',
        one,
        many,
        p95GoalMs: goalMs,
        isNon2xxAMiss: true,
      }),
    );
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
  rows.push(pgbenchTpsRow('search pgbench', connections, pgbench?.tps, 'prepared'));
  if (result.ratio !== undefined) {
    rows.push(
      pgbenchRatioRow(
        'search vs pgbench',
        'search req/s ÷ pgbench tps',
        result.ratio,
        SEARCH_GOALS.appToPgbenchRatio,
      ),
    );
  }
  add(result.pglite, '[PGlite]', SEARCH_GOALS.pgliteSingleClientP95Ms);
  return rows;
}
