import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test/build-app';
import { buildUser } from '../test/factories';
import { listenLocally, sendRaw } from '../test/raw-http';

let t: TestApp;
let port: number;
let email: string;

beforeAll(async () => {
  t = await buildTestApp({ signInRateLimit: 3 });
  email = (await buildUser(t.db)).email;
  port = await listenLocally(t.app);
});

// Spellings that Fastify routes to the /api/auth/* wildcard while better-auth (WHATWG URL) reads them as
// /api/auth/sign-in/email: each reached sign-in without its rate limit.
const bypasses = [
  '/api/auth/sign-in/./email',
  '/api/auth/x/../sign-in/email',
  '/api/auth/sign-in/%2e/email',
  '/api/auth/x/%2E%2E/sign-in/email',
  '/api/auth/x/.%2e/sign-in/email',
  '/api/auth/sign-in\\email',
  '/api/auth/sign-in/email#x',
  '/api/auth/sign-in%2femail',
  '/api/auth//sign-in/email',
  '/x/../api/auth/sign-in/email',
  'http://localhost:3000/api/auth/x/../sign-in/email',
];

describe('request paths', () => {
  it('refuses non-normalised paths with 400 problem+json before they reach sign-in', async () => {
    for (const path of bypasses) {
      const res = await sendRaw(port, 'POST', path, { email, password: 'familiennetz-demo' });
      expect(res.status, path).toBe(400);
      expect(res.headers, path).toMatch(/content-type: application\/problem\+json/i);
      expect(res.headers, path).not.toMatch(/set-cookie/i);
      expect(JSON.parse(res.body).detail, path).toMatch(/Normalform/);
    }
  });

  it('a spelling of the sign-in path never gets past the sign-in limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        (await sendRaw(port, 'POST', '/api/auth/sign-in/email', { email, password: 'x' })).status,
      );
    }
    expect(statuses.at(-1)).toBe(429);
    for (const path of bypasses) {
      const res = await sendRaw(port, 'POST', path, { email, password: 'familiennetz-demo' });
      expect([400, 429], path).toContain(res.status);
      expect(res.headers, path).not.toMatch(/set-cookie/i);
    }
  });

  it('leaves normal paths alone, also with slashes and dots in the query', async () => {
    expect((await sendRaw(port, 'GET', '/api/health?next=//a/../b')).status).toBe(200);
    expect((await sendRaw(port, 'GET', '/api/docs/')).status).toBe(200);
    expect((await sendRaw(port, 'GET', '/api/v1/nothing')).status).toBe(404);
  });
});
