import { createHmac } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../http/errors';
import { lockedError } from '../../http/rate-limit/failure-counter';
import { sendAuthResponse, toWebRequest } from './auth-forward';
import { singleSignOnRoutes } from './sso-routes';

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

/**
 * better-auth endpoints that check a password or a token, each limited per client IP when the wildcard
 * below forwards it. A route of its own for one of them (like sign-in) takes
 * `config: { rateLimit: app.limits.perClient }` instead.
 */
const CREDENTIAL_PATHS = new Set(
  [
    'sign-in/email',
    'change-password',
    'request-password-reset',
    'forget-password',
    'reset-password',
    'verify-email',
  ].map((path) => `/api/auth/${path}`),
);

function credentialPathOf(path: string): string | undefined {
  if (path.startsWith('/api/auth/reset-password/')) return '/api/auth/reset-password/:token';
  return CREDENTIAL_PATHS.has(path) ? path : undefined;
}

/** The account lock counts per e-mail address; Redis keeps only a keyed hash of it. */
function lockSubjectOf(request: FastifyRequest, email: string): string {
  return createHmac('sha256', request.server.config.authSecret)
    .update(email.trim().toLowerCase())
    .digest('hex');
}

/** Password sign-in: refused while the e-mail address is locked; failures count towards the lock. */
async function signInWithPassword(request: FastifyRequest<{ Body: { email: string } }>, reply: FastifyReply) {
  const { accountLock } = request.server.limits;
  const subject = lockSubjectOf(request, request.body.email);
  const lockedForMs = await accountLock.lockedForMs(subject);
  if (lockedForMs > 0) throw lockedError(reply, lockedForMs, 'error.accountLocked');
  const response = await request.server.auth.handler(toWebRequest(request, request.url, request.body));
  if (response.status === 401) await accountLock.recordFailure(subject);
  else if (response.ok) await accountLock.reset(subject);
  return sendAuthResponse(request, reply, response);
}

/** better-auth's endpoints under /api/auth, with limits on every credential check. */
export async function authRoutes(app: FastifyInstance) {
  const forward = async (request: FastifyRequest, reply: FastifyReply) =>
    sendAuthResponse(
      request,
      reply,
      await app.auth.handler(toWebRequest(request, request.url, request.body)),
    );
  const limits = new Map<string, (request: FastifyRequest, reply: FastifyReply) => Promise<void>>();
  for (const path of [...CREDENTIAL_PATHS, '/api/auth/reset-password/:token']) {
    limits.set(path, app.limits.perClientOn(path));
  }

  app.post(
    '/api/auth/sign-in/email',
    {
      config: { rateLimit: app.limits.perClient },
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
    signInWithPassword,
  );
  if (app.config.oidc) await app.register(singleSignOnRoutes);
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    schema: { hide: true },
    handler: async (request, reply) => {
      const path = request.url.split('?', 1)[0] ?? '';
      // better-auth routes the path as a URL parser reads it: one it would rewrite never gets there.
      if (new URL(path, app.config.publicUrl).pathname !== path) {
        throw new AppError('bad_request', { detail: 'error.nonCanonicalPath' });
      }
      const limit = limits.get(credentialPathOf(path) ?? '');
      if (limit) await limit(request, reply);
      return forward(request, reply);
    },
  });
}
