import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test/build-app';
import { buildMembership, buildOrganization, buildUser } from '../test/factories';

let t: TestApp;
let email: string;

beforeAll(async () => {
  t = await buildTestApp({ signInRateLimit: 5 });
  const user = await buildUser(t.db);
  await buildMembership(t.db, {
    userId: user.id,
    organizationId: (await buildOrganization(t.db)).id,
    role: 'lead',
  });
  email = user.email;
});

describe('HTTP safety', () => {
  it('health reports the engine', async () => {
    const res = await t.request({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: process.env.TEST_ENGINE ?? 'pglite' });
  });

  it('unknown API routes get 404 problem+json in the requested language', async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/nothing',
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({
      status: 404,
      title: 'Not found',
      detail: 'There is no such address: /api/v1/nothing',
    });
  });

  it('malformed URLs get problem+json too', async () => {
    for (const url of [
      '/api/v1/organizations/%E0%A4%A',
      `/api/v1/directory/confirmations/${'a'.repeat(600)}`,
    ]) {
      const res = await t.request({ method: 'GET', url });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('sets security headers with a content security policy', async () => {
    const res = await t.request({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('session cookies are HttpOnly and SameSite=Lax, and Secure behind TLS', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email, password: 'familiennetz-demo' },
    });
    expect(res.statusCode).toBe(200);
    for (const cookie of res.cookies) {
      expect(cookie.httpOnly).toBe(true);
      expect(cookie.sameSite).toBe('Lax');
    }
    const tls = await buildTestApp({ publicUrl: 'https://familiennetz.example' });
    const user = await buildUser(tls.db);
    const secure = await tls.request({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { origin: 'https://familiennetz.example' },
      payload: { email: user.email, password: 'familiennetz-demo' },
    });
    expect(secure.statusCode).toBe(200);
    expect(secure.cookies.length).toBeGreaterThan(0);
    for (const cookie of secure.cookies) expect(cookie.secure).toBe(true);
    expect(secure.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    expect(secure.headers['strict-transport-security']).toContain('max-age=');
  });

  it('a wrong password gets 401 problem+json; too many sign-ins get 429', async () => {
    const attempt = () =>
      t.request({
        method: 'POST',
        url: '/api/auth/sign-in/email',
        payload: { email, password: 'falsch-falsch' },
      });
    const first = await attempt();
    expect(first.statusCode).toBe(401);
    expect(first.json().detail).toBe('E-Mail-Adresse oder Passwort ist falsch.');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await attempt()).statusCode);
    expect(statuses).toContain(429);
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.json().title).toBe('Zu viele Anfragen');
  });

  it('refuses bodies over the size limit and non-JSON writes', async () => {
    const big = await t.request({
      method: 'POST',
      url: '/api/v1/organizations',
      payload: { name: 'x'.repeat(1_100_000) },
    });
    expect(big.statusCode).toBe(413);
    const form = await t.request({
      method: 'POST',
      url: '/api/v1/organizations',
      headers: { 'content-type': 'text/plain' },
      payload: '{"name":"x"}',
    });
    expect(form.statusCode).toBe(415);
  });

  it('machine clients use an API key as Bearer token', async () => {
    const app = await buildTestApp({ signInRateLimit: 100 });
    const user = await buildUser(app.db);
    const cookie = await app.signIn(user.email);
    const created = await app.request({
      method: 'POST',
      url: '/api/v1/me/api-keys',
      cookie,
      payload: { name: 'Export' },
    });
    expect(created.statusCode).toBe(201);
    const { key, id } = created.json();
    const authorization = `Bearer ${key}`;
    const me = await app.request({ method: 'GET', url: '/api/v1/me', headers: { authorization } });
    expect(me.json().user.email).toBe(user.email);
    await app.request({ method: 'DELETE', url: `/api/v1/me/api-keys/${id}`, cookie });
    expect(
      (await app.request({ method: 'GET', url: '/api/v1/me', headers: { authorization } })).statusCode,
    ).toBe(401);
  });

  it('serves the OpenAPI document and the API reference', async () => {
    const doc = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(doc.json().paths['/api/v1/organizations']).toBeDefined();
    const docs = await t.request({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('/api/openapi.json');
  });
});

describe('public configuration', () => {
  it('offers no single sign-on without OIDC settings', async () => {
    const plain = await t.request({ method: 'GET', url: '/api/v1/config' });
    expect(plain.json().singleSignOn).toBeNull();
    // With a provider: modules/accounts/sso.test.ts (a real OpenID provider on localhost).
  });
});
