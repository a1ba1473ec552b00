import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type ErrorCode, sendError } from '../../http/errors';
import type { MessageKey } from '../../http/i18n';

// Between Fastify and better-auth (a Fetch API handler): used by the auth routes and the single sign-on routes.

/** Copies a better-auth (Fetch API) response onto the Fastify reply; its errors become problem+json. */
export async function sendAuthResponse(request: FastifyRequest, reply: FastifyReply, response: Response) {
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
