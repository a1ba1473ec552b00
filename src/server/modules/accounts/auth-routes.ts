import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type ErrorCode, sendError } from '../../http/errors';
import type { MessageKey } from '../../http/i18n';

/** Copies a better-auth (Fetch API) response onto the Fastify reply; its errors become problem+json. */
async function sendAuthResponse(request: FastifyRequest, reply: FastifyReply, response: Response) {
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);
  if (response.status >= 400) {
    const body = (await response.json().catch(() => ({}))) as { code?: string };
    return sendError(request, reply, codeForStatus(response.status), { detail: detailFor(body.code) });
  }
  response.headers.forEach((value, key) => {
    if (key !== 'set-cookie' && key !== 'content-length') reply.header(key, value);
  });
  return reply.status(response.status).send(response.body ? await response.text() : null);
}

function codeForStatus(status: number): ErrorCode {
  const codes: Record<number, ErrorCode> = {
    401: 'unauthenticated',
    403: 'forbidden',
    404: 'not_found',
    429: 'too_many_requests',
  };
  return codes[status] ?? (status >= 500 ? 'internal' : 'bad_request');
}

function detailFor(code: string | undefined): MessageKey | undefined {
  if (code === 'INVALID_EMAIL_OR_PASSWORD') return 'error.invalidCredentials';
  return undefined;
}

function toWebRequest(request: FastifyRequest, path: string, body: unknown): Request {
  const headers = fromNodeHeaders(request.headers);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  if (hasBody) headers.set('content-type', 'application/json');
  headers.delete('content-length');
  return new Request(new URL(path, request.server.config.publicUrl), {
    method: request.method,
    headers,
    ...(hasBody && { body: JSON.stringify(body ?? {}) }),
  });
}

/** Signs a person in on the current reply (used after an invitation created their account). */
export async function signInAs(
  request: FastifyRequest,
  reply: FastifyReply,
  email: string,
  password: string,
) {
  const response = await request.server.auth.handler(
    toWebRequest(request, '/api/auth/sign-in/email', { email, password }),
  );
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);
}

/** better-auth's endpoints under /api/auth, with a rate limit on password sign-in. */
export async function authRoutes(app: FastifyInstance) {
  const forward = async (request: FastifyRequest, reply: FastifyReply) =>
    sendAuthResponse(
      request,
      reply,
      await app.auth.handler(toWebRequest(request, request.url, request.body)),
    );

  app.post(
    '/api/auth/sign-in/email',
    {
      config: { rateLimit: { max: app.config.signInRateLimit, timeWindow: '1 minute' } },
      schema: {
        tags: ['Sign-in'],
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: z.object({
          email: z.string().max(254),
          password: z.string().max(128),
          rememberMe: z.boolean().optional(),
        }),
      },
    },
    forward,
  );
  // Schemas that accept anything: better-auth checks its own input, but our validator compiler still
  // refuses text PostgreSQL cannot store (a reset token with NUL was a 500).
  const anything = z.unknown();
  app.get('/api/auth/*', { schema: { hide: true, querystring: anything } }, forward);
  app.post('/api/auth/*', { schema: { hide: true, querystring: anything, body: anything } }, forward);
}
