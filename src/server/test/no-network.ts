/**
 * Tests reach nothing beyond this machine: a TCP connection to any host but the loopback (PostgreSQL, Redis,
 * the test OpenID provider and proxies all listen there) throws, so that an accidental fetch of a real
 * address (an OIDC discovery, a map tile) fails the test instead of going out. Unix sockets are allowed.
 */
import net from 'node:net';

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const installed = Symbol.for('familiennetz.noNetwork');

export function refuseOutsideConnections(): void {
  const proto = net.Socket.prototype as net.Socket & { [installed]?: boolean };
  if (proto[installed]) return;
  proto[installed] = true;
  const connect = proto.connect;
  proto.connect = function (this: net.Socket, ...args: unknown[]) {
    const first = args[0];
    const options = (Array.isArray(first) ? first[0] : first) as
      | { host?: string; path?: string; port?: number }
      | number
      | string;
    const host =
      typeof options === 'object' && options !== null
        ? options.path
          ? undefined
          : options.host
        : typeof options === 'number' || /^\d+$/.test(String(options))
          ? (args[1] as string | undefined)
          : undefined;
    if (host !== undefined && typeof host === 'string' && !LOOPBACK.test(host)) {
      throw new Error(`A test tried to connect to ${host}: tests reach only this machine (no-network.ts)`);
    }
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof proto.connect;
}
