import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { TEST_ORIGIN } from './build-app';

export interface RawResponse {
  status: number;
  headers: string;
  body: string;
}

/** Listens on a free local port (app.inject would normalise the paths these tests are about). */
export async function listenLocally(app: FastifyInstance): Promise<number> {
  if (!app.server.listening) await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

/** Sends a request with the path exactly as given (like `curl --path-as-is`). */
export function sendRaw(port: number, method: string, path: string, body?: unknown): Promise<RawResponse> {
  const payload = body === undefined ? '' : JSON.stringify(body);
  const head = [
    `${method} ${path} HTTP/1.1`,
    'Host: localhost:3000',
    `Origin: ${TEST_ORIGIN}`,
    'Connection: close',
    ...(payload ? ['Content-Type: application/json', `Content-Length: ${Buffer.byteLength(payload)}`] : []),
  ];
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [headers = '', ...rest] = text.split('\r\n\r\n');
      resolve({ status: Number(headers.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(`${head.join('\r\n')}\r\n\r\n${payload}`);
  });
}
