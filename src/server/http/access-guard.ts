import type { FastifyInstance } from 'fastify';
import type { AccessTrail } from '../service-context';
import { problemOf } from './errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Open to everybody without a policy decision (e.g. the public configuration). */
    public?: boolean;
  }
  interface FastifyRequest {
    /** Set by the primitives of policy.ts when a module's policy decided this request's access. */
    access: AccessTrail;
  }
}

/**
 * Answers a policy has not decided are refused (decision 013). An API route either is declared public
 * or reaches its module's policy (loader, scope, allow); otherwise a 2xx, 403, 404 or 409 would rest on
 * a check written somewhere else, or none. Validation (400), 401 and server errors come before access.
 */
const DECIDED_BEFORE_ACCESS = new Set([400, 401, 408, 413, 415, 422, 429, 431]);

export function registerAccessGuard(app: FastifyInstance): void {
  // A fresh trail per request is set below; a shared default object would leak decisions between requests.
  app.decorateRequest('access', null as unknown as AccessTrail);
  // Public routes say so in the OpenAPI document too: an operation with `security: []` needs no sign-in.
  app.addHook('onRoute', (route) => {
    if (route.config?.public) route.schema = { ...route.schema, security: [] };
  });
  app.addHook('onRequest', async (request) => {
    request.access = { decided: false };
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/v1/') || request.routeOptions.url === undefined) return payload;
    const { config } = request.routeOptions;
    if (config.public || request.access.decided) return payload;
    if (DECIDED_BEFORE_ACCESS.has(reply.statusCode) || reply.statusCode >= 500) return payload;
    request.log.error(
      { route: `${request.method} ${request.routeOptions.url}`, status: reply.statusCode },
      'access not decided by a policy: answer refused',
    );
    reply.removeHeader('content-disposition');
    reply.code(500).type('application/problem+json; charset=utf-8');
    return JSON.stringify(problemOf(request, 'internal'));
  });
}
