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
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
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
import type { Actor } from '../src/server/policy';
import {
  databaseUrl,
  findPgbench,
  NRW_GENERATOR_ARGS,
  prepareBenchDatabase,
  probePostgres,
  runPgbench,
} from './lib/postgres';
import { heading, median, ms, percentile, type SummaryRow } from './lib/report';

export const CAPACITY_GOALS = { overviewP95Ms: 100, organizationP95Ms: 20 };

interface Measured {
  samplesMs: number[];
  pgbenchTps?: number;
}

export interface CapacityResult {
  organizations: number;
  generatedPeriods: number;
  overview?: Measured;
  organization?: Measured;
  skipped?: string;
}

async function sample(runs: number, call: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 5; i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  return samples;
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

/** The statement with its parameters written in, for a pgbench script. */
function inlined(query: SQL): string {
  const built = new PgDialect().sqlToQuery(query);
  return built.sql.replace(/\$(\d+)/g, (_, n: string) => {
    const value = built.params[Number(n) - 1];
    return value === null ? 'null' : `'${String(value).replaceAll("'", "''")}'`;
  });
}

async function pgbenchTps(url: string, statements: SQL[], name: string): Promise<number | undefined> {
  const binary = findPgbench();
  if (!binary) return undefined;
  const scriptFile = join(tmpdir(), `${name}.pgbench.sql`);
  // As the app: without just-in-time compilation (capacity-view.ts).
  writeFileSync(
    scriptFile,
    `set jit = off;\n${statements.map((s) => `${inlined(s).replace(/\s+/g, ' ')};`).join('\n')}\n`,
  );
  const result = await runPgbench({
    binary,
    url,
    scriptFile,
    clients: 1,
    threads: 1,
    durationS: 5,
    protocol: 'simple',
  });
  return result.tps;
}

const planner = (municipalityId: string): Actor => ({
  userId: '00000000-0000-0000-0000-000000000000',
  name: 'Bench Planner',
  email: 'bench@familiennetz.example',
  isInstanceAdmin: false,
  memberships: [
    {
      id: 'bench',
      organizationId: '00000000-0000-0000-0000-000000000001',
      organizationName: 'Jugendamt',
      organizationType: 'youth_office',
      municipalityId,
      state: 'NW',
      role: 'planner',
    },
  ],
});

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
    const ctx = { db: handle.db, actor: planner(largest.id), locale: 'de' as const, config: loadConfig({}) };
    const from = currentMonthStart();

    const overview = await capacityOverview(ctx, largest.id);
    const overviewSamples = await sample(options.runs, () => capacityOverview(ctx, largest.id));
    // The busiest organisation: the most contributing hours in its 12 months.
    const busiest = [...overview.items].sort(
      (a, b) =>
        b.months.reduce((s, m) => s + m.committed + m.planned, 0) -
        a.months.reduce((s, m) => s + m.committed + m.planned, 0),
    )[0];
    const organizationId = busiest?.organizationId ?? '';
    const organizationSamples = busiest
      ? await sample(options.runs * 2, () => getCapacity(ctx, organizationId))
      : [];
    const result: CapacityResult = {
      organizations: overview.items.length,
      generatedPeriods,
      overview: {
        samplesMs: overviewSamples,
        pgbenchTps: await pgbenchTps(
          bench.url,
          [capacityTotalsSql({ municipalityId: largest.id }, from, null)],
          'capacity-overview',
        ),
      },
      organization: {
        samplesMs: organizationSamples,
        pgbenchTps: busiest
          ? await pgbenchTps(bench.url, [capacityItemsSql(organizationId, from)], 'capacity-organization')
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
      if (!m || m.samplesMs.length === 0) continue;
      const appTps = 1000 / median(m.samplesMs);
      console.log(
        `${name}: median ${ms(median(m.samplesMs))}, p95 ${ms(percentile(m.samplesMs, 95))} (goal < ${goal} ms)` +
          (m.pgbenchTps
            ? `; pgbench ${m.pgbenchTps.toFixed(1)} tps, app ${appTps.toFixed(1)}/s → ratio ${(appTps / m.pgbenchTps).toFixed(2)}`
            : ''),
      );
    }
    return { result, rows: rowsOf(result) };
  } finally {
    await handle.close();
  }
}

function rowsOf(result: CapacityResult): SummaryRow[] {
  const row = (metric: string, m: Measured | undefined, goal: number): SummaryRow => {
    const p95 = m && m.samplesMs.length > 0 ? percentile(m.samplesMs, 95) : undefined;
    const ratio =
      m?.pgbenchTps && p95 !== undefined
        ? ` (÷ pgbench ${(1000 / median(m.samplesMs) / m.pgbenchTps).toFixed(2)})`
        : '';
    return {
      benchmark: 'capacity',
      metric,
      value: p95 === undefined ? 'skipped' : `${ms(p95)}${ratio}`,
      goal: `< ${goal} ms`,
      isMet: p95 === undefined ? undefined : p95 < goal,
    };
  };
  return [
    row(
      `p95 overview, ${result.organizations} organisations with hours`,
      result.overview,
      CAPACITY_GOALS.overviewP95Ms,
    ),
    row('p95 one organisation (its view with items)', result.organization, CAPACITY_GOALS.organizationP95Ms),
  ];
}
