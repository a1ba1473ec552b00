/**
 * Agreements needing attention for a municipality (issue 7): the service behind
 * `GET /api/v1/agreements/attention?municipalityId=…`, called in process as a planner of the
 * municipality with the most agreements, on PostgreSQL holding the NRW-sized set
 * (database `familiennetz_bench`; agreements are generated into it when missing).
 * Goal: p95 < 100 ms.
 */
import { sql } from 'drizzle-orm';
import { generateScaleAgreements } from '../demo/scale-agreements';
import { loadConfig } from '../src/server/config';
import { openDatabase, queryRows } from '../src/server/db/client';
import { attentionList } from '../src/server/modules/agreements/attention';
import { benchActor } from './lib/in-process';
import { databaseUrl, NRW_GENERATOR_ARGS, prepareBenchDatabase, probePostgres } from './lib/postgres';
import { heading, median, ms, percentile, type SummaryRow } from './lib/report';

export const ATTENTION_GOAL_P95_MS = 100;

export interface AttentionResult {
  agreements: number;
  municipalityAgreements: number;
  items: number;
  samplesMs: number[];
  skipped?: string;
}

export async function benchAgreementsAttention(options: {
  pgUrl: string;
  database: string;
  regenerate: boolean;
  runs: number;
}): Promise<{ result: AttentionResult; rows: SummaryRow[] }> {
  heading('Agreements needing attention: one municipality of the NRW set, as its planner');
  const probe = await probePostgres(databaseUrl(options.pgUrl, 'postgres'));
  if ('error' in probe) {
    console.log(`SKIPPED: PostgreSQL unreachable (${probe.error})`);
    const result = {
      agreements: 0,
      municipalityAgreements: 0,
      items: 0,
      samplesMs: [],
      skipped: probe.error,
    };
    return { result, rows: [row(result)] };
  }
  const bench = await prepareBenchDatabase(
    options.pgUrl,
    options.database,
    NRW_GENERATOR_ARGS,
    options.regenerate,
  );
  const handle = await openDatabase({ url: bench.url, poolMax: 2 });
  try {
    await handle.migrate();
    await generateScaleAgreements(handle.db, { seed: 42, onProgress: (m) => console.log(m) });
    const [busiest] = await queryRows<{ municipality_id: string; n: number; total: number }>(
      handle.db,
      sql`select municipality_id, count(*)::int as n, (select count(*)::int from agreements) as total
            from agreements group by municipality_id order by n desc limit 1`,
    );
    if (!busiest) throw new Error('no agreements generated');
    const actor = benchActor({ municipalityId: busiest.municipality_id });
    const ctx = { db: handle.db, actor, locale: 'de' as const, config: loadConfig({}) };
    let items = 0;
    for (let i = 0; i < 10; i++)
      items = (await attentionList(ctx, { municipalityId: busiest.municipality_id })).items.length;
    const samplesMs: number[] = [];
    for (let i = 0; i < options.runs; i++) {
      const started = performance.now();
      await attentionList(ctx, { municipalityId: busiest.municipality_id });
      samplesMs.push(performance.now() - started);
    }
    const result = { agreements: busiest.total, municipalityAgreements: busiest.n, items, samplesMs };
    console.log(
      `${busiest.total} agreements in the set, ${busiest.n} in the municipality, ${items} need attention: ` +
        `median ${ms(median(samplesMs))}, p95 ${ms(percentile(samplesMs, 95))} (goal < ${ATTENTION_GOAL_P95_MS} ms)`,
    );
    return { result, rows: [row(result)] };
  } finally {
    await handle.close();
  }
}

function row(result: AttentionResult): SummaryRow {
  const p95 = result.samplesMs.length > 0 ? percentile(result.samplesMs, 95) : undefined;
  return {
    benchmark: 'agreements-attention',
    metric: `p95, municipality with ${result.municipalityAgreements} agreements (${result.agreements} in the set)`,
    value: p95 === undefined ? 'skipped' : ms(p95),
    goal: `< ${ATTENTION_GOAL_P95_MS} ms`,
    isMet: p95 === undefined ? undefined : p95 < ATTENTION_GOAL_P95_MS,
  };
}
