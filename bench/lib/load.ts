import autocannon from 'autocannon';
import { ms, percentile, perSecond, printTable, type SummaryRow } from './report';
import { findWrk, runWrk } from './wrk';

export interface LoadResult {
  title: string;
  /** The load generator: autocannon (in this process) or wrk. */
  tool: 'autocannon' | 'wrk';
  connections: number;
  durationS: number;
  requests: number;
  non2xx: number;
  errors: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface LoadOptions {
  title: string;
  url: string;
  headers?: Record<string, string>;
  connections: number;
  durationS: number;
}

/**
 * One autocannon run. Latencies are taken from every response (autocannon's own summary has no p95),
 * so the percentiles are exact.
 */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationS,
        headers: options.headers ?? {},
        timeout: 10,
      },
      (error: unknown, result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        const ok = result['2xx'];
        resolve({
          title: options.title,
          tool: 'autocannon',
          connections: options.connections,
          durationS: result.duration,
          requests: ok,
          non2xx: result.non2xx,
          errors: result.errors,
          requestsPerSecond: ok / result.duration,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          max: percentile(latencies, 100),
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

/**
 * A load run against `${baseUrl}${path}` with the session cookie; durationS defaults to `defaultDurationS`.
 * Runs with several connections use wrk when it is installed (its CPU per request is a fifth of autocannon's,
 * lib/wrk.ts); one-client runs use autocannon, which times every response.
 */
export function loadRunner(
  baseUrl: string,
  cookie: string,
  defaultDurationS: number,
): (title: string, path: string, connections: number, durationS?: number) => Promise<LoadResult> {
  const wrk = findWrk();
  return (title, path, connections, durationS = defaultDurationS) => {
    const run = { title, url: `${baseUrl}${path}`, headers: { cookie }, connections, durationS };
    return wrk && connections > 1 ? runWrk({ ...run, binary: wrk }) : runLoad(run);
  };
}

/** The table of load runs, and a warning for every run with non-2xx answers or errors. */
export function printLoads(loads: readonly LoadResult[]): void {
  console.log();
  printTable(
    ['run', 'tool', 'conns', 'req/s', 'p50', 'p95', 'p99', 'max', 'requests', 'non-2xx', 'errors'],
    loads.map((l) => [
      l.title,
      l.tool,
      String(l.connections),
      perSecond(l.requestsPerSecond),
      ms(l.p50),
      ms(l.p95),
      ms(l.p99),
      ms(l.max),
      String(l.requests),
      String(l.non2xx),
      String(l.errors),
    ]),
  );
  for (const l of loads) {
    if (l.non2xx > 0 || l.errors > 0)
      console.log(`WARNING: ${l.title}: ${l.non2xx} non-2xx, ${l.errors} errors`);
  }
}

/**
 * Summary rows of a one-client run (p50 / p95 / p99 against the p95 goal, and req/s) and of a run with
 * many connections (req/s with p50 / p95 / p99); `metricPrefix` goes before each metric. With
 * `isNon2xxAMiss` a one-client run with non-2xx answers misses the goal whatever its p95.
 */
export function loadSummaryRows(options: {
  benchmark: string;
  metricPrefix: string;
  one: LoadResult | undefined;
  many: LoadResult | undefined;
  p95GoalMs: number;
  isNon2xxAMiss: boolean;
}): SummaryRow[] {
  const { benchmark, metricPrefix, one, many, p95GoalMs } = options;
  const rows: SummaryRow[] = [];
  if (one) {
    rows.push({
      benchmark,
      metric: `${metricPrefix}1 conn: p50 / p95 / p99`,
      value: `${ms(one.p50)} / ${ms(one.p95)} / ${ms(one.p99)}`,
      goal: `p95 < ${p95GoalMs} ms`,
      isMet: one.p95 < p95GoalMs && (!options.isNon2xxAMiss || one.non2xx === 0),
    });
    rows.push({
      benchmark,
      metric: `${metricPrefix}1 conn: req/s`,
      value: perSecond(one.requestsPerSecond),
      goal: '',
      isMet: undefined,
    });
  }
  if (many) {
    rows.push({
      benchmark,
      metric: `${metricPrefix}${many.connections} conns: req/s (p50 / p95 / p99)`,
      value: `${perSecond(many.requestsPerSecond)} (${ms(many.p50, 1)} / ${ms(many.p95, 1)} / ${ms(many.p99, 1)})`,
      goal: '',
      isMet: undefined,
    });
  }
  return rows;
}
