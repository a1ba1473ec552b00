import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { CounterStore } from './counter-store';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * @fastify/rate-limit's store interface on our counters, so that a route's `config.rateLimit` counts
 * in Redis (or this process) like everything else. Each route counts under its own key prefix.
 */
export function pluginStoreOn(counters: CounterStore): FastifyRateLimitStoreCtor {
  class PluginStore implements FastifyRateLimitStore {
    constructor(
      _options: unknown,
      private readonly prefix = 'ip:',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number) {
      counters.increment(this.prefix + key, timeWindow).then(
        ({ count, ttlMs }) => callback(null, { current: count, ttl: ttlMs }),
        (error: Error) => callback(error),
      );
    }

    read(key: string, callback: Callback) {
      counters.read(this.prefix + key).then(
        ({ count, ttlMs }) => callback(null, { current: count, ttl: ttlMs }),
        (error: Error) => callback(error),
      );
    }

    // Called with the route's merged options: `routeInfo` is the route for config.rateLimit, {} otherwise.
    child(options: Parameters<FastifyRateLimitStore['child']>[0]) {
      const { routeInfo } = options as unknown as { routeInfo?: { method?: unknown; url?: unknown } };
      const route = routeInfo?.url ? `${String(routeInfo.method)}:${String(routeInfo.url)}|` : '';
      return new PluginStore(undefined, `${this.prefix}${route}`);
    }
  }
  return PluginStore;
}
