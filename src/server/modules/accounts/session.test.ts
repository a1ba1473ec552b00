import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildMembership, buildOrganization, buildUser } from '../../test/factories';
import { sessions } from './schema';

let t: TestApp;
let email: string;

beforeAll(async () => {
  t = await buildTestApp();
  const user = await buildUser(t.db);
  await buildMembership(t.db, {
    userId: user.id,
    organizationId: (await buildOrganization(t.db)).id,
    role: 'staff',
  });
  email = user.email;
});

describe('sessions', () => {
  it('GET /me returns the person with memberships and roles', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/me', cookie: await t.signIn(email) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      user: { email, isInstanceAdmin: false },
      memberships: [{ role: 'staff' }],
    });
  });

  it('checking a session reads the signed cookie cache, not the database', async () => {
    const cookie = await t.signIn(email);
    // With the session rows gone, only the signed cookie can still vouch for the person.
    await t.db.delete(sessions);
    const cached = await t.request({ method: 'GET', url: '/api/v1/me', cookie });
    expect(cached.statusCode).toBe(200);
    const tokenOnly = cookie
      .split('; ')
      .filter((c) => !c.startsWith('better-auth.session_data='))
      .join('; ');
    const uncached = await t.request({ method: 'GET', url: '/api/v1/me', cookie: tokenOnly });
    expect(uncached.statusCode).toBe(401);
  });

  it('without the cache cookie the session is read from the database and the cache cookie renewed', async () => {
    const cookie = await t.signIn(email);
    const tokenOnly = cookie
      .split('; ')
      .filter((c) => !c.startsWith('better-auth.session_data='))
      .join('; ');
    const res = await t.request({ method: 'GET', url: '/api/v1/me', cookie: tokenOnly });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.map((c) => c.name)).toContain('better-auth.session_data');
  });

  it('signing out ends the session', async () => {
    const cookie = await t.signIn(email);
    const out = await t.request({ method: 'POST', url: '/api/auth/sign-out', cookie, payload: {} });
    expect(out.statusCode).toBe(200);
    const cleared = out.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie: cleared })).statusCode).toBe(401);
  });
});
