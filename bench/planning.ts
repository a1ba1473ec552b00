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
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { generateScaleCooperations } from '../demo/scale-cooperations';
import { loadConfig } from '../src/server/config';
import { openDatabase, queryRows } from '../src/server/db/client';
import { coverageStatements } from '../src/server/modules/planning/coverage';
import { getCoverage } from '../src/server/modules/planning/coverage-service';
import { stateAggregates, stateStatements } from '../src/server/modules/planning/state-aggregates';
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

export const PLANNING_GOALS = { dashboardP95Ms: 200, stateP95Ms: 2000 };

interface Measured {
  samplesMs: number[];
  pgbenchTps?: number;
}

export interface PlanningResult {
  municipality?: { organizations: number; districts: number };
  municipalities?: number;
  dashboard?: Measured;
  state?: Measured;
  skipped?: string;
}

async function sample(runs: number, call: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  return samples;
}

/** The statement with its parameters written in, for a pgbench script. */
function inlined(query: SQL): string {
  const built = new PgDialect().sqlToQuery(query);
  return built.sql.replace(/\$(\d+)/g, (_, n: string) => {
    const value = built.params[Number(n) - 1];
    if (value === null) return 'null';
    if (value instanceof Date) return `'${value.toISOString()}'`;
    return `'${String(value).replaceAll("'", "''")}'`;
  });
}

/** pgbench with one client: the statements as one transaction, without JIT as the app runs them. */
async function pgbenchTps(url: string, statements: SQL[], name: string, durationS: number) {
  const binary = findPgbench();
  if (!binary) return undefined;
  const scriptFile = join(tmpdir(), `${name}.pgbench.sql`);
  // One line per statement for pgbench: SQL line comments go first, or they would swallow the rest.
  const lines = statements.map((s) => `${inlined(s).replace(/--[^\n]*/g, '').replace(/\s+/g, ' ')};`);
  writeFileSync(scriptFile, `begin;\nset local jit = off;\n${lines.join('\n')}\ncommit;\n`);
  const result = await runPgbench({
    binary,
    url,
    scriptFile,
    clients: 1,
    threads: 1,
    durationS,
    protocol: 'simple',
  });
  return result.tps;
}

const actorOf = (membership: Partial<Actor['memberships'][number]>): Actor => ({
  userId: '00000000-0000-0000-0000-000000000000',
  name: 'Bench',
  email: 'bench@familiennetz.example',
  isInstanceAdmin: false,
  memberships: [
    {
      id: 'bench',
      organizationId: '00000000-0000-0000-0000-000000000001',
      organizationName: 'Bench',
      organizationType: 'youth_office',
      municipalityId: '00000000-0000-0000-0000-000000000002',
      state: 'NW',
      role: 'planner',
      ...membership,
    },
  ],
});

function report(name: string, m: Measured, goal: number) {
  const appTps = 1000 / median(m.samplesMs);
  console.log(
    `${name}: median ${ms(median(m.samplesMs))}, p95 ${ms(percentile(m.samplesMs, 95))} (goal < ${goal} ms)` +
      (m.pgbenchTps
        ? `; pgbench ${m.pgbenchTps.toFixed(2)} tps, app ${appTps.toFixed(2)}/s → ratio ${(appTps / m.pgbenchTps).toFixed(2)}`
        : ''),
  );
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
      actor: actorOf({ municipalityId: largest.id }),
      locale: 'de' as const,
      config,
    };
    const office = {
      db: handle.db,
      actor: actorOf({ organizationType: 'state_office', role: 'staff' }),
      locale: 'de' as const,
      config,
    };
    const query = { municipalityId: largest.id, year };
    const dashboardSamples = await sample(options.runs, () => getCoverage(planner, query));
    const stateRuns = Math.max(5, Math.round(options.runs / 10));
    const first = await stateAggregates(office, { state: 'NW', year });
    const stateSamples = await sample(stateRuns, () => stateAggregates(office, { state: 'NW', year }));
    const dashboardSql = [year, year - 1].flatMap((y) => Object.values(coverageStatements(largest.id, y)));
    const result: PlanningResult = {
      municipality: { organizations: largest.n, districts: largest.districts },
      municipalities: first.items.length,
      dashboard: {
        samplesMs: dashboardSamples,
        pgbenchTps: await pgbenchTps(bench.url, dashboardSql, 'planning-dashboard', 10),
      },
      state: {
        samplesMs: stateSamples,
        pgbenchTps: await pgbenchTps(
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
      report('dashboard (this year and the year before)', result.dashboard, PLANNING_GOALS.dashboardP95Ms);
    if (result.state) report('state aggregates (NW)', result.state, PLANNING_GOALS.stateP95Ms);
    return { result, rows: rowsOf(result) };
  } finally {
    await handle.close();
  }
}

function rowsOf(result: PlanningResult): SummaryRow[] {
  const row = (metric: string, m: Measured | undefined, goal: number): SummaryRow => {
    const p95 = m && m.samplesMs.length > 0 ? percentile(m.samplesMs, 95) : undefined;
    const ratio =
      m?.pgbenchTps && p95 !== undefined
        ? ` (÷ pgbench ${(1000 / median(m.samplesMs) / m.pgbenchTps).toFixed(2)})`
        : '';
    return {
      benchmark: 'planning',
      metric,
      value: p95 === undefined ? 'skipped' : `${ms(p95)}${ratio}`,
      goal: `< ${goal} ms`,
      isMet: p95 === undefined ? undefined : p95 < goal,
    };
  };
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
