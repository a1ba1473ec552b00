import { getJson, type Session, withSignedInServer } from './server';
import { type Statement, startWireCounter, type WireCounter } from './wire-counter';

/** Database work of one kind of request, counted exactly by the wire counter. */
export interface WireFigures {
  requests: number;
  roundTripsMean: number;
  statementsMean: number;
  /** The most frequent statement sequence of one request, and its round trips. */
  typical: Statement[];
  typicalRoundTrips: number;
  typicalShare: number;
}

/**
 * Starts a wire counter in front of the PostgreSQL of `databaseUrl`, a server (not measured for speed)
 * that talks to PostgreSQL through it, signs in as `email`, and runs `use`; stops both afterwards.
 */
export async function withCountedServer<T>(
  databaseUrl: string,
  email: string,
  use: (session: Session, counter: WireCounter) => Promise<T>,
): Promise<T> {
  const upstream = new URL(databaseUrl);
  const counter = await startWireCounter(upstream.hostname, Number(upstream.port || 5432));
  const proxied = new URL(databaseUrl);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(counter.port);
  try {
    return await withSignedInServer(
      { databaseUrl: proxied.toString(), loadDemoData: false },
      email,
      (session) => use(session, counter),
    );
  } finally {
    await counter.close();
  }
}

/**
 * Sends 10 warm-up requests to `path` (filling the membership cache, the connection pool and any
 * per-process caches), then `requests` sequential ones, each of which must answer 200, and counts what
 * each sent to PostgreSQL.
 */
export async function countRequests(
  session: Session,
  counter: WireCounter,
  path: string,
  requests: number,
): Promise<WireFigures> {
  for (let i = 0; i < 10; i++) await getJson(`${session.url}${path}`, session.cookie);
  let roundTrips = 0;
  let statements = 0;
  const sequences = new Map<string, { count: number; statements: Statement[]; roundTrips: number }>();
  for (let i = 0; i < requests; i++) {
    const before = counter.snapshot();
    const response = await getJson(`${session.url}${path}`, session.cookie);
    const after = counter.snapshot();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status} through the counter`);
    const trips = after.roundTrips - before.roundTrips;
    roundTrips += trips;
    const sent = after.statements.slice(before.statements.length);
    statements += sent.length;
    const key = `${trips}\n${sent.map((s) => s.sql).join('\n')}`;
    const entry = sequences.get(key) ?? { count: 0, statements: sent, roundTrips: trips };
    entry.count++;
    sequences.set(key, entry);
  }
  const typical = [...sequences.values()].sort((a, b) => b.count - a.count)[0];
  return {
    requests,
    roundTripsMean: roundTrips / requests,
    statementsMean: statements / requests,
    typical: typical?.statements ?? [],
    typicalRoundTrips: typical?.roundTrips ?? Number.NaN,
    typicalShare: (typical?.count ?? 0) / requests,
  };
}
