import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../app';
import { type Config, loadConfig } from '../config';
import { type DatabaseHandle, openDatabase } from '../db/client';
import type { MembershipRole } from '../modules/accounts/schema';
import { closeAfterFile } from './after-file';
import { errorLogStream } from './error-logs';
import { buildMembership, buildUser } from './factories';
import { adminQuery } from './scratch-database';

export const TEST_ORIGIN = 'http://localhost:3000';

/** Which engine this test run uses: vitest runs every database test once per engine (vitest.config.ts). */
export const testEngine = (process.env.TEST_ENGINE ?? 'pglite') as 'pglite' | 'postgres';

/**
 * A fresh, migrated database, closed after the test file: in-memory PGlite loaded from the migrated dump of
 * global-setup.ts, or a copy of the migrated template database on the PostgreSQL server of TEST_DATABASE_URL
 * (dropped when the file is done). Without the global setup (another config), it is migrated here.
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const handle = await openFreshTestDatabase();
  const unregister = closeAfterFile(() => handle.close());
  return {
    ...handle,
    close: async () => {
      unregister();
      await handle.close();
    },
  };
}

async function openFreshTestDatabase(): Promise<DatabaseHandle> {
  if (testEngine === 'pglite') {
    const dump = inject('pgliteDump');
    if (dump) return openDatabase({ loadDataDir: new Blob([readFileSync(dump)]) });
    const handle = await openDatabase({});
    await handle.migrate();
    return handle;
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_ENGINE=postgres needs TEST_DATABASE_URL');
  const name = `fn_test_${randomUUID().replaceAll('-', '')}`;
  const template = inject('postgresTemplate');
  await adminQuery(serverUrl, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), poolMax: 5 });
  if (!template) await handle.migrate();
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ PUBLIC_URL: TEST_ORIGIN, LOG_LEVEL: 'warn' }),
    runWorkers: false,
    // Error logs fail the test unless it expects them (error-logs.ts).
    logStream: errorLogStream,
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

/** The app on a fresh database; closed after the test file. */
export async function buildTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  // Closed (and its database dropped) after the test file by setup.ts; a hook registered here would be ignored
  // when buildTestApp is called from beforeAll. The app closes the database.
  const database = await openFreshTestDatabase();
  const app = await buildApp(testConfig(overrides), database);
  closeAfterFile(() => app.close());
  await app.ready();

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
