import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Actor } from '../../src/server/policy';
import { findPgbench, runPgbench } from './postgres';
import { median, ms, percentile, type SummaryRow } from './report';

/**
 * What the in-process benchmarks (capacity, planning, planning-graph, agreements-attention) share: a made-up
 * actor, timed calls, the same statements through pgbench, and the p95 row of the summary.
 */

/** A planner of the municipality's Jugendamt unless `membership` says otherwise; no row in the database. */
export const benchActor = (membership: Partial<Actor['memberships'][number]> = {}): Actor => ({
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
      municipalityId: '00000000-0000-0000-0000-000000000002',
      state: 'NW',
      role: 'planner',
      ...membership,
    },
  ],
});

export interface Measured {
  samplesMs: number[];
  pgbenchTps?: number;
}

/** `runs` timed calls after `warmup` untimed ones (plans cached, pool connected). */
export async function sampleCalls(
  runs: number,
  call: () => Promise<unknown>,
  warmup: number,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  return samples;
}

/** The statement with its parameters written in, on one line without comments, for a pgbench script. */
function inlined(query: SQL): string {
  const built = new PgDialect().sqlToQuery(query);
  const text = built.sql.replace(/\$(\d+)/g, (_, n: string) => {
    const value = built.params[Number(n) - 1];
    if (value === null) return 'null';
    if (value instanceof Date) return `'${value.toISOString()}'`;
    return `'${String(value).replaceAll("'", "''")}'`;
  });
  // One line per statement: SQL line comments go first, or they would swallow the rest.
  return text.replace(/--[^\n]*/g, '').replace(/\s+/g, ' ');
}

/** pgbench with one client: the statements as one transaction, without JIT as the app runs them. */
export async function pgbenchStatementsTps(
  url: string,
  statements: SQL[],
  name: string,
  durationS: number,
): Promise<number | undefined> {
  const binary = findPgbench();
  if (!binary) return undefined;
  const scriptFile = join(tmpdir(), `${name}.pgbench.sql`);
  const lines = statements.map((s) => `${inlined(s)};`);
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

/** One line per view: median, p95 against its goal, and pgbench beside it. */
export function printMeasured(name: string, m: Measured, goalMs: number): void {
  const appTps = 1000 / median(m.samplesMs);
  console.log(
    `${name}: median ${ms(median(m.samplesMs))}, p95 ${ms(percentile(m.samplesMs, 95))} (goal < ${goalMs} ms)` +
      (m.pgbenchTps
        ? `; pgbench ${m.pgbenchTps.toFixed(2)} tps, app ${appTps.toFixed(2)}/s → ratio ${(appTps / m.pgbenchTps).toFixed(2)}`
        : ''),
  );
}

/** The summary row of a view's p95 against its goal, with app time ÷ pgbench time beside it. */
export function p95Row(
  benchmark: string,
  metric: string,
  m: Measured | undefined,
  goalMs: number,
): SummaryRow {
  const p95 = m && m.samplesMs.length > 0 ? percentile(m.samplesMs, 95) : undefined;
  const ratio =
    m?.pgbenchTps && p95 !== undefined
      ? ` (÷ pgbench ${(1000 / median(m.samplesMs) / m.pgbenchTps).toFixed(2)})`
      : '';
  return {
    benchmark,
    metric,
    value: p95 === undefined ? 'skipped' : `${ms(p95)}${ratio}`,
    goal: `< ${goalMs} ms`,
    isMet: p95 === undefined ? undefined : p95 < goalMs,
  };
}
