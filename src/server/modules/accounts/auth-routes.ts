import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { problems } from '../../http/context';
import { type ErrorCode, sendError } from '../../http/errors';
import { isMessageKey, type MessageKey } from '../../http/i18n';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLimits } from './password-policy';
import { PASSWORD_POLICY_CODE, PASSWORD_RESET_MINUTES, RESET_PAGE_PATH } from './password-reset';

/** A reset request is answered no sooner than this, for known and unknown addresses alike. */
const RESET_REQUEST_MIN_MILLISECONDS = 250;

const sleep = (milliseconds: number) =>
  milliseconds > 0 ? new Promise((resolve) => setTimeout(resolve, milliseconds)) : Promise.resolve();

/** Copies a better-auth (Fetch API) response onto the Fastify reply; its errors become problem+json. */
async function sendAuthResponse(request: FastifyRequest, reply: FastifyReply, response: Response) {
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);
  if (response.status >= 400) {
    const body = (await response.json().catch(() => ({}))) as AuthErrorBody;
    return sendError(request, reply, codeForStatus(response.status), problemOptions(body));
  }
  response.headers.forEach((value, key) => {
    if (key !== 'set-cookie' && key !== 'content-length') reply.header(key, value);
  });
  return reply.status(response.status).send(response.body ? await response.text() : null);
}

interface AuthErrorBody {
  code?: string;
  message?: string;
  field?: string;
}

function codeForStatus(status: number): ErrorCode {
  const codes: Record<number, ErrorCode> = {
    401: 'unauthenticated',
    403: 'forbidden',
    404: 'not_found',
    422: 'validation',
    429: 'too_many_requests',
  };
  return codes[status] ?? (status >= 500 ? 'internal' : 'bad_request');
}

const details: Record<string, MessageKey> = {
  INVALID_EMAIL_OR_PASSWORD: 'error.invalidCredentials',
  INVALID_TOKEN: 'password.resetLinkInvalid',
  INVALID_PASSWORD: 'password.currentWrong',
};

function problemOptions(body: AuthErrorBody): Parameters<typeof sendError>[3] {
  // The password policy's refusal (password-reset.ts) names the field and says why, like our own routes do.
  if (body.code === PASSWORD_POLICY_CODE && body.field && body.message && isMessageKey(body.message)) {
    return { errors: [{ path: body.field, message: body.message, params: passwordLimits }] };
  }
  return { detail: body.code ? details[body.code] : undefined };
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

/** better-auth's endpoints under /api/auth, with a rate limit on password sign-in; the password reset documented. */
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
  app.post(
    '/api/auth/request-password-reset',
    {
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
  app.route({ method: ['GET', 'POST'], url: '/api/auth/*', schema: { hide: true }, handler: forward });
}
