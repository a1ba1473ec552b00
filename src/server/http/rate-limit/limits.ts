import rateLimit, { normalizeIP, type RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config';
import { AppError } from '../errors';
import { limitApiKeyFailures } from './api-key-failures';
import { MemoryCounterStore } from './counter-store';
import { FailureCounter } from './failure-counter';
import { pluginStoreOn } from './plugin-store';
import { type OpenedCounterStore, openRedisCounterStore } from './redis-store';

/** The limits on every path that checks a credential (docs: README, "Sign-in protection"). */
export interface Limits {
  /**
   * Route option for a credential check: `config: { rateLimit: app.limits.perClient }` allows
   * SIGN_IN_RATE_LIMIT attempts per client IP and minute on that route, counted on all app servers.
   */
  perClient: RateLimitOptions;
  /** The same limit for a path that a wildcard route forwards (better-auth's endpoints), named `name`. */
  perClientOn(name: string): (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  /** Failed passwords per e-mail address, whatever the client IP. */
  accountLock: FailureCounter;
  /** Failed API keys per client IP. */
  apiKeyFailures: FailureCounter;
}

declare module 'fastify' {
  interface FastifyInstance {
    limits: Limits;
  }
}

async function openCounters(app: FastifyInstance, config: Config): Promise<OpenedCounterStore> {
  if (!config.redisUrl) return { store: new MemoryCounterStore(), close: async () => {} };
  return openRedisCounterStore(config.redisUrl, config.redisKeyPrefix, app.log);
}

/** Counters (Redis or this process), @fastify/rate-limit on them, and `app.limits`. */
export async function registerRateLimits(app: FastifyInstance, config: Config): Promise<void> {
  const counters = await openCounters(app, config);
  app.addHook('onClose', counters.close);
  await app.register(rateLimit, {
    global: false,
    store: pluginStoreOn(counters.store),
    errorResponseBuilder: (_request, context) =>
      new AppError('too_many_requests', { params: { seconds: Math.ceil(context.ttl / 1000) } }),
  });
  const perClient = { max: config.signInRateLimit, timeWindow: config.rateLimitWindowMs };
  const perClientOn = (name: string) => {
    const hook = app.rateLimit({
      ...perClient,
      keyGenerator: (request) => `${name}|${normalizeIP(request.ip)}`,
    });
    return async (request: FastifyRequest, reply: FastifyReply) => {
      await hook.call(app, request, reply);
    };
  };
  const perClientFailures = { attempts: config.signInRateLimit, windowMs: config.rateLimitWindowMs };
  app.decorate('limits', {
    perClient,
    perClientOn,
    accountLock: new FailureCounter(counters.store, 'sign-in-lock', config.accountLock),
    apiKeyFailures: new FailureCounter(counters.store, 'api-key-failures', perClientFailures),
  });
  limitApiKeyFailures(app);
}
