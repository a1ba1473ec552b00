/**
 * Quality seal (issue 19 §10), in process on PostgreSQL holding the NRW-sized set (database
 * `familiennetz_bench`; its seal data generated into it when missing, see demo/scale-seal.ts):
 *   - the self-check of one centre (`selfCheckOf`, as `GET /api/v1/seal/centres/{id}/self-check` runs it) as
 *     its lead: the centre of the largest municipality with a cycle due within 12 months (its review year
 *     holds sessions) and the most offerings;
 *   - the planner's overview of the largest municipality (`GET /api/v1/seal/overview?municipalityId=`);
 *   - the report PDF of that centre: the self-check rendered by `renderSealReportPdf`.
 * Beside the self-check and the overview, the same statements through `pgbench` with one client, one
 * transaction per call: captured on the wire from one call (bench/lib/wire-counter.ts) with their parameters.
 * Goals: self-check p95 < 200 ms, overview p95 < 300 ms, report PDF < 1 s (p95).
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { generateScaleSeal } from '../demo/scale-seal';
import { loadConfig } from '../src/server/config';
import { type Database, openDatabase, queryRows } from '../src/server/db/client';
import { sealOverview } from '../src/server/modules/seal/overview';
import { renderSealReportPdf } from '../src/server/modules/seal/report-pdf';
import { selfCheckOf } from '../src/server/modules/seal/self-check';
import type { ServiceContext } from '../src/server/service-context';
import { benchActor, type Measured, p95Row, printMeasured, sampleCalls } from './lib/in-process';
import {
  databaseUrl,
  findPgbench,
  NRW_GENERATOR_ARGS,
  prepareBenchDatabase,
  probePostgres,
  runPgbench,
} from './lib/postgres';
import { heading, median, ms, percentile, type SummaryRow } from './lib/report';
import { repoRoot } from './lib/server';
import { inlineStatement, startWireCounter } from './lib/wire-counter';

export const SEAL_GOALS = { selfCheckP95Ms: 200, overviewP95Ms: 300, reportMs: 1000 };

export interface SealResult {
  centre?: { name: string; offerings: number; reviewYear: number; criteriaMet: number };
  municipality?: { subjects: number };
  selfCheck?: Measured & { statements: number };
  overview?: Measured & { statements: number };
  reportMs?: number[];
  skipped?: string;
}

type Call = (ctx: ServiceContext) => Promise<unknown>;

/**
 * The statements one call sends, captured through a wire counter in front of PostgreSQL, run by pgbench as
 * one transaction per call (tps = calls/s of the bare SQL). Read-only statements only: nothing to undo.
 */
