/**
 * Capacity (issue 17 §10): the planner's overview of the NRW set's largest municipality (`GET /api/v1/capacity`,
 * every organisation's 12 months) and one organisation's capacity view (`GET /api/v1/organizations/{id}/capacity`),
 * called in process on PostgreSQL holding the NRW-sized set (database `familiennetz_bench`; its cooperations,
 * with capacity periods, assessments and pools, are generated into it when missing). Should that municipality
 * still have no capacity periods, the bench gives every centre and partner there hours per month (some split by
 * district), so the figures are real. The same SQL also runs through `pgbench`
 * with one client: the ratio is app requests/s ÷ pgbench transactions/s.
 * Goals: overview p95 < 100 ms; one organisation p95 < 20 ms.
 */
import { sql } from 'drizzle-orm';
import { generateScaleCooperations } from '../demo/scale-cooperations';
import { loadConfig } from '../src/server/config';
import { type Executor, openDatabase, queryRows } from '../src/server/db/client';
import { getCapacity } from '../src/server/modules/cooperations/capacity';
import {
  capacityItemsSql,
  capacityTotalsSql,
  currentMonthStart,
} from '../src/server/modules/cooperations/capacity-derivation';
import { capacityOverview } from '../src/server/modules/cooperations/capacity-overview';
import {
  benchActor,
  type Measured,
  p95Row,
  pgbenchStatementsTps,
  printMeasured,
  sampleCalls,
} from './lib/in-process';
import { databaseUrl, NRW_GENERATOR_ARGS, prepareBenchDatabase, probePostgres } from './lib/postgres';
import { heading, type SummaryRow } from './lib/report';

export const CAPACITY_GOALS = { overviewP95Ms: 100, organizationP95Ms: 20 };

export interface CapacityResult {
  organizations: number;
  generatedPeriods: number;
  overview?: Measured;
  organization?: Measured;
  skipped?: string;
}

/**
 * Capacity periods for every centre and partner of the municipality (deterministic hours), only when the
 * municipality has none at all (a set generated before the cooperations generator existed).
 */
async function ensurePeriods(db: Executor, municipalityId: string): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`with existing as (
          select 1 from capacity_periods p join organizations o on o.id = p.organization_id
           where o.municipality_id = ${municipalityId}::uuid limit 1),
        inserted as (
          insert into capacity_periods (organization_id, valid_from, valid_to, district_id, hours_per_month, note)
          select o.id, '2026-01-01', null,
                 case when o.type = 'partner' and (hashtext(o.id::text) & 3) = 0 then o.district_id end,
                 10 + abs(hashtext(o.id::text)) % 31, 'bench'
            from organizations o
           where o.municipality_id = ${municipalityId}::uuid and o.type in ('family_centre', 'partner')
             and not exists (select 1 from existing)
          returning 1)
        select count(*)::int as n from inserted`,
  );
  return rows[0]?.n ?? 0;
}

export async function benchCapacity(options: {
  pgUrl: string;
  database: string;
  regenerate: boolean;
  runs: number;
}): Promise<{ result: CapacityResult; rows: SummaryRow[] }> {
  heading('Capacity: the overview of the largest municipality of the NRW set, and one organisation');
  const probe = await probePostgres(databaseUrl(options.pgUrl, 'postgres'));
  if ('error' in probe) {
    console.log(`SKIPPED: PostgreSQL unreachable (${probe.error})`);
    const result = { organizations: 0, generatedPeriods: 0, skipped: probe.error };
    return { result, rows: rowsOf(result) };
  }
  const bench = await prepareBenchDatabase(
    options.pgUrl,
    options.database,
    NRW_GENERATOR_ARGS,
    options.regenerate,
  );
  const handle = await openDatabase({ url: bench.url, poolMax: 4 });
  try {
    await handle.migrate();
    await generateScaleCooperations(handle.db, { seed: 42, onProgress: (m) => console.log(`  ${m}`) });
    const [largest] = await queryRows<{ id: string; n: number }>(
      handle.db,
      sql`select municipality_id as id, count(*)::int as n from organizations
           group by municipality_id order by n desc limit 1`,
    );
    if (!largest) throw new Error('no organisations in the bench database');
    const generatedPeriods = await ensurePeriods(handle.db, largest.id);
    if (generatedPeriods > 0) await handle.db.execute(sql`analyze capacity_periods`);
    const ctx = {
      db: handle.db,
      actor: benchActor({ municipalityId: largest.id }),
      locale: 'de' as const,
      config: loadConfig({}),
    };
    const from = currentMonthStart();

    const overview = await capacityOverview(ctx, largest.id);
    const overviewSamples = await sampleCalls(options.runs, () => capacityOverview(ctx, largest.id), 5);
    // The busiest organisation: the most contributing hours in its 12 months.
    const busiest = [...overview.items].sort(
      (a, b) =>
        b.months.reduce((s, m) => s + m.committed + m.planned, 0) -
        a.months.reduce((s, m) => s + m.committed + m.planned, 0),
    )[0];
    const organizationId = busiest?.organizationId ?? '';
    const organizationSamples = busiest
      ? await sampleCalls(options.runs * 2, () => getCapacity(ctx, organizationId), 5)
      : [];
    const result: CapacityResult = {
      organizations: overview.items.length,
      generatedPeriods,
      overview: {
        samplesMs: overviewSamples,
        pgbenchTps: await pgbenchStatementsTps(
          bench.url,
          [capacityTotalsSql({ municipalityId: largest.id }, from, null)],
          'capacity-overview',
          5,
        ),
      },
      organization: {
        samplesMs: organizationSamples,
        pgbenchTps: busiest
          ? await pgbenchStatementsTps(
              bench.url,
              [capacityItemsSql(organizationId, from)],
              'capacity-organization',
              5,
            )
          : undefined,
      },
    };
    console.log(
      `${largest.n} organisations in the municipality, ${overview.items.length} with hours ` +
        `(${generatedPeriods} capacity periods generated by the bench; ${overview.items.filter((o) => o.isOverCommitted).length} over-committed)`,
    );
    for (const [name, m, goal] of [
      ['overview', result.overview, CAPACITY_GOALS.overviewP95Ms],
      [
        `organisation ${busiest?.organizationName ?? '–'}`,
        result.organization,
        CAPACITY_GOALS.organizationP95Ms,
      ],
    ] as const) {
      if (m && m.samplesMs.length > 0) printMeasured(name, m, goal);
    }
    return { result, rows: rowsOf(result) };
  } finally {
    await handle.close();
  }
}

function rowsOf(result: CapacityResult): SummaryRow[] {
  const row = (metric: string, m: Measured | undefined, goal: number) => p95Row('capacity', metric, m, goal);
  return [
    row(
      `p95 overview, ${result.organizations} organisations with hours`,
      result.overview,
      CAPACITY_GOALS.overviewP95Ms,
    ),
    row('p95 one organisation (its view with items)', result.organization, CAPACITY_GOALS.organizationP95Ms),
  ];
}
