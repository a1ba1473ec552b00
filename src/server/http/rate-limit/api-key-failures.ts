import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { API_KEY_PREFIX } from '../../modules/accounts/actor';
import { lockedError } from './failure-counter';

function isApiKeyAttempt(request: FastifyRequest): boolean {
  return (
    request.url.startsWith('/api/v1/') &&
    request.headers.authorization?.startsWith(`Bearer ${API_KEY_PREFIX}`) === true
  );
}

/**
 * A client IP that sent SIGN_IN_RATE_LIMIT unknown API keys within a minute gets 429 for every API key
 * until the minute is over, whether the next key is right or not: guessing keys teaches nothing.
 * The check runs before app.ts's preHandler resolves the actor; a failure is counted when the response
 * is sent, so the route's own answer (401, or a public list) is unchanged.
 */
export function limitApiKeyFailures(app: FastifyInstance): void {
  // Requests whose key was looked up: one refused before (invalid body, 429) says nothing about its key.
  const checked = new WeakSet<FastifyRequest>();
  app.addHook('preHandler', async (request, reply) => {
    if (!isApiKeyAttempt(request)) return;
    const lockedForMs = await app.limits.apiKeyFailures.lockedForMs(normalizeIP(request.ip));
    if (lockedForMs > 0) throw lockedError(reply, lockedForMs);
    checked.add(request);
  });
  app.addHook('onSend', async (request) => {
    if (!checked.has(request) || request.actor !== null) return;
    await app.limits.apiKeyFailures.recordFailure(normalizeIP(request.ip));
  });
}
