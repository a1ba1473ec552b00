import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type ErrorCode, sendError } from '../../http/errors';
import { isMessageKey, type MessageKey } from '../../http/i18n';
import { passwordLimits } from './password-policy';
import { PASSWORD_POLICY_CODE } from './password-reset';

// Between Fastify and better-auth (a Fetch API handler): used by the auth routes and the single sign-on routes.

/** Copies a better-auth (Fetch API) response onto the Fastify reply; its errors become problem+json. */
export async function sendAuthResponse(request: FastifyRequest, reply: FastifyReply, response: Response) {
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

export function toWebRequest(request: FastifyRequest, path: string, body: unknown): Request {
  const headers = fromNodeHeaders(request.headers);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  if (hasBody) headers.set('content-type', 'application/json');
  headers.delete('content-length');
  // better-auth records the client's address with a new session (shown in the list of one's sessions) from this
  // header; Fastify's request.ip honours TRUST_PROXY, a header sent by the client itself does not.
  headers.set('x-forwarded-for', request.ip);
  return new Request(new URL(path, request.server.config.publicUrl), {
    method: request.method,
    headers,
    ...(hasBody && { body: JSON.stringify(body ?? {}) }),
  });
}
