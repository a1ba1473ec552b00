/**
 * Room availability: `GET /api/v1/rooms/availability?near=<centre>&radiusKm=2&minCapacity=10&weekday=2
 * &startTime=15:00&endTime=17:00&weeks=8` signed in as a family-centre lead, on PostgreSQL holding the
 * NRW-sized data set with rooms and about a million bookings (demo/scale-rooms.ts; database
 * `familiennetz_bench`, regenerated when it has no rooms yet).
 *
 * Goals (issue 6):
 *   - one client: p95 < 30 ms
 *   - 20 connections: the app serves ≥ 0.7 × the transactions per second pgbench reaches with the SAME
 *     SQL at 20 clients (the statements of one request, captured from the running server)
 *
 * Booking creation with 20 concurrent writers (the second goal of issue 6): rooms-booking-writes.ts.
 */
import { type LoadResult, loadRunner, loadSummaryRows, printLoads } from './lib/load';
import { manyConnectionsRun, type PairedComparison } from './lib/paired';
import {
  capturedReplay,
  databaseUrl,
  describeBenchDatabase,
  NRW_GENERATOR_ARGS,
  type PostgresBenchOptions,
  prepareBenchDatabase,
  probePostgres,
  withClient,
} from './lib/postgres';
import { heading, perSecond, pgbenchRatioRow, pgbenchTpsRow, type SummaryRow } from './lib/report';
import { countRequests, type WireFigures, withCountedServer } from './lib/round-trips';
import { getJson, withSignedInServer } from './lib/server';

export const AVAILABILITY_GOALS = { singleClientP95Ms: 30, appToPgbenchRatio: 0.7 };

export function availabilityPath(centreId: string): string {
  return `/api/v1/rooms/availability?near=${centreId}&radiusKm=2&minCapacity=10&weekday=2&startTime=15:00&endTime=17:00&weeks=8`;
}

export interface AvailabilityBenchResult {
  path: string | undefined;
  rooms: number | undefined;
  loads: LoadResult[];
  wire: WireFigures | undefined;
  paired: PairedComparison | undefined;
  ratio: number | undefined;
  notes: string[];
}

async function hasRooms(url: string): Promise<boolean> {
  try {
    return await withClient(url, async (client) => {
      const table = await client.query<{ ok: boolean }>(
        "select to_regclass('public.rooms') is not null as ok",
      );
      if (!table.rows[0]?.ok) return false;
      const rows = await client.query<{ ok: boolean }>('select exists (select 1 from room_bookings) as ok');
      return rows.rows[0]?.ok === true;
    });
  } catch {
    return false;
  }
}

/** The generated lead whose centre has the most rooms within about 2 km (a busy town centre). */
async function findLead(url: string, email: string | undefined) {
  return withClient(url, async (client) => {
    const result = await client.query<{ email: string; centre_id: string; centre_name: string }>(
      `select u.email, o.id as centre_id, o.name as centre_name
         from users u
         join memberships m on m.user_id = u.id and m.role = 'lead'
         join organizations o on o.id = m.organization_id and o.type = 'family_centre'
        where $1::text is null or u.email = $1
        order by (select count(*) from rooms r
                   where r.lat between o.lat - 0.018 and o.lat + 0.018
                     and r.lng between o.lng - 0.029 and o.lng + 0.029) desc, u.email
        limit 1`,
      [email ?? null],
    );
    const row = result.rows[0];
    if (!row)
      throw new Error(email ? `${email} is no family-centre lead` : 'no generated family-centre lead');
    return { email: row.email, centreId: row.centre_id, centreName: row.centre_name };
  });
}

