import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of PostgreSQL that reads the frontend side of the wire protocol: it counts round
 * trips (Sync or simple Query messages) and records every executed statement with its parameters. No
 * extension or server setting needed, and it shows exactly what a request sends.
 */

export interface Statement {
  sql: string;
  /** Text-format parameter values; null for SQL NULL, undefined for binary ones. */
  params: (string | null | undefined)[];
}

export interface WireLog {
  roundTrips: number;
  statements: Statement[];
}

export interface WireCounter {
  port: number;
  /** Everything since the counter started (copied). */
  snapshot(): WireLog;
  close(): Promise<void>;
}

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;

class FrontendParser {
  private buffer: Buffer = Buffer.alloc(0);
  private isStartup = true;
  private readonly prepared = new Map<string, string>();
  private bound: Statement | undefined;

  constructor(private readonly log: WireLog) {}

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (this.isStartup) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        // SSL/GSS negotiation is followed by the real startup message; everything else ends the startup.
        if (code !== SSL_REQUEST && code !== GSS_REQUEST && code !== CANCEL_REQUEST) this.isStartup = false;
        this.buffer = this.buffer.subarray(length);
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = this.buffer.readInt32BE(1);
      if (this.buffer.length < 1 + length) return;
      const type = String.fromCharCode(this.buffer[0] ?? 0);
      this.handle(type, this.buffer.subarray(5, 1 + length));
      this.buffer = this.buffer.subarray(1 + length);
    }
  }

  private handle(type: string, body: Buffer): void {
    switch (type) {
      case 'Q': {
        this.log.roundTrips++;
        this.log.statements.push({ sql: readCString(body, 0).value, params: [] });
        return;
      }
      case 'P': {
        const name = readCString(body, 0);
        const query = readCString(body, name.next);
        this.prepared.set(name.value, query.value);
        return;
      }
      case 'B': {
        const portal = readCString(body, 0);
        const statement = readCString(body, portal.next);
        let offset = statement.next;
        const formatCount = body.readInt16BE(offset);
        offset += 2;
        const formats: number[] = [];
        for (let i = 0; i < formatCount; i++, offset += 2) formats.push(body.readInt16BE(offset));
        const paramCount = body.readInt16BE(offset);
        offset += 2;
        const params: (string | null | undefined)[] = [];
        for (let i = 0; i < paramCount; i++) {
          const size = body.readInt32BE(offset);
          offset += 4;
          if (size < 0) {
            params.push(null);
            continue;
          }
          const format = formatCount === 0 ? 0 : formatCount === 1 ? formats[0] : formats[i];
          params.push(format === 1 ? undefined : body.toString('utf8', offset, offset + size));
          offset += size;
        }
        this.bound = { sql: this.prepared.get(statement.value) ?? '', params };
        return;
      }
      case 'E': {
        if (this.bound) this.log.statements.push(this.bound);
        return;
      }
      case 'S': {
        this.log.roundTrips++;
        return;
      }
      default:
        return;
    }
  }
}

function readCString(buffer: Buffer, start: number): { value: string; next: number } {
  const end = buffer.indexOf(0, start);
  const stop = end < 0 ? buffer.length : end;
  return { value: buffer.toString('utf8', start, stop), next: stop + 1 };
}

export async function startWireCounter(upstreamHost: string, upstreamPort: number): Promise<WireCounter> {
  const log: WireLog = { roundTrips: 0, statements: [] };
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(upstreamPort, upstreamHost);
    sockets.add(client);
    sockets.add(upstream);
    const parser = new FrontendParser(log);
    client.on('data', (chunk: Buffer) => parser.push(chunk));
    client.pipe(upstream);
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', end);
    upstream.on('error', end);
    client.on('close', end);
    upstream.on('close', end);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    snapshot: () => ({ roundTrips: log.roundTrips, statements: [...log.statements] }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** One statement with its parameters inlined as literals, on one line, for a pgbench script. */
export function inlineStatement(statement: Statement): string {
  const text = statement.sql.replace(/\$(\d+)/g, (match, index: string) => {
    const value = statement.params[Number(index) - 1];
    if (value === undefined) return match;
    return value === null ? 'null' : `'${value.replaceAll("'", "''")}'`;
  });
  return `${text.replace(/\s+/g, ' ').trim().replace(/;$/, '')};`;
}
