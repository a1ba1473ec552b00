import { randomUUID } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../app';
import { type Config, loadConfig } from '../config';
import { type DatabaseHandle, openDatabase } from '../db/client';
import type { MembershipRole } from '../modules/accounts/schema';
import { buildMembership, buildUser } from './factories';

export const TEST_ORIGIN = 'http://localhost:3000';

/** Which engine this test run uses: vitest runs every database test once per engine (vitest.config.ts). */
export const testEngine = (process.env.TEST_ENGINE ?? 'pglite') as 'pglite' | 'postgres';

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new database on the
 * PostgreSQL server of TEST_DATABASE_URL (dropped when the file is done).
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  if (testEngine === 'pglite') {
    const handle = await openDatabase({});
    await handle.migrate();
    return handle;
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_ENGINE=postgres needs TEST_DATABASE_URL');
  const name = `fn_test_${randomUUID().replaceAll('-', '')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), poolMax: 5 });
  await handle.migrate();
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function adminQuery(url: string, query: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ PUBLIC_URL: TEST_ORIGIN, LOG_LEVEL: 'warn' }),
    runWorkers: false,
    ...overrides,
  };
}

export interface TestApp {
  app: FastifyInstance;
  db: DatabaseHandle['db'];
  /** A request as the web app sends it (same origin, JSON). */
  request(options: InjectOptions & { cookie?: string | undefined }): Promise<LightMyRequestResponse>;
  signIn(email: string, password?: string): Promise<string>;
  /** A new person with this role in the organisation, signed in: the session cookie. */
  signInAsNewMember(role: MembershipRole, organizationId: string): Promise<string>;
}

// Apps built by a test file, closed (and their databases dropped) after it by setup.ts. A hook registered
// here would be ignored when buildTestApp is called from beforeAll.
const openApps = new Set<FastifyInstance>();

export async function closeTestApps(): Promise<void> {
  const apps = [...openApps];
  openApps.clear();
  await Promise.all(apps.map((app) => app.close()));
}

/** The app on a fresh database; closed after the test file. */
export async function buildTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const app = await buildApp(testConfig(overrides), database);
  await app.ready();
  openApps.add(app);

  const request: TestApp['request'] = ({ cookie, headers, ...options }) =>
    app.inject({
      ...options,
      headers: { origin: TEST_ORIGIN, ...(cookie && { cookie }), ...headers },
    });

  const signIn = async (email: string, password = 'familiennetz-demo') => {
    const response = await request({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email, password },
    });
    if (response.statusCode !== 200)
      throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
    return cookieHeaderOf(response);
  };
  const signInAsNewMember = async (role: MembershipRole, organizationId: string) => {
    const user = await buildUser(database.db);
    await buildMembership(database.db, { userId: user.id, organizationId, role });
    return signIn(user.email);
  };
  return { app, db: database.db, request, signIn, signInAsNewMember };
}

/** The Cookie header a browser would send back after this response. */
export function cookieHeaderOf(response: LightMyRequestResponse): string {
  return response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}
