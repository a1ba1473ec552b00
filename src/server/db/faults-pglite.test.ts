import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildMunicipality, buildUser } from '../test/factories';
import { type Answer, describeUnexpected } from '../test/fault-helpers';
import { type ServerProcess, startServerProcess, waitForHealthy } from '../test/server-process';
import { openDatabase, preparePgliteTemplateFolder } from './client';
import { lockDataDir } from './data-dir-lock';

/**
 * Issue 15 on PGlite: concurrent writers, then the server process is killed with SIGKILL and started again on
 * the same DATA_DIR; every write that got a 201 must be there. And a second server on a folder that is in use
 * must refuse to start (finding 3: each saw only its own writes, and the second one's were lost on restart).
 */

const isPglite = (process.env.TEST_ENGINE ?? 'pglite') === 'pglite';
const WRITERS = 20;
const KILL_AFTER_ACKNOWLEDGED = 5;
const TIMEOUT_MS = 120_000;

const servers: ServerProcess[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function start(dataDir: string): Promise<ServerProcess> {
  const server = await startServerProcess({ DATA_DIR: dataDir });
  servers.push(server);
  return server;
}

async function startHealthy(dataDir: string): Promise<ServerProcess> {
  const server = await start(dataDir);
  if (!(await waitForHealthy(server))) throw new Error(`server did not start:\n${server.stderr()}`);
  return server;
}

/** A migrated folder with an instance administrator (who may create organisations) and a municipality. */
async function prepareFolder() {
  const dataDir = mkdtempSync(join(tmpdir(), 'familiennetz-faults-'));
  folders.push(dataDir);
  const handle = await openDatabase({ dataDir });
  try {
    await handle.migrate();
    const user = await buildUser(handle.db, { isInstanceAdmin: true });
    const municipality = await buildMunicipality(handle.db);
    return { dataDir, email: user.email, municipalityId: municipality.id };
  } finally {
    await handle.close();
  }
}

async function signIn(server: ServerProcess, email: string): Promise<string> {
  const response = await fetch(`${server.baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { origin: server.baseUrl, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'familiennetz-demo' }),
  });
  expect(response.status).toBe(200);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** A write's answer, or undefined when the connection broke before one came (not acknowledged). */
async function createOrganization(server: ServerProcess, cookie: string, body: object) {
  try {
    const response = await fetch(`${server.baseUrl}/api/v1/organizations`, {
      method: 'POST',
      headers: { origin: server.baseUrl, 'content-type': 'application/json', cookie },
      body: JSON.stringify(body),
    });
    const answer: Answer = {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body: await response.text(),
    };
    return answer;
  } catch {
    return undefined;
  }
}

/** Resolves once `count` of the writes got 201, or all have ended. */
function acknowledgedCount(writes: Promise<Answer | undefined>[], count: number): Promise<void> {
  let acknowledged = 0;
  const enough = new Promise<void>((resolve) => {
    for (const write of writes) {
      void write.then((answer) => {
        if (answer?.status === 201 && ++acknowledged >= count) resolve();
      });
    }
  });
  return Promise.race([enough, Promise.all(writes).then(() => undefined)]);
}

describe.runIf(isPglite)('PGlite: SIGKILL during concurrent writes, and one server per DATA_DIR', () => {
  beforeAll(async () => {
    // New folders start as a copy of the migrated template, as with `npm start` (initdb takes seconds).
    await preparePgliteTemplateFolder();
  }, TIMEOUT_MS);

  it(
    'refuses a second server on the folder; keeps every acknowledged write across kill -9 and restarts at once',
    async () => {
      const { dataDir, email, municipalityId } = await prepareFolder();
      const server = await startHealthy(dataDir);

      const second = await start(dataDir);
      expect(await waitForHealthy(second), 'a second server on the same folder must not start').toBe(false);
      expect((await second.exited).code).not.toBe(0);
      expect(second.stderr()).toContain(resolve(dataDir));
      expect(second.stderr()).toContain(`process ${server.child.pid}`);

      const cookie = await signIn(server, email);
      const burst = Array.from({ length: WRITERS }, (_, i) =>
        createOrganization(server, cookie, { type: 'partner', name: `Störungstest ${i}`, municipalityId }),
      );
      // Killed once a few writes are acknowledged, with the others in flight.
      await acknowledgedCount(burst, KILL_AFTER_ACKNOWLEDGED);
      server.child.kill('SIGKILL');
      const answers = await Promise.all(burst);
      expect((await server.exited).signal).toBe('SIGKILL');

      const received = answers.filter((a): a is Answer => a !== undefined);
      expect(received.map(describeUnexpected).filter(Boolean)).toEqual([]);
      const acknowledged = received
        .filter((a) => a.status === 201)
        .map((a) => JSON.parse(a.body).id as string);
      expect(acknowledged.length).toBeGreaterThan(0);

      // The killed process's lock does not stay behind.
      const restarted = await startHealthy(dataDir);
      const cookieAfter = await signIn(restarted, email);
      for (const id of acknowledged) {
        const read = await fetch(`${restarted.baseUrl}/api/v1/organizations/${id}`, {
          headers: { cookie: cookieAfter },
        });
        expect(read.status, `acknowledged organisation ${id}`).toBe(200);
      }

      restarted.child.kill('SIGTERM');
      expect((await restarted.exited).code).toBe(0);
      lockDataDir(dataDir).release(); // a normal shutdown gave the folder free
    },
    TIMEOUT_MS,
  );
});
