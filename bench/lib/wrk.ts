import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { outputOf } from './command';
import type { LoadOptions, LoadResult } from './load';

const REPORT_SCRIPT = fileURLToPath(new URL('./wrk-report.lua', import.meta.url));

/**
 * wrk (Debian package `wrk`, written in C) when installed. The load generator runs on the same two cores as the
 * server and PostgreSQL, so its CPU is taken from both: autocannon needs about 0.18 ms per request, wrk about 0.03
 * (measured with the finder's 17 KB answers). pgbench, the other side of every ratio, is written in C too.
 */
export function findWrk(): string | undefined {
  const onPath = spawnSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' });
  const found = onPath.stdout.trim();
  return onPath.status === 0 && found ? found : undefined;
}

/** One wrk run with `connections` keep-alive connections on two threads; latencies in ms. */
export async function runWrk(options: LoadOptions & { binary: string }): Promise<LoadResult> {
  const headerArgs = Object.entries(options.headers ?? {})
    .filter(([, value]) => value !== '')
    .flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const args = [
    '-t',
    String(Math.min(2, options.connections)),
    '-c',
    String(options.connections),
    '-d',
    `${options.durationS}s`,
    '--timeout',
    '10s',
    '-s',
    REPORT_SCRIPT,
    ...headerArgs,
    options.url,
  ];
  const output = await outputOf(options.binary, args);
  const line = output.split('\n').find((l) => l.startsWith('WRK-JSON '));
  if (!line) throw new Error(`wrk printed no report:\n${output}`);
  const r = JSON.parse(line.slice('WRK-JSON '.length)) as {
    requests: number;
    durationUs: number;
    non2xx: number;
    errors: number;
    p50: number;
    p95: number;
    p99: number;
    max: number;
  };
  const durationS = r.durationUs / 1e6;
  const ok = r.requests - r.non2xx;
  return {
    title: options.title,
    tool: 'wrk',
    connections: options.connections,
    durationS,
    requests: ok,
    non2xx: r.non2xx,
    errors: r.errors,
    requestsPerSecond: ok / durationS,
    p50: r.p50 / 1000,
    p95: r.p95 / 1000,
    p99: r.p99 / 1000,
    max: r.max / 1000,
  };
}
