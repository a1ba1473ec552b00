import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';
import { describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildUser } from '../../test/factories';
import type { CounterStore } from './counter-store';
import { FallbackCounterStore, RedisCounterStore } from './redis-store';

const redisUrl = process.env.REDIS_URL;
const LIMIT = 3;

function signIn(t: TestApp, email: string, password: string, remoteAddress = '127.0.0.1') {
  return t.request({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    remoteAddress,
    payload: { email, password },
  });
}

/** A logger that records warnings (the tests must not print to the console). */
function recordingLog() {
  const warnings: string[] = [];
  const log = { warn: (_object: unknown, message: string) => warnings.push(message) };
  return { log: log as unknown as FastifyBaseLogger, warnings };
}

describe.skipIf(!redisUrl)('counters in Redis (REDIS_URL)', () => {
  // Each test its own key prefix: test files run in parallel against the same Redis.
  const shared = () => ({ redisUrl, redisKeyPrefix: `fn-test:${randomUUID()}:`, signInRateLimit: LIMIT });

  it('two app servers sharing Redis allow the configured number of attempts, not twice as many', async () => {
    const config = shared();
    const [a, b] = [await buildTestApp(config), await buildTestApp(config)];
    const statuses: number[] = [];
    for (let i = 0; i < 2 * LIMIT; i++) {
      statuses.push((await signIn(i % 2 === 0 ? a : b, 'wer@familiennetz.example', 'falsch')).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
  }, 120_000);

  it('the account lock holds on every app server', async () => {
    const config = { ...shared(), signInRateLimit: 100, accountLock: { attempts: 2, windowMs: 60_000 } };
    const [a, b] = [await buildTestApp(config), await buildTestApp(config)];
    const user = await buildUser(b.db);
    expect((await signIn(a, user.email, 'falsch-falsch', '198.51.100.1')).statusCode).toBe(401);
    expect((await signIn(b, user.email, 'falsch-falsch', '198.51.100.2')).statusCode).toBe(401);
    expect((await signIn(b, user.email, 'familiennetz-demo', '198.51.100.3')).statusCode).toBe(429);
  }, 120_000);

  it('when Redis goes away, counting goes on in this process and the log says so', async () => {
    if (!redisUrl) return;
    const redis = new Redis(redisUrl, { lazyConnect: true });
    await redis.connect();
    const { log, warnings } = recordingLog();
    const store = new FallbackCounterStore(new RedisCounterStore(redis, `fn-test:${randomUUID()}:`), log);
    await store.increment('k', 60_000);
    expect(await store.read('k')).toMatchObject({ count: 1 });
    expect(warnings).toEqual([]);
    await redis.quit();
    expect(await store.increment('k', 60_000)).toMatchObject({ count: 1 });
    expect(await store.increment('k', 60_000)).toMatchObject({ count: 2 });
    expect(warnings).toEqual([
      'Redis is unreachable: sign-in attempts are counted per app server until it is back',
    ]);
  });
});

describe('Redis unreachable', () => {
  it('sign-in still answers (no 5xx), limited by this process', async () => {
    const t = await buildTestApp({ redisUrl: 'redis://127.0.0.1:1', signInRateLimit: LIMIT });
    const user = await buildUser(t.db);
    expect((await signIn(t, user.email, 'familiennetz-demo')).statusCode).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++) statuses.push((await signIn(t, user.email, 'falsch')).statusCode);
    expect(statuses).toEqual([401, 401, 429]);
  });

  it('a failing Redis command falls back too', async () => {
    const failing: CounterStore & { isReady: boolean } = {
      isReady: true,
      increment: vi.fn().mockRejectedValue(new Error('READONLY')),
      read: vi.fn().mockRejectedValue(new Error('READONLY')),
      expireIn: vi.fn().mockRejectedValue(new Error('READONLY')),
      delete: vi.fn().mockRejectedValue(new Error('READONLY')),
    };
    const { log, warnings } = recordingLog();
    const store = new FallbackCounterStore(failing, log);
    expect(await store.increment('k', 60_000)).toMatchObject({ count: 1 });
    expect(await store.read('k')).toMatchObject({ count: 1 });
    await store.delete('k');
    expect(await store.read('k')).toMatchObject({ count: 0 });
    expect(warnings).toHaveLength(1);
  });
});
