import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ErrorCode } from './errors';
import { problemIn } from './errors';
import type { SecurityHeaders } from './security-headers';

/**
 * Node's HTTP parser refuses some requests before Fastify sees them: a request line or headers over
 * Node's 16 KB limit, a malformed request, a client too slow to send it. Fastify's default answer is
 * plain JSON without our headers; this one is problem+json (German: without a parsed request there
 * is no Accept-Language) with the same security headers as every other answer.
 */
export function clientErrorHandler(headers: SecurityHeaders) {
  return (error: Error & { code?: string }, socket: Socket) => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    if (socket.writable) socket.write(rawProblemResponse(codeOf(error.code), headers));
    socket.destroy(error);
  };
}

function codeOf(code: string | undefined): ErrorCode {
  if (code === 'HPE_HEADER_OVERFLOW') return 'header_too_large';
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 'request_timeout';
  return 'bad_request';
}

function rawProblemResponse(code: ErrorCode, headers: SecurityHeaders): string {
  const problem = problemIn('de', code);
  const body = JSON.stringify(problem);
  const lines = [
    `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status] ?? ''}`,
    'content-type: application/problem+json; charset=utf-8',
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}
