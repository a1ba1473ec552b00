import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for cookie-authenticated writes: browsers mark every request with where it comes from
 * (Origin, Sec-Fetch-Site); a write from another site is refused. Together with JSON-only bodies and
 * SameSite=Lax cookies this needs no token. Requests without cookies (API keys) cannot be forged this way.
 */
export async function rejectCrossSiteWrites(request: FastifyRequest, reply: FastifyReply) {
  if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
  if (!request.headers.cookie) return;
  const fetchSite = request.headers['sec-fetch-site'];
  const origin = request.headers.origin;
  const isCrossSite =
    fetchSite === 'cross-site' ||
    fetchSite === 'same-site' ||
    (origin !== undefined && !isOwnOrigin(request, origin));
  if (isCrossSite) {
    // Refused before any route runs: this request-wide rule is the access decision (http/access-guard.ts).
    request.access.decided = true;
    return sendError(request, reply, 'forbidden', { detail: 'error.crossOrigin.detail' });
  }
}

function isOwnOrigin(request: FastifyRequest, origin: string): boolean {
  if (origin === request.server.config.publicUrl) return true;
  // Behind the configured host name or reached directly (e.g. http://localhost:3000).
  return origin === `${request.protocol}://${request.host}`;
}
