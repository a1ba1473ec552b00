/**
 * Public offerings finder and calendar feed (issue 5), on PostgreSQL holding the NRW-sized set
 * (database `familiennetz_bench`; ~150,000 offerings added by demo/scale-offerings.ts when missing).
 *
 *   GET /api/v1/public/offerings?q=eltern&targetGroup=age_3_6&postcode=<code>&radiusKm=5&from=<today>&to=<+30 d>&limit=20
 *   (the first page exactly as /angebote asks for it: 20 hits, public-queries.ts)
 *   GET /api/v1/feeds/organizations/<org with ~50 public recurring offerings>.ics
 *
 * Goals:
 *   - finder, one client: p95 < 10 ms
 *   - finder, 20 connections: ≥ 0.8 × the tps pgbench reaches with the SAME SQL (captured by the wire counter),
 *     median of alternating rounds (lib/paired.ts)
 *   - feed of an organisation with 50 recurring offerings: p95 < 100 ms
 * No sign-in is needed for either; the server session of a generated lead is only the harness's.
 */
import { DateTime } from 'luxon';
import { generateScaleOfferings } from '../demo/scale-offerings';
import { openDatabase } from '../src/server/db/client';
import { type LoadResult, loadRunner, loadSummaryRows, printLoads } from './lib/load';
import { manyConnectionsRun, type PairedComparison } from './lib/paired';
import {
  capturedReplay,
  databaseUrl,
  describeBenchDatabase,
  findBenchUser,
  NRW_GENERATOR_ARGS,
  type PostgresBenchOptions,
  prepareBenchDatabase,
  probePostgres,
  withClient,
} from './lib/postgres';
import {
  heading,
  ms,
  percentile,
  perSecond,
  pgbenchRatioRow,
  pgbenchTpsRow,
  type SummaryRow,
} from './lib/report';
import { countRequests, withCountedServer } from './lib/round-trips';
import { getJson, withSignedInServer } from './lib/server';

export const OFFERINGS_GOALS = { singleClientP95Ms: 10, appToPgbenchRatio: 0.8, feedP95Ms: 100 };
const FEED_REQUESTS = 30;

async function ensureOfferings(url: string): Promise<void> {
  const count = await withClient(url, async (client) => {
    const exists = await client.query<{ ok: boolean }>(
      "select to_regclass('public.offerings') is not null as ok",
    );
    if (!exists.rows[0]?.ok) return 0;
    const rows = await client.query<{ n: number }>('select count(*)::int as n from offerings');
    return rows.rows[0]?.n ?? 0;
  });
  if (count > 0) return;
  console.log('The bench database has no offerings yet: migrating and generating them (a few minutes) …');
  const handle = await openDatabase({ url, poolMax: 2 });
  try {
    await handle.migrate();
    await generateScaleOfferings(handle.db, { seed: 42, onProgress: (m) => console.log(`  ${m}`) });
  } finally {
    await handle.close();
  }
}

/** The postcode with the most public offerings within ~5 km, and the organisation whose feed is nearest 50. */
async function pickTargets(url: string) {
  return withClient(url, async (client) => {
    const postcode = await client.query<{ code: string }>(
      `select p.code from postcodes p
        order by (select count(*) from offerings o where o.is_public and o.status in ('published', 'running')
                    and o.lat between p.lat - 0.045 and p.lat + 0.045 and o.lng between p.lng - 0.07 and p.lng + 0.07) desc
        limit 1`,
    );
    const org = await client.query<{ id: string; n: number }>(
      `select x.organization_id as id, count(*)::int as n from offering_organizers x
         join offerings o on o.id = x.offering_id
        where o.is_public and o.status in ('published', 'running')
        group by x.organization_id order by abs(count(*) - 50), x.organization_id limit 1`,
    );
    const code = postcode.rows[0]?.code;
    const feedOrg = org.rows[0];
    if (!code || !feedOrg)
      throw new Error('no postcode or organisation with public offerings in the bench database');
    return { postcode: code, feedOrgId: feedOrg.id, feedOfferings: feedOrg.n };
  });
}

/** The finder page's page size (src/web/features/offerings/public-queries.ts), not the API's default of 50. */
const FINDER_PAGE_SIZE = 20;

export function finderPath(postcode: string, today = DateTime.now().setZone('Europe/Berlin')): string {
  const from = today.toISODate();
  const to = today.plus({ days: 30 }).toISODate();
  return `/api/v1/public/offerings?q=eltern&targetGroup=age_3_6&postcode=${postcode}&radiusKm=5&from=${from}&to=${to}&limit=${FINDER_PAGE_SIZE}`;
}

export interface OfferingsBenchResult {
  loads: LoadResult[];
  paired: PairedComparison | undefined;
  ratio: number | undefined;
  feedMs: number[];
  feedOfferings: number;
  items: number;
  notes: string[];
}

