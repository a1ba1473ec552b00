import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 in front of a server, to simulate outages without touching the shared database
 * server: `cut()` drops every connection and refuses new ones (a restart); `freeze()` keeps connections open
 * but lets nothing through (a failover whose old address no longer answers); `restore()` ends either.
 */
export interface TcpProxy {
  port: number;
  cut(): void;
  freeze(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let state: 'open' | 'cut' | 'frozen' = 'open';
  // Bytes that arrived while frozen, in order, delivered on restore().
  let held: (() => void)[] = [];
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // A reset from either side is expected here (that is the point); the pair is torn down together.
    socket.on('error', () => {});
  };
  const forward = (from: Socket, to: Socket) =>
    from.on('data', (chunk) => {
      if (state === 'frozen') held.push(() => to.write(chunk));
      else to.write(chunk);
    });
  const server: Server = createServer((client) => {
    track(client);
    if (state === 'cut') {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(target.port, target.host);
    track(upstream);
    forward(client, upstream);
    forward(upstream, client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    cut: () => {
      state = 'cut';
      held = [];
      for (const socket of sockets) socket.resetAndDestroy();
    },
    freeze: () => {
      state = 'frozen';
    },
    restore: () => {
      state = 'open';
      for (const deliver of held.splice(0)) deliver();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
