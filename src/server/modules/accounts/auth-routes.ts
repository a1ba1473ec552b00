import { createHmac } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { problems } from '../../http/context';
import { AppError } from '../../http/errors';
import { lockedError } from '../../http/rate-limit/failure-counter';
import { sendAuthResponse, toWebRequest } from './auth-forward';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy';
import { PASSWORD_RESET_MINUTES, RESET_PAGE_PATH } from './password-reset';
import { singleSignOnRoutes } from './sso-routes';

/** A reset request is answered no sooner than this, for known and unknown addresses alike. */
const RESET_REQUEST_MIN_MILLISECONDS = 250;

const sleep = (milliseconds: number) =>
  milliseconds > 0 ? new Promise((resolve) => setTimeout(resolve, milliseconds)) : Promise.resolve();

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
      config: { public: true, rateLimit: app.limits.perClient },
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
  app.post(
    '/api/auth/request-password-reset',
    {
      config: { public: true, rateLimit: app.limits.perClient },
      schema: {
        tags: ['Sign-in'],
        summary: 'Ask for a password reset link by e-mail',
        description: `Answers alike, and after about the same time, whether the address is known or not. A known person gets an e-mail with a link to ${RESET_PAGE_PATH}/{token} that works once within ${PASSWORD_RESET_MINUTES} minutes; someone who signs in by single sign-on only gets a hint to use it instead.`,
        body: z
          .object({ email: z.email().max(254) })
          .meta({ example: { email: 'leitung@fz-sonnenblume.example' } }),
        response: {
          200: z.object({ status: z.boolean(), message: z.string() }).meta({
            example: { status: true, message: 'If this email exists in our system, check your email' },
          }),
          ...problems(400, 429),
        },
      },
    },
    async (request, reply) => {
      const answerAt = Date.now() + RESET_REQUEST_MIN_MILLISECONDS;
      const response = await app.auth.handler(toWebRequest(request, request.url, request.body));
      // Mailing a known person takes a few milliseconds more than looking up an unknown one.
      await sleep(answerAt - Date.now());
      return sendAuthResponse(request, reply, response);
    },
  );
  app.post(
    '/api/auth/reset-password',
    {
      config: { public: true, rateLimit: app.limits.perClient },
      schema: {
        tags: ['Sign-in'],
        summary: 'Set a new password with the token from the reset e-mail; ends every session of the person',
        description: `The new password must pass the password policy (at least ${PASSWORD_MIN_LENGTH} characters, not a common password, nothing of the e-mail address, not "Familiennetz"): otherwise 422 naming \`newPassword\`. An unknown, used or expired token gets 400.`,
        body: z
          .object({ token: z.string().min(1).max(200), newPassword: z.string().max(PASSWORD_MAX_LENGTH) })
          .meta({ example: { token: 'Xq3…', newPassword: 'Kaffee mit Milch am Morgen' } }),
        response: { 200: z.object({ status: z.boolean() }), ...problems(400, 422, 429) },
      },
    },
    forward,
  );
  // Schemas that accept anything: better-auth checks its own input, but our validator compiler still
  // refuses text PostgreSQL cannot store (a reset token with NUL was a 500).
  const anything = z.unknown();
  const forwardChecked = async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?', 1)[0] ?? '';
    // better-auth routes the path as a URL parser reads it: one it would rewrite never gets there.
    if (new URL(path, app.config.publicUrl).pathname !== path) {
      throw new AppError('bad_request', { detail: 'error.nonCanonicalPath' });
    }
    const limit = limits.get(credentialPathOf(path) ?? '');
    if (limit) await limit(request, reply);
    return forward(request, reply);
  };
  app.get('/api/auth/*', { schema: { hide: true, querystring: anything } }, forwardChecked);
  app.post('/api/auth/*', { schema: { hide: true, querystring: anything, body: anything } }, forwardChecked);
}