export async function benchOfferings(
  options: PostgresBenchOptions,
): Promise<{ result: OfferingsBenchResult | undefined; rows: SummaryRow[] }> {
  heading(
    'Offerings: public finder (text + target group + 5 km + 30 days) and an organisation feed, no login',
  );
  const probe = await probePostgres(databaseUrl(options.pgUrl, 'postgres'));
  if ('error' in probe) {
    console.log(`SKIPPED: PostgreSQL unreachable (${probe.error})`);
    return { result: undefined, rows: [] };
  }
  const bench = await prepareBenchDatabase(
    options.pgUrl,
    options.database,
    NRW_GENERATOR_ARGS,
    options.regenerate,
  );
  await ensureOfferings(bench.url);
  console.log(describeBenchDatabase(bench).line);
  const email = options.email ?? (await findBenchUser(bench.url));
  if (!email) throw new Error('no generated user to start the server with');
  const targets = await pickTargets(bench.url);
  const path = finderPath(targets.postcode);
  const feedPath = `/api/v1/feeds/organizations/${targets.feedOrgId}.ics`;
  console.log(`GET ${path}\nGET ${feedPath} (${targets.feedOfferings} public offerings)`);
  const notes: string[] = [];

  const wire = await withCountedServer(bench.url, email, (session, counter) =>
    countRequests(session, counter, path, 50),
  );
  // The app runs both statements as named prepared statements (public-repo.ts), so pgbench prepares too.
  const pgbench = capturedReplay({
    url: bench.url,
    statements: wire.typical,
    scriptName: 'offerings-finder.pgbench.sql',
    clients: options.connections,
    notes,
  });
  const loads: LoadResult[] = [];
  const feedMs: number[] = [];
  let items = 0;
  let paired: PairedComparison | undefined;
  await withSignedInServer(
    { databaseUrl: bench.url, loadDemoData: false, logLevel: options.logLevel },
    email,
    async (session) => {
      const first = await getJson(`${session.url}${path}`, '');
      if (first.status !== 200) throw new Error(`${path} answered ${first.status}`);
      items = ((first.body as { items?: unknown[] }).items ?? []).length;
      console.log(`finder → 200 with ${items} items`);
      const load = loadRunner(session.url, '', options.durationS);
      await load('warm-up', path, options.connections, 3);
      const many = await manyConnectionsRun({
        app: (durationS) => load('finder [PostgreSQL]', path, options.connections, durationS),
        pgbench,
        durationS: options.durationS,
      });
      loads.push(many.app);
      paired = many.paired;
      loads.push(await load('finder [PostgreSQL], one client', path, 1));
      for (let i = 0; i < FEED_REQUESTS + 3; i++) {
        const started = performance.now();
        const response = await fetch(`${session.url}${feedPath}`);
        const body = await response.text();
        if (response.status !== 200 || !body.includes('BEGIN:VEVENT'))
          throw new Error(`feed answered ${response.status}`);
        if (i >= 3) feedMs.push(performance.now() - started);
      }
    },
  );
  printLoads(loads);

  const many = loads.find((l) => l.connections === options.connections && l.connections > 1);
  const ratio = paired?.ratio;
  if (paired && many) {
    console.log(
      `finder: app ${perSecond(many.requestsPerSecond)} vs pgbench ${perSecond(paired.pgbench.tps)} (median round) → ratio ${paired.ratio.toFixed(2)}`,
    );
  }
  console.log(
    `feed: p50 ${ms(percentile(feedMs, 50))}, p95 ${ms(percentile(feedMs, 95))} over ${feedMs.length} requests`,
  );
  const rows: SummaryRow[] = [
    ...loadSummaryRows({
      benchmark: 'offerings finder',
      metricPrefix: '',
      one: loads.find((l) => l.connections === 1),
      many,
      p95GoalMs: OFFERINGS_GOALS.singleClientP95Ms,
      isNon2xxAMiss: true,
    }),
    pgbenchTpsRow('offerings finder', options.connections, paired?.pgbench.tps, 'prepared'),
    ...(ratio === undefined
      ? []
      : [pgbenchRatioRow('offerings finder', 'app / pgbench', ratio, OFFERINGS_GOALS.appToPgbenchRatio)]),
    {
      benchmark: 'offerings feed',
      metric: `org with ${targets.feedOfferings} offerings: p95`,
      value: ms(percentile(feedMs, 95)),
      goal: `< ${OFFERINGS_GOALS.feedP95Ms} ms`,
      isMet: percentile(feedMs, 95) < OFFERINGS_GOALS.feedP95Ms,
    },
  ];
  return {
    result: { loads, paired, ratio, feedMs, feedOfferings: targets.feedOfferings, items, notes },
    rows,
  };
}
