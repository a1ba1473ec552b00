import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildMembership, buildOrganization, buildUser } from '../../test/factories';
import { sessions } from './schema';

let t: TestApp;
let email: string;

const TOKEN = 'better-auth.session_token';
const DATA = 'better-auth.session_data';
const only = (cookie: string, name: string) =>
  cookie
    .split('; ')
    .filter((c) => c.startsWith(`${name}=`))
    .join('; ');
/** The session token inside the signed cookie (`token.signature`). */
const tokenOf = (cookie: string) =>
  decodeURIComponent(only(cookie, TOKEN).slice(TOKEN.length + 1)).split('.')[0];
const me = (cookie: string) => t.request({ method: 'GET', url: '/api/v1/me', cookie });
const createKey = (cookie: string) =>
  t.request({ method: 'POST', url: '/api/v1/me/api-keys', cookie, payload: { name: 'Replay' } });

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

  it('replaying the old cookies after sign-out gets 401 at once and cannot create an API key', async () => {
    const cookie = await t.signIn(email);
    // Vouched for by the signed cookie cache, and remembered by this server.
    expect((await me(cookie)).statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(200);
    const out = await t.request({ method: 'POST', url: '/api/auth/sign-out', cookie, payload: {} });
    expect(out.statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
    expect((await me(only(cookie, DATA))).statusCode).toBe(401);
    expect((await createKey(cookie)).statusCode).toBe(401);
  });

  it('the cache cookie alone, without the session token, vouches for nobody', async () => {
    const cookie = await t.signIn(email);
    expect((await me(cookie)).statusCode).toBe(200);
    expect((await me(only(cookie, DATA))).statusCode).toBe(401);
  });

  it("a session revoked through better-auth's endpoint stops working at once on this server", async () => {
    const mine = await t.signIn(email);
    const other = await t.signIn(email);
    expect((await me(other)).statusCode).toBe(200);
    const revoked = await t.request({
      method: 'POST',
      url: '/api/auth/revoke-session',
      cookie: mine,
      payload: { token: tokenOf(other) },
    });
    expect(revoked.statusCode).toBe(200);
    expect((await me(other)).statusCode).toBe(401);
    expect((await me(mine)).statusCode).toBe(200);
  });

  it('creating an API key or changing the password checks the session in the database', async () => {
    const cookie = await t.signIn(email);
    expect((await me(cookie)).statusCode).toBe(200);
    // Ended elsewhere (another app server, or the database directly): the cookie cache still vouches here …
    await t.db.delete(sessions).where(eq(sessions.token, tokenOf(cookie) ?? ''));
    expect((await me(cookie)).statusCode).toBe(200);
    // … but not for making credentials.
    expect((await createKey(cookie)).statusCode).toBe(401);
    const change = await t.request({
      method: 'POST',
      url: '/api/auth/change-password',
      cookie,
      payload: { currentPassword: 'familiennetz-demo', newPassword: 'ein-ganz-neues-passwort' },
    });
    expect(change.statusCode).toBe(401);
  });

  it('with SESSION_CACHE_SECONDS=0 every request reads the session, so an ended session stops everywhere at once', async () => {
    const uncached = await buildTestApp({ sessionCacheSeconds: 0 });
    const user = await buildUser(uncached.db);
    const cookie = await uncached.signIn(user.email);
    expect(cookie).not.toContain(DATA);
    const get = () => uncached.request({ method: 'GET', url: '/api/v1/me', cookie });
    expect((await get()).statusCode).toBe(200);
    // As if another app server had ended it: only the database knows.
    await uncached.db.delete(sessions).where(eq(sessions.userId, user.id));
    expect((await get()).statusCode).toBe(401);
  });

  it('the cookie cache is trusted for SESSION_CACHE_SECONDS (30 by default)', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email, password: 'familiennetz-demo' },
    });
    expect(res.cookies.find((c) => c.name === DATA)?.maxAge).toBe(30);
  });
});
