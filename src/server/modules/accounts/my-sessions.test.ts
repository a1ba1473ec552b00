import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, cookieHeaderOf, type TestApp } from '../../test/build-app';
import { buildUser } from '../../test/factories';
import { auditLog } from '../audit/schema';

let t: TestApp;

const FIREFOX_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

beforeAll(async () => {
  t = await buildTestApp();
});

interface SessionItem {
  id: string;
  isCurrent: boolean;
  device: { browser: string | null; os: string | null };
  ipAddress: string | null;
  lastActiveAt: string;
  permissions: { revoke: boolean };
}

async function signInWith(email: string, userAgent: string, ip = '203.0.113.7') {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    remoteAddress: ip,
    // Without TRUST_PROXY a client's own X-Forwarded-For must not become the recorded address.
    headers: { origin: 'http://localhost:3000', 'user-agent': userAgent, 'x-forwarded-for': '192.0.2.99' },
    payload: { email, password: 'familiennetz-demo' },
  });
  expect(res.statusCode).toBe(200);
  return cookieHeaderOf(res);
}

const me = (cookie: string) => t.request({ method: 'GET', url: '/api/v1/me', cookie });
const list = async (cookie: string) => {
  const res = await t.request({ method: 'GET', url: '/api/v1/me/sessions', cookie });
  expect(res.statusCode).toBe(200);
  return res.json().items as SessionItem[];
};

describe('my sessions', () => {
  it('lists my sessions with device, address, last activity and which one is this device', async () => {
    const { email } = await buildUser(t.db);
    const laptop = await signInWith(email, FIREFOX_WINDOWS);
    await signInWith(email, SAFARI_IPHONE, '198.51.100.4');
    await signInWith((await buildUser(t.db)).email, SAFARI_IPHONE);
    const items = await list(laptop);
    expect(items).toHaveLength(2);
    expect(items.find((s) => s.isCurrent)).toMatchObject({
      device: { browser: 'Firefox', os: 'Windows' },
      ipAddress: '203.0.113.7',
      permissions: { revoke: true },
    });
    expect(items.find((s) => !s.isCurrent)).toMatchObject({
      device: { browser: 'Safari', os: 'iOS' },
      ipAddress: '198.51.100.4',
    });
  });

  it('revoking one session ends it at once, with an audit entry; a stranger cannot see or end it', async () => {
    const { email } = await buildUser(t.db);
    const laptop = await signInWith(email, FIREFOX_WINDOWS);
    const phone = await signInWith(email, SAFARI_IPHONE);
    expect((await me(phone)).statusCode).toBe(200);
    const phoneSession = (await list(laptop)).find((s) => !s.isCurrent);
    if (!phoneSession) throw new Error('no second session');

    const stranger = await t.signIn((await buildUser(t.db)).email);
    const refused = await t.request({
      method: 'DELETE',
      url: `/api/v1/me/sessions/${phoneSession.id}`,
      cookie: stranger,
    });
    expect(refused.statusCode).toBe(404);

    const res = await t.request({
      method: 'DELETE',
      url: `/api/v1/me/sessions/${phoneSession.id}`,
      cookie: laptop,
    });
    expect(res.statusCode).toBe(204);
    expect((await me(phone)).statusCode).toBe(401);
    expect((await me(laptop)).statusCode).toBe(200);
    const trail = await t.db.select().from(auditLog).where(eq(auditLog.entityId, phoneSession.id));
    expect(trail).toMatchObject([{ entityType: 'session', action: 'delete' }]);
  });

  it('"sign out everywhere else" keeps this device; "everywhere" ends this one too and clears its cookies', async () => {
    const { email } = await buildUser(t.db);
    const laptop = await signInWith(email, FIREFOX_WINDOWS);
    const phone = await signInWith(email, SAFARI_IPHONE);
    const tablet = await signInWith(email, SAFARI_IPHONE);
    for (const cookie of [laptop, phone, tablet]) expect((await me(cookie)).statusCode).toBe(200);

    const others = await t.request({
      method: 'DELETE',
      url: '/api/v1/me/sessions?scope=others',
      cookie: laptop,
    });
    expect(others.statusCode).toBe(200);
    expect(others.json()).toEqual({ revoked: 2 });
    expect((await me(phone)).statusCode).toBe(401);
    expect((await me(tablet)).statusCode).toBe(401);
    expect((await me(laptop)).statusCode).toBe(200);

    const desk = await signInWith(email, FIREFOX_WINDOWS);
    const all = await t.request({ method: 'DELETE', url: '/api/v1/me/sessions?scope=all', cookie: laptop });
    expect(all.statusCode).toBe(200);
    expect(all.json()).toEqual({ revoked: 2 });
    expect(all.cookies.find((c) => c.name === 'better-auth.session_token')?.maxAge).toBe(0);
    expect((await me(laptop)).statusCode).toBe(401);
    expect((await me(desk)).statusCode).toBe(401);
  });

  it('an API key can neither list nor end sessions (403)', async () => {
    const cookie = await t.signIn((await buildUser(t.db)).email);
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/me/api-keys',
      cookie,
      payload: { name: 'Skript' },
    });
    const authorization = `Bearer ${created.json().key}`;
    const listed = await t.request({ method: 'GET', url: '/api/v1/me/sessions', headers: { authorization } });
    expect(listed.statusCode).toBe(403);
    const ended = await t.request({
      method: 'DELETE',
      url: '/api/v1/me/sessions?scope=all',
      headers: { authorization },
    });
    expect(ended.statusCode).toBe(403);
    expect((await me(cookie)).statusCode).toBe(200);
  });

  it('without sign-in: 401', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/me/sessions' })).statusCode).toBe(401);
  });

  it("better-auth's own session list, which carried every session's raw token, is switched off", async () => {
    const user = await buildUser(t.db);
    const cookie = await signInWith(user.email, FIREFOX_WINDOWS);
    const res = await t.request({ method: 'GET', url: '/api/auth/list-sessions', cookie });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    // Our own list still works, without tokens.
    const own = await t.request({ method: 'GET', url: '/api/v1/me/sessions', cookie });
    expect(own.statusCode).toBe(200);
    expect(own.body).not.toMatch(/"token"/);
  });
});
