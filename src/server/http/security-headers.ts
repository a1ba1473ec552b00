import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

export type SecurityHeaders = Readonly<Record<string, string>>;

/**
 * helmet decides which security headers to send; they depend only on the configuration, so we ask
 * it once at start-up and set the result on every reply (running helmet per request cost ~5 % CPU).
 * The same headers go on answers written outside the hooks (malformed URLs, raw client errors).
 */
export function securityHeadersOf(options: HelmetOptions): SecurityHeaders {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as never, response as never, () => {});
  return headers;
}

export function registerSecurityHeaders(app: FastifyInstance, headers: SecurityHeaders) {
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(headers);
  });
  app.addHook('onSend', async (request, reply) => {
    if (isPrivateAnswer(request, reply)) reply.header('cache-control', 'no-store');
  });
}

/**
 * API answers for a signed-in person (session cookie or API key), about them (`/api/v1/me`) or that
 * set a cookie must not be kept by browsers or proxies; anonymous public answers stay cacheable.
 */
function isPrivateAnswer(request: FastifyRequest, reply: FastifyReply): boolean {
  if (!request.url.startsWith('/api/')) return false;
  return (
    request.headers.cookie !== undefined ||
    request.headers.authorization !== undefined ||
    request.url.startsWith('/api/v1/me') ||
    reply.hasHeader('set-cookie')
  );
}