export async function benchRoomsAvailability(
  options: PostgresBenchOptions,
): Promise<{ result: AvailabilityBenchResult; rows: SummaryRow[]; databases: string[] }> {
  heading('Room availability: near=<centre>, 2 km, capacity ≥ 10, Tuesdays 15–17, 8 weeks, signed in');
  const result: AvailabilityBenchResult = {
    path: undefined,
    rooms: undefined,
    loads: [],
    wire: undefined,
    paired: undefined,
    ratio: undefined,
    notes: [],
  };
  const probe = await probePostgres(databaseUrl(options.pgUrl, 'postgres'));
  if ('error' in probe) {
    result.notes.push(`PostgreSQL unreachable (${probe.error}): skipped`);
    return { result, rows: summaryRows(result, options.connections), databases: [] };
  }
  const url = databaseUrl(options.pgUrl, options.database);
  const regenerate = options.regenerate || !(await hasRooms(url));
  const bench = await prepareBenchDatabase(options.pgUrl, options.database, NRW_GENERATOR_ARGS, regenerate);
  const described = describeBenchDatabase(bench);
  console.log(described.line);
  if (described.sizeNote) result.notes.push(described.sizeNote);
  const lead = await findLead(bench.url, options.email);
  const path = availabilityPath(lead.centreId);
  result.path = path;
  console.log(`Signed in as ${lead.email} (${lead.centreName}): GET ${path}`);

  result.wire = await withCountedServer(bench.url, lead.email, (session, counter) =>
    countRequests(session, counter, path, 50),
  );
  // The app runs the search as a named prepared statement (availability.ts), so pgbench prepares too.
  const pgbench = capturedReplay({
    url: bench.url,
    statements: result.wire.typical,
    scriptName: 'rooms-availability.pgbench.sql',
    clients: options.connections,
    notes: result.notes,
  });
  const serverOptions = { databaseUrl: bench.url, loadDemoData: false, logLevel: options.logLevel };
  await withSignedInServer(serverOptions, lead.email, async (session) => {
    const checked = await getJson(`${session.url}${path}`, session.cookie);
    const body = checked.body as { items?: unknown[] } | undefined;
    result.rooms = body?.items?.length;
    console.log(`answer ${checked.status}: ${result.rooms ?? 0} rooms with free Tuesdays`);
    const load = loadRunner(session.url, session.cookie, options.durationS);
    await load('warm-up', path, options.connections, 3);
    const many = await manyConnectionsRun({
      app: (durationS) => load('availability [PostgreSQL]', path, options.connections, durationS),
      pgbench,
      durationS: options.durationS,
    });
    result.loads.push(many.app);
    result.paired = many.paired;
    result.loads.push(await load('availability [PostgreSQL], one client', path, 1));
  });
  printLoads(result.loads);

  const many = result.loads.find((l) => l.connections === options.connections && l.connections > 1);
  if (many && result.paired) {
    result.ratio = result.paired.ratio;
    console.log(
      `\navailability: app ${perSecond(many.requestsPerSecond)} vs pgbench ${perSecond(result.paired.pgbench.tps)} (median round) → ratio ${result.ratio.toFixed(2)} (goal ≥ ${AVAILABILITY_GOALS.appToPgbenchRatio})`,
    );
  }
  console.log(
    `statements per request: ${result.wire.statementsMean.toFixed(1)}, round trips ${result.wire.roundTripsMean.toFixed(1)}`,
  );
  return { result, rows: summaryRows(result, options.connections), databases: [probe.version] };
}

function summaryRows(result: AvailabilityBenchResult, connections: number): SummaryRow[] {
  const one = result.loads.find((l) => l.connections === 1);
  const many = result.loads.find((l) => l.connections === connections && l.connections > 1);
  const rows: SummaryRow[] = [
    ...loadSummaryRows({
      benchmark: 'rooms availability',
      metricPrefix: '',
      one,
      many,
      p95GoalMs: AVAILABILITY_GOALS.singleClientP95Ms,
      isNon2xxAMiss: true,
    }),
    pgbenchTpsRow('rooms availability', connections, result.paired?.pgbench.tps, 'prepared'),
  ];
  if (result.ratio !== undefined) {
    rows.push(
      pgbenchRatioRow(
        'rooms availability',
        'app req/s ÷ pgbench tps',
        result.ratio,
        AVAILABILITY_GOALS.appToPgbenchRatio,
      ),
    );
  }
  return rows;
}
