import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildUser } from '../../test/factories';

const LIMIT = 3;

function signIn(t: TestApp, email: string, password: string, remoteAddress = '127.0.0.1', headers = {}) {
  return t.request({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    remoteAddress,
    headers,
    payload: { email, password },
  });
}

async function statusesOf(count: number, attempt: () => Promise<{ statusCode: number }>) {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) statuses.push((await attempt()).statusCode);
  return statuses;
}

describe('every credential check is limited per client IP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ signInRateLimit: LIMIT });
  });

  it('password change, invitation acceptance and password reset answer 429 after the limit', async () => {
    const user = await buildUser(t.db);
    const cookie = await t.signIn(user.email);
    const attempts = {
      changePassword: () =>
        t.request({
          method: 'POST',
          url: '/api/auth/change-password',
          cookie,
          payload: { currentPassword: 'falsch-falsch', newPassword: 'ein-neues-passwort' },
        }),
      acceptInvitation: () =>
        t.request({
          method: 'POST',
          url: '/api/v1/invitations/by-token/geraten-geraten/accept',
          payload: { name: 'Eve', password: 'ein-langes-passwort' },
        }),
      requestReset: () =>
        t.request({
          method: 'POST',
          url: '/api/auth/request-password-reset',
          payload: { email: user.email },
        }),
    };
    for (const [name, attempt] of Object.entries(attempts)) {
      const statuses = await statusesOf(LIMIT + 1, attempt);
      expect(statuses.slice(0, LIMIT), name).not.toContain(429);
      expect(statuses[LIMIT], name).toBe(429);
    }
    // Another client is not affected.
    const other = await t.request({
      method: 'POST',
      url: '/api/v1/invitations/by-token/geraten-geraten/accept',
      remoteAddress: '198.51.100.20',
      payload: { name: 'Eve', password: 'ein-langes-passwort' },
    });
    expect(other.statusCode).not.toBe(429);
  });

  it('failed API keys: after the limit even a valid key gets 429 from that client, not from others', async () => {
    const user = await buildUser(t.db);
    const cookie = await t.signIn(user.email);
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/me/api-keys',
      cookie,
      payload: { name: 'x' },
    });
    const valid = `Bearer ${created.json().key}`;
    const me = (authorization: string, remoteAddress = '203.0.113.5') =>
      t.request({ method: 'GET', url: '/api/v1/me', remoteAddress, headers: { authorization } });

    expect((await me(valid)).statusCode).toBe(200);
    const guesses = await statusesOf(LIMIT, () => me(`Bearer fnk_${'0'.repeat(40)}`));
    expect(guesses).toEqual([401, 401, 401]);
    const locked = await me(valid);
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBeDefined();
    expect((await me(valid, '203.0.113.6')).statusCode).toBe(200);
  });
});

describe('account lock', () => {
  const lock = { attempts: 3, windowMs: 15 * 60_000 };
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ signInRateLimit: 100, accountLock: lock });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('locks an e-mail address after repeated failures from different IPs; it opens again later', async () => {
    const user = await buildUser(t.db);
    for (let i = 1; i <= lock.attempts; i++) {
      expect((await signIn(t, user.email, 'falsch-falsch', `198.51.100.${i}`)).statusCode).toBe(401);
    }
    const locked = await signIn(t, user.email, 'familiennetz-demo', '198.51.100.99');
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(locked.json().detail).toBe(
      'Zu viele fehlgeschlagene Anmeldeversuche für diese E-Mail-Adresse. Bitte versuchen Sie es in 15 Min. erneut.',
    );
    expect(locked.cookies).toEqual([]);
    const english = await signIn(t, user.email, 'familiennetz-demo', '198.51.100.98', {
      'accept-language': 'en',
    });
    expect(english.json().detail).toMatch(/^Too many failed sign-in attempts for this e-mail address/);
    // Upper case is the same address.
    expect((await signIn(t, user.email.toUpperCase(), 'familiennetz-demo')).statusCode).toBe(429);

    // The clock moves past the lock (only Date: the counters in this process read Date.now()).
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(Date.now() + lock.windowMs + 1_000);
    expect((await signIn(t, user.email, 'familiennetz-demo', '198.51.100.97')).statusCode).toBe(200);
  });

  it('locks any e-mail string the same way, so the answer does not tell whether an account exists', async () => {
    const user = await buildUser(t.db);
    const answers = [];
    for (const email of [user.email, 'niemand@familiennetz.example']) {
      await statusesOf(lock.attempts, () => signIn(t, email, 'falsch-falsch'));
      const res = await signIn(t, email, 'falsch-falsch');
      answers.push({ status: res.statusCode, body: res.json() });
    }
    expect(answers[0]?.status).toBe(429);
    expect(answers[1]).toEqual(answers[0]);
  });

  it('a successful sign-in resets the count', async () => {
    const user = await buildUser(t.db);
    await statusesOf(lock.attempts - 1, () => signIn(t, user.email, 'falsch-falsch'));
    expect((await signIn(t, user.email, 'familiennetz-demo')).statusCode).toBe(200);
    await statusesOf(lock.attempts - 1, () => signIn(t, user.email, 'falsch-falsch'));
    expect((await signIn(t, user.email, 'familiennetz-demo')).statusCode).toBe(200);
  });
});

describe('client address behind a proxy', () => {
  let oneHop: TestApp;
  let listed: TestApp;
  beforeAll(async () => {
    oneHop = await buildTestApp({ signInRateLimit: LIMIT, trustProxy: 1 });
    listed = await buildTestApp({ signInRateLimit: LIMIT, trustProxy: ['10.0.0.2'] });
  });

  it('with one trusted proxy, a made-up X-Forwarded-For does not give a fresh limit', async () => {
    // nginx with $proxy_add_x_forwarded_for appends the real address to what the client sent.
    const viaProxy = (forged: string, client = '203.0.113.7') =>
      signIn(oneHop, 'wer@familiennetz.example', 'falsch-falsch', '10.0.0.2', {
        'x-forwarded-for': `${forged}, ${client}`,
      });
    const statuses = await statusesOf(LIMIT + 2, () =>
      viaProxy(`192.0.2.${Math.floor(Math.random() * 250)}`),
    );
    expect(statuses.slice(LIMIT)).toEqual([429, 429]);
    expect((await viaProxy('192.0.2.1', '203.0.113.8')).statusCode).toBe(401);
  });

  it('with a list of proxies, only they may name the client; anyone else is counted by its own address', async () => {
    const direct = (forged: string) =>
      signIn(listed, 'wer@familiennetz.example', 'falsch-falsch', '198.51.100.9', {
        'x-forwarded-for': forged,
      });
    const statuses = await statusesOf(LIMIT + 1, () => direct(`192.0.2.${Math.floor(Math.random() * 250)}`));
    expect(statuses[LIMIT]).toBe(429);
    const proxied = await signIn(listed, 'wer@familiennetz.example', 'falsch-falsch', '10.0.0.2', {
      'x-forwarded-for': '203.0.113.9',
    });
    expect(proxied.statusCode).toBe(401);
  });
});