async function capturedTps(
  url: string,
  ctx: Omit<ServiceContext, 'db'>,
  call: Call,
  name: string,
): Promise<{ tps: number | undefined; statements: number }> {
  const target = new URL(url);
  const counter = await startWireCounter(target.hostname, Number(target.port || 5432));
  const proxied = new URL(url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(counter.port);
  const handle = await openDatabase({ url: proxied.toString(), poolMax: 1 });
  let statements: string[];
  try {
    await call({ ...ctx, db: handle.db });
    const before = counter.snapshot().statements.length;
    await call({ ...ctx, db: handle.db });
    statements = counter
      .snapshot()
      .statements.slice(before)
      .map(inlineStatement)
      .filter((s) => !/^(begin|commit|rollback)\b/i.test(s));
  } finally {
    await handle.close();
    await counter.close();
  }
  const binary = findPgbench();
  if (!binary || statements.length === 0) return { tps: undefined, statements: statements.length };
  const dir = join(repoRoot, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const scriptFile = join(dir, `${name}.pgbench.sql`);
  writeFileSync(scriptFile, `begin;\n${statements.join('\n')}\ncommit;\n`);
  const result = await runPgbench({
    binary,
    url,
    scriptFile,
    clients: 1,
    threads: 1,
    durationS: 10,
    protocol: 'extended',
  });
  console.log(`  pgbench ${name}: ${statements.length} statements per call, script ${scriptFile}`);
  return { tps: result.tps, statements: statements.length };
}

/** The centre to check: in the largest municipality, due within 12 months, the most offerings. */
async function pickCentre(db: Database) {
  const [centre] = await queryRows<{
    id: string;
    name: string;
    municipality_id: string;
    offerings: number;
    review_year: number;
  }>(
    db,
    sql`with largest as (select municipality_id from organizations group by municipality_id
                           order by count(*) desc limit 1)
        select o.id, o.name, o.municipality_id, c.review_year,
               (select count(*)::int from offering_organizers x where x.organization_id = o.id) as offerings
          from organizations o join seal_cycles c on c.organization_id = o.id
         where o.type = 'family_centre' and o.municipality_id = (select municipality_id from largest)
           and c.valid_until < current_date + 365
         order by offerings desc limit 1`,
  );
  return centre;
}

export async function benchSeal(options: {
  pgUrl: string;
  database: string;
  regenerate: boolean;
  runs: number;
}): Promise<{ result: SealResult; rows: SummaryRow[] }> {
  heading('Quality seal: one centre’s self-check, the planner’s overview and the report PDF on the NRW set');
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
    await generateScaleSeal(handle.db, { seed: 42, onProgress: (m) => console.log(`  ${m}`) });
    const centre = await pickCentre(handle.db);
    if (!centre) throw new Error('no family centre with a cycle due within 12 months in the bench database');
    const config = loadConfig({});
    const lead = {
      actor: benchActor({
        organizationId: centre.id,
        organizationName: centre.name,
        organizationType: 'family_centre',
        municipalityId: centre.municipality_id,
        role: 'lead',
      }),
      locale: 'de' as const,
      config,
    };
    const selfCheck: Call = (ctx) => selfCheckOf(ctx, centre.id, { locale: 'de' });
    const first = await selfCheckOf({ ...lead, db: handle.db }, centre.id, { locale: 'de' });
    const selfCheckSamples = await sampleCalls(options.runs, () => selfCheck({ ...lead, db: handle.db }), 3);
    const captured = await capturedTps(bench.url, lead, selfCheck, 'seal-self-check');
    // The report as the route makes it: the self-check, then the PDF (the checklist needs no database here).
    const reportMs = await sampleCalls(
      Math.max(5, Math.round(options.runs / 10)),
      async () =>
        renderSealReportPdf({
          selfCheck: await selfCheckOf({ ...lead, db: handle.db }, centre.id, { locale: 'de' }),
          checklist: [],
          generatedAt: new Date().toISOString(),
        }),
      1,
    );
    // The planner's overview of the same (largest) municipality, as its Jugendamt's planner.
    const planner = {
      actor: benchActor({ municipalityId: centre.municipality_id }),
      locale: 'de' as const,
      config,
    };
    const overview: Call = (ctx) => sealOverview(ctx, { municipalityId: centre.municipality_id });
    const firstOverview = await sealOverview(
      { ...planner, db: handle.db },
      { municipalityId: centre.municipality_id },
    );
    const overviewSamples = await sampleCalls(options.runs, () => overview({ ...planner, db: handle.db }), 3);
    const overviewCaptured = await capturedTps(bench.url, planner, overview, 'seal-overview');
    const result: SealResult = {
      municipality: { subjects: firstOverview.items.length },
      overview: {
        samplesMs: overviewSamples,
        pgbenchTps: overviewCaptured.tps,
        statements: overviewCaptured.statements,
      },
      centre: {
        name: centre.name,
        offerings: centre.offerings,
        reviewYear: centre.review_year,
        criteriaMet: first.summary.criteriaMet,
      },
      selfCheck: { samplesMs: selfCheckSamples, pgbenchTps: captured.tps, statements: captured.statements },
      reportMs,
    };
    console.log(
      `centre: ${centre.name}, ${centre.offerings} offerings, review year ${centre.review_year}, ` +
        `${first.summary.criteriaMet}/${first.summary.criteria} criteria met, ${first.summary.areasMet} areas met`,
    );
    if (result.selfCheck)
      printMeasured('self-check of one centre', result.selfCheck, SEAL_GOALS.selfCheckP95Ms);
    if (result.overview)
      printMeasured(
        `overview of the largest municipality (${firstOverview.items.length} subjects)`,
        result.overview,
        SEAL_GOALS.overviewP95Ms,
      );
    console.log(
      `report PDF (self-check + render): median ${ms(median(reportMs))}, p95 ${ms(percentile(reportMs, 95))} (goal < ${SEAL_GOALS.reportMs} ms)`,
    );
    return { result, rows: rowsOf(result) };
  } finally {
    await handle.close();
  }
}

function rowsOf(result: SealResult): SummaryRow[] {
  const report = result.reportMs && result.reportMs.length > 0 ? percentile(result.reportMs, 95) : undefined;
  return [
    p95Row(
      'seal',
      `p95 self-check of one centre (${result.selfCheck?.statements ?? '–'} statements)`,
      result.selfCheck,
      SEAL_GOALS.selfCheckP95Ms,
    ),
    p95Row(
      'seal',
      `p95 overview of the largest municipality (${result.municipality?.subjects ?? '–'} subjects)`,
      result.overview,
      SEAL_GOALS.overviewP95Ms,
    ),
    {
      benchmark: 'seal',
      metric: 'p95 report PDF of one centre (self-check + render)',
      value: report === undefined ? 'skipped' : ms(report),
      goal: `< ${SEAL_GOALS.reportMs} ms`,
      isMet: report === undefined ? undefined : report < SEAL_GOALS.reportMs,
    },
  ];
}
