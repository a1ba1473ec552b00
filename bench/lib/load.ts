import autocannon from 'autocannon';
import { percentile } from './report';

export interface LoadResult {
  title: string;
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

/**
 * One autocannon run. Latencies are taken from every response (autocannon's own summary has no p95),
 * so the percentiles are exact.
 */
export function runLoad(options: {
  title: string;
  url: string;
  headers?: Record<string, string>;
  connections: number;
  durationS: number;
}): Promise<LoadResult> {
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
