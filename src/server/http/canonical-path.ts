import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './errors';

/**
 * Spellings that some layer rewrites into another path: dot segments (also percent-encoded), empty
 * segments, encoded or back slashes and fragments. Fastify routes them as written, better-auth and every
 * WHATWG URL parser resolve them, so `/api/auth/x/../sign-in/email` reached sign-in past its rate limit.
 */
const NON_CANONICAL = /(?:^|\/)\.\.?(?:\/|$)|\/\/|%2e|%2f|%5c|\\|#/i;
const ABSOLUTE_FORM = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i;

/** True when the request target is an origin-form path (`/…`) that no parser would rewrite. */
export function isCanonicalTarget(url: string): boolean {
  const path = url.split('?', 1)[0] ?? '';
  return path.startsWith('/') && !NON_CANONICAL.test(path);
}

/**
 * Refuses non-normalised paths before routing. Browsers normalise paths before sending them, so only
 * hand-made requests (`curl --path-as-is`) are affected. An absolute-form target (`http://host/path`,
 * meant for forward proxies) is judged by its path, and refused for the API, whose routes and limits
 * are keyed by origin-form paths.
 */
export async function refuseNonCanonicalPaths(request: FastifyRequest, reply: FastifyReply) {
  const target = request.url.replace(ABSOLUTE_FORM, '');
  const isAbsoluteToApi = target !== request.url && target.startsWith('/api');
  if (isCanonicalTarget(target) && !isAbsoluteToApi) return;
  return sendError(request, reply, 'bad_request', { detail: 'error.nonCanonicalPath' });
}
