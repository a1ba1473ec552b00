/**
 * Which errors mean "the database cannot be reached right now" (restart, failover, network), as opposed to
 * a bug or a refused statement. The error handler answers them with 503 instead of 500, so clients and load
 * balancers retry; the pool replaces the broken connections by itself.
 */

/** SQLSTATEs of a lost or refused connection: class 08 and the administrator/crash shutdowns. */
const CONNECTION_SQLSTATES = new Set(['57P01', '57P02', '57P03']);
const CONNECTION_SQLSTATE_CLASS = '08';

/** Node's socket errors on connecting or on an open connection. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/** node-postgres and pg-pool report these without a code. */
const MESSAGES = [
  'Connection terminated', // "… unexpectedly", "… due to connection timeout"
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'timeout exceeded when trying to connect',
];

function isConnectionErrorItself(error: object): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (CONNECTION_SQLSTATES.has(code) || SOCKET_CODES.has(code)) return true;
    if (/^[0-9A-Z]{5}$/.test(code) && code.startsWith(CONNECTION_SQLSTATE_CLASS)) return true;
  }
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && MESSAGES.some((m) => message.includes(m));
}

/** True when the error, or one it wraps (drizzle puts the driver's error in `cause`), is a lost connection. */
export function isConnectionError(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (
    let e: unknown = error;
    e && typeof e === 'object' && !seen.has(e);
    e = (e as { cause?: unknown }).cause
  ) {
    seen.add(e);
    if (isConnectionErrorItself(e)) return true;
    // An AggregateError (e.g. connecting to every address of "localhost") is lost if all of its errors are.
    const inner = (e as { errors?: unknown }).errors;
    if (Array.isArray(inner) && inner.length > 0 && inner.every((i) => isConnectionError(i))) return true;
  }
  return false;
}
