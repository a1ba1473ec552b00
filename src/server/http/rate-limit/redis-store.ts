import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';
import type { Count, CounterStore } from './counter-store';
import { MemoryCounterStore } from './counter-store';

// One round trip; a key that somehow lost its expiry gets the window again instead of counting forever.
const INCREMENT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if count == 1 or ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`;

const READ = `
local count = redis.call('GET', KEYS[1])
if not count then return {0, 0} end
return {tonumber(count), redis.call('PTTL', KEYS[1])}`;

/** Counters in Redis, shared by every app server. Every call fails fast while Redis is unreachable. */
export class RedisCounterStore implements CounterStore {
  constructor(
    readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  get isReady(): boolean {
    return this.redis.status === 'ready';
  }

  async increment(key: string, windowMs: number): Promise<Count> {
    return countOf(await this.redis.eval(INCREMENT, 1, this.prefix + key, windowMs));
  }

  async read(key: string): Promise<Count> {
    return countOf(await this.redis.eval(READ, 1, this.prefix + key));
  }

  async expireIn(key: string, ms: number): Promise<void> {
    await this.redis.pexpire(this.prefix + key, ms);
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(this.prefix + key);
  }
}

function countOf(reply: unknown): Count {
  const [count, ttlMs] = Array.isArray(reply) ? reply.map(Number) : [];
  return { count: count ?? 0, ttlMs: Math.max(0, ttlMs ?? 0) };
}

const WARN_EVERY_MS = 60_000;

/**
 * Redis, and this process's own counters while Redis is unreachable: sign-in keeps working and stays
 * limited (per app server, so N servers allow N times the limit until Redis is back), with a warning
 * in the log at most once a minute.
 */
export class FallbackCounterStore implements CounterStore {
  private readonly local = new MemoryCounterStore();
  private lastWarning = 0;

  constructor(
    private readonly primary: CounterStore & { readonly isReady: boolean },
    private readonly log: FastifyBaseLogger,
  ) {}

  increment(key: string, windowMs: number) {
    return this.use((store) => store.increment(key, windowMs));
  }

  read(key: string) {
    return this.use((store) => store.read(key));
  }

  expireIn(key: string, ms: number) {
    return this.use((store) => store.expireIn(key, ms));
  }

  delete(key: string) {
    return this.use((store) => store.delete(key));
  }

  private async use<T>(operation: (store: CounterStore) => Promise<T>): Promise<T> {
    if (this.primary.isReady) {
      try {
        return await operation(this.primary);
      } catch (error) {
        this.warn(error);
      }
    } else {
      this.warn(undefined);
    }
    return operation(this.local);
  }

  warn(error: unknown) {
    const now = Date.now();
    if (now - this.lastWarning < WARN_EVERY_MS) return;
    this.lastWarning = now;
    this.log.warn(
      { err: error },
      'Redis is unreachable: sign-in attempts are counted per app server until it is back',
    );
  }
}

export interface OpenedCounterStore {
  store: CounterStore;
  close(): Promise<void>;
}

/** Connects to Redis; an unreachable Redis delays the start by at most `connectTimeoutMs`. */
export async function openRedisCounterStore(
  url: string,
  keyPrefix: string,
  log: FastifyBaseLogger,
  connectTimeoutMs = 2_000,
): Promise<OpenedCounterStore> {
  const redis = new Redis(url, {
    lazyConnect: true,
    // Without a queue a command fails at once while disconnected, and the fallback answers instead.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: connectTimeoutMs,
    // Long enough for a busy event loop, short enough that a hung Redis does not hang sign-in.
    commandTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 500, 5_000),
  });
  const fallback = new FallbackCounterStore(new RedisCounterStore(redis, keyPrefix), log);
  // ioredis prints unhandled connection errors to the console; they belong in the log, once a minute.
  redis.on('error', (error) => fallback.warn(error));
  await redis.connect().catch((error) => fallback.warn(error));
  return { store: fallback, close: async () => redis.disconnect() };
}
