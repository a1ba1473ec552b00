/**
 * Planning (issue 18 §10): the planner's dashboard of the NRW set's largest municipality
 * (`GET /api/v1/planning/coverage`: every district's coverage of this year and the year before) and the
 * Landesjugendamt's state-wide aggregates (`GET /api/v1/planning/state-aggregates?state=NW`: one row per
 * municipality of the state), both called in process on PostgreSQL holding the NRW-sized set (database
 * `familiennetz_bench`; its cooperations generated into it when missing, as bench/capacity.ts does).
 * Beside each, the same statements (coverageStatements, stateStatements) through `pgbench` with one client,
 * one transaction per dashboard or state view: the ratio is app views/s ÷ pgbench transactions/s.
 * Goals: dashboard p95 < 200 ms; state aggregates p95 < 2 s.
 */
import { sql } from 'drizzle-orm';
import { generateScaleCooperations } from '../demo/scale-cooperations';
import { loadConfig } from '../src/server/config';
import { openDatabase, queryRows } from '../src/server/db/client';
import { coverageStatements } from '../src/server/modules/planning/coverage';
import { getCoverage } from '../src/server/modules/planning/coverage-service';
import { stateAggregates, stateStatements } from '../src/server/modules/planning/state-aggregates';
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

export const PLANNING_GOALS = { dashboardP95Ms: 200, stateP95Ms: 2000 };

export interface PlanningResult {
  municipality?: { organizations: number; districts: number };
  municipalities?: number;
  dashboard?: Measured;
  state?: Measured;
  skipped?: string;
}

export async function benchPlanning(options: {
  pgUrl: string;
  database: string;
  regenerate: boolean;
  runs: number;
}): Promise<{ result: PlanningResult; rows: SummaryRow[] }> {
  heading('Planning: the dashboard of the largest municipality of the NRW set, and the state aggregates');
  const probe = await probePostgres(databaseUrl(options.pgUrl, 'postgres'));
  if ('error' in probe) {
    console.log(`SKIPPED: PostgreSQL unreachable (${probe.error})`);
    const result = { skipped: probe.error };
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
    const [largest] = await queryRows<{ id: string; n: number; districts: number }>(
      handle.db,
      sql`select o.municipality_id as id, count(*)::int as n,
                 (select count(*)::int from districts d where d.municipality_id = o.municipality_id) as districts
            from organizations o group by o.municipality_id order by n desc limit 1`,
    );
    if (!largest) throw new Error('no organisations in the bench database');
    const config = loadConfig({});
    const year = new Date().getFullYear();
    const planner = {
      db: handle.db,
      actor: benchActor({ municipalityId: largest.id }),
      locale: 'de' as const,
      config,
    };
    const office = {
      db: handle.db,
      actor: benchActor({ organizationType: 'state_office', role: 'staff' }),
      locale: 'de' as const,
      config,
    };
    const query = { municipalityId: largest.id, year };
    const dashboardSamples = await sampleCalls(options.runs, () => getCoverage(planner, query), 3);
    const stateRuns = Math.max(5, Math.round(options.runs / 10));
    const first = await stateAggregates(office, { state: 'NW', year });
    const stateSamples = await sampleCalls(
      stateRuns,
      () => stateAggregates(office, { state: 'NW', year }),
      3,
    );
    const dashboardSql = [year, year - 1].flatMap((y) => Object.values(coverageStatements(largest.id, y)));
    const result: PlanningResult = {
      municipality: { organizations: largest.n, districts: largest.districts },
      municipalities: first.items.length,
      dashboard: {
        samplesMs: dashboardSamples,
        pgbenchTps: await pgbenchStatementsTps(bench.url, dashboardSql, 'planning-dashboard', 10),
      },
      state: {
        samplesMs: stateSamples,
        pgbenchTps: await pgbenchStatementsTps(
          bench.url,
          Object.values(stateStatements('NW', year)),
          'planning-state',
          15,
        ),
      },
    };
    console.log(
      `largest municipality: ${largest.n} organisations in ${largest.districts} districts; ` +
        `${first.items.length} municipalities in NW`,
    );
    if (result.dashboard)
      printMeasured(
        'dashboard (this year and the year before)',
        result.dashboard,
        PLANNING_GOALS.dashboardP95Ms,
      );
    if (result.state) printMeasured('state aggregates (NW)', result.state, PLANNING_GOALS.stateP95Ms);
    return { result, rows: rowsOf(result) };
  } finally {
    await handle.close();
  }
}

function rowsOf(result: PlanningResult): SummaryRow[] {
  const row = (metric: string, m: Measured | undefined, goal: number) => p95Row('planning', metric, m, goal);
  return [
    row(
      `p95 dashboard of the largest municipality (${result.municipality?.districts ?? '–'} districts, 2 years)`,
      result.dashboard,
      PLANNING_GOALS.dashboardP95Ms,
    ),
    row(
      `p95 state aggregates NW (${result.municipalities ?? '–'} municipalities)`,
      result.state,
      PLANNING_GOALS.stateP95Ms,
    ),
  ];
}
