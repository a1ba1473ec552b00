import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { cookieHeaderOf, TEST_ORIGIN, testConfig } from '../test/build-app';
import { buildMunicipality, buildUser } from '../test/factories';
import { type Answer, describeUnexpected, isUnavailableProblem, waitUntil } from '../test/fault-helpers';
import { createScratchDatabase, terminateConnections } from '../test/scratch-database';
import { startTcpProxy } from '../test/tcp-proxy';
import { openDatabase } from './client';

/**
 * Issue 15: concurrent writers while the database goes away. Every write that got a 2xx must be there
 * afterwards. PostgreSQL: the app's connections are terminated mid-burst and the server stays unreachable
 * for a while (a proxy we cut); the app must answer 503 problem+json meanwhile, report it on /api/health and
 * recover without a restart. PGlite: see faults-pglite.test.ts (the server process is killed).
 */

const serverUrl = process.env.TEST_DATABASE_URL;
const isPostgres = process.env.TEST_ENGINE === 'postgres' && serverUrl !== undefined;
const WRITERS = 20;

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function answerOf(response: LightMyRequestResponse): Answer {
  return {
    status: response.statusCode,
    contentType: String(response.headers['content-type'] ?? ''),
    body: response.body,
  };
}

/** The app on a database of its own that it reaches through a proxy the test can cut. */
async function startAppBehindProxy(server: string) {
  const scratch = await createScratchDatabase(server);
  cleanups.push(() => scratch.drop());
  const target = new URL(server);
  const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  cleanups.push(() => proxy.close());
  const viaProxy = new URL(scratch.url);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  const database = await openDatabase({ url: viaProxy.toString(), poolMax: 5 });
  await database.migrate();
  const app = await buildApp(testConfig({ logLevel: 'silent' }), database);
  await app.ready();
  cleanups.push(() => app.close());
  // Runs first: a connection still frozen would keep the app from closing.
  cleanups.push(async () => proxy.cut());
  return { app, scratch, proxy };
}

async function signInAsInstanceAdmin(app: FastifyInstance) {
  const user = await buildUser(app.db, { isInstanceAdmin: true });
  const municipality = await buildMunicipality(app.db);
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    headers: { origin: TEST_ORIGIN },
    payload: { email: user.email, password: 'familiennetz-demo' },
  });
  expect(response.statusCode).toBe(200);
  return { cookie: cookieHeaderOf(response), municipalityId: municipality.id };
}

/** Holds a lock that makes every organisation insert wait, so writes are surely in flight when we cut. */
async function blockOrganizationInserts(url: string) {
  const blocker = new pg.Client({ connectionString: url });
  blocker.on('error', () => {}); // it is terminated with the app's connections
  await blocker.connect();
  await blocker.query('begin');
  await blocker.query('lock table organizations in exclusive mode');
  return blocker;
}

async function countWaitingOnLocks(server: string, database: string): Promise<number> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: number }>(
      "select count(*)::int as count from pg_stat_activity where datname = $1 and wait_event_type = 'Lock'",
      [database],
    );
    return rows[0]?.count ?? 0;
  } finally {
    await client.end();
  }
}

describe.runIf(isPostgres)('PostgreSQL restart or failover during concurrent writes', () => {
  it('answers 503 problem+json meanwhile, loses no acknowledged write and recovers without a restart', async () => {
    if (!serverUrl) return;
    const { app, scratch, proxy } = await startAppBehindProxy(serverUrl);
    const { cookie, municipalityId } = await signInAsInstanceAdmin(app);
    const create = (name: string) =>
      app
        .inject({
          method: 'POST',
          url: '/api/v1/organizations',
          headers: { origin: TEST_ORIGIN, cookie },
          payload: { type: 'partner', name, municipalityId },
        })
        .then(answerOf);
    const health = async () => (await app.inject({ method: 'GET', url: '/api/health' })).statusCode;

    // Half the writers start freely; once the first is acknowledged, a lock holds every further insert,
    // and the other half starts: some writes are surely acknowledged and some surely in flight.
    const first = Array.from({ length: WRITERS / 2 }, (_, i) => create(`Störungstest ${i}`));
    await Promise.race(first);
    const blocker = await blockOrganizationInserts(scratch.url);
    const second = Array.from({ length: WRITERS / 2 }, (_, i) => create(`Störungstest ${WRITERS / 2 + i}`));
    await waitUntil(
      'writes waiting inside their transactions',
      async () => (await countWaitingOnLocks(serverUrl, scratch.name)) > 0,
    );
    // The server ends every connection (as on a restart or failover) and stays unreachable for a while.
    await terminateConnections(serverUrl, scratch.name);
    proxy.cut();
    const answers = await Promise.all([...first, ...second]);
    void blocker.end().catch(() => {});

    expect(answers.map(describeUnexpected).filter(Boolean)).toEqual([]);
    expect(answers.some((a) => a.status === 201)).toBe(true);
    expect(answers.some((a) => a.status === 503)).toBe(true);
    await waitUntil('/api/health to report the outage', async () => (await health()) === 503);
    const during = await create('Während der Störung');
    expect(during).toSatisfy(isUnavailableProblem);
    expect(JSON.parse(during.body).detail).toMatch(/Datenbank ist gerade nicht erreichbar/);
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { origin: TEST_ORIGIN },
      payload: { email: 'someone@familiennetz.example', password: 'familiennetz-demo' },
    });
    expect(answerOf(signIn)).toSatisfy(isUnavailableProblem);

    proxy.restore();
    await waitUntil('/api/health to report the database back', async () => (await health()) === 200);
    const after = await create('Nach der Störung');
    expect(after.status).toBe(201);

    const acknowledged = [...answers, after]
      .filter((a) => a.status === 201)
      .map((a) => (JSON.parse(a.body) as { id: string }).id);
    for (const id of acknowledged) {
      const read = await app.inject({
        method: 'GET',
        url: `/api/v1/organizations/${id}`,
        headers: { cookie },
      });
      expect(read.statusCode, `acknowledged organisation ${id}`).toBe(200);
    }
  }, 30_000);

  it('reports the database down on /api/health when it stops answering', async () => {
    if (!serverUrl) return;
    const { app, proxy } = await startAppBehindProxy(serverUrl);
    const health = async () => (await app.inject({ method: 'GET', url: '/api/health' })).statusCode;
    expect(await health()).toBe(200);
    // Connections stay open but nothing comes back, as after a failover to another address.
    proxy.freeze();
    // The probe's query waits on an open connection until TCP gives up (minutes) unless health.ts stops
    // waiting for it: 5 s after the probe started.
    await waitUntil('/api/health to report the silent database', async () => (await health()) === 503, {
      attempts: 200,
      everyMs: 100,
    });
    proxy.restore();
    await waitUntil('/api/health to report the database back', async () => (await health()) === 200);
  }, 30_000);
});
