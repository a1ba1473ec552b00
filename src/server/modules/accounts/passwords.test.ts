import { eq, sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildMembership, buildOrganization, buildUser } from '../../test/factories';
import { outbox } from '../outbox/schema';
import { authAccounts, sessions, users, verifications } from './schema';

let t: TestApp;
let centre: { id: string };
let admin: string;

beforeAll(async () => {
  t = await buildTestApp();
  centre = await buildOrganization(t.db, { name: 'Familienzentrum Sonnenblume' });
  const user = await buildUser(t.db, { name: 'Petra Admin' });
  await buildMembership(t.db, { userId: user.id, organizationId: centre.id, role: 'admin' });
  admin = await t.signIn(user.email);
});

interface Mail {
  to: string;
  subject: string;
  text: string;
}

async function mailsTo(email: string): Promise<Mail[]> {
  const rows = await t.db.select().from(outbox).where(eq(outbox.kind, 'email'));
  return rows.map((row) => row.payload as Mail).filter((mail) => mail.to === email);
}

const weakPasswords = ['1234567890', 'aaaaaaaaaa', 'aaaaaaaaaaaa', '123456789012', 'Familiennetz-2024'];

describe('new passwords are checked on every path', () => {
  async function invitationToken(email: string) {
    await t.request({
      method: 'POST',
      url: `/api/v1/organizations/${centre.id}/invitations`,
      cookie: admin,
      payload: { email, role: 'staff' },
    });
    const [mail] = await mailsTo(email);
    const token = mail?.text.match(/\/einladung\/([\w-]+)/)?.[1];
    if (!token) throw new Error('no invitation e-mail');
    return token;
  }

  it('accepting an invitation refuses weak, short and personal passwords, naming `password`', async () => {
    const email = 'nora.neumann@fz-sonnenblume.example';
    const url = `/api/v1/invitations/by-token/${await invitationToken(email)}/accept`;
    for (const password of [...weakPasswords, 'neumann-im-netz']) {
      const res = await t.request({ method: 'POST', url, payload: { name: 'Nora', password } });
      expect(res.statusCode, password).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors, password).toMatchObject([{ path: 'password' }]);
    }
    expect(await t.db.select().from(users).where(eq(users.email, email))).toEqual([]);
    const accepted = await t.request({
      method: 'POST',
      url,
      payload: { name: 'Nora', password: 'Kaffee mit Milch am Morgen' },
    });
    expect(accepted.statusCode).toBe(200);
  });

  it('the message is localised and says what is wrong', async () => {
    const url = `/api/v1/invitations/by-token/${await invitationToken('lang@fz-sonnenblume.example')}/accept`;
    const de = await t.request({ method: 'POST', url, payload: { name: 'L', password: 'zu-kurz' } });
    expect(de.json().errors).toEqual([
      { path: 'password', message: 'Das Passwort braucht mindestens 12 Zeichen.' },
    ]);
    const en = await t.request({
      method: 'POST',
      url,
      headers: { 'accept-language': 'en' },
      payload: { name: 'L', password: '123456789012' },
    });
    expect(en.json().errors[0].message).toMatch(/^This password is too common/);
  });

  it('changing the password while signed in refuses weak passwords, naming `newPassword`', async () => {
    const user = await buildUser(t.db);
    const cookie = await t.signIn(user.email);
    for (const newPassword of weakPasswords) {
      const res = await t.request({
        method: 'POST',
        url: '/api/auth/change-password',
        cookie,
        payload: { currentPassword: 'familiennetz-demo', newPassword },
      });
      expect(res.statusCode, newPassword).toBe(422);
      expect(res.json().errors, newPassword).toMatchObject([{ path: 'newPassword' }]);
    }
    const personal = await t.request({
      method: 'POST',
      url: '/api/auth/change-password',
      cookie,
      payload: { currentPassword: 'familiennetz-demo', newPassword: `${user.email.split('@')[0]}!!` },
    });
    expect(personal.json().errors).toMatchObject([{ path: 'newPassword' }]);
    const changed = await t.request({
      method: 'POST',
      url: '/api/auth/change-password',
      cookie,
      payload: { currentPassword: 'familiennetz-demo', newPassword: 'Kaffee mit Milch am Morgen' },
    });
    expect(changed.statusCode).toBe(200);
    await t.signIn(user.email, 'Kaffee mit Milch am Morgen');
  });
});

describe('password reset by e-mail link', () => {
  const requestReset = (email: string, headers: Record<string, string> = {}) =>
    t.request({ method: 'POST', url: '/api/auth/request-password-reset', headers, payload: { email } });

  async function resetLinkFor(email: string) {
    expect((await requestReset(email)).statusCode).toBe(200);
    const mails = await mailsTo(email);
    const token = mails.at(-1)?.text.match(/\/passwort-zuruecksetzen\/([\w-]+)/)?.[1];
    if (!token) throw new Error(`no reset e-mail to ${email}`);
    return token;
  }

  const resetPassword = (token: string, newPassword: string) =>
    t.request({ method: 'POST', url: '/api/auth/reset-password', payload: { token, newPassword } });

  beforeEach(async () => {
    await t.db.delete(outbox);
  });

  it('answers known and unknown addresses alike and mails only the known one, once', async () => {
    const user = await buildUser(t.db, { name: 'Karla Kern' });
    const known = await requestReset(user.email.toUpperCase());
    const unknown = await requestReset('niemand@fz-sonnenblume.example');
    expect(known.statusCode).toBe(200);
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
    expect(unknown.headers['content-type']).toBe(known.headers['content-type']);
    expect(unknown.cookies).toEqual(known.cookies);

    expect(await mailsTo('niemand@fz-sonnenblume.example')).toEqual([]);
    const mails = await t.db.select().from(outbox);
    expect(mails).toHaveLength(1);
    const [mail] = await mailsTo(user.email);
    expect(mail?.subject).toBe('Passwort zurücksetzen bei Familiennetz');
    expect(mail?.text).toContain('Guten Tag Karla Kern');
    expect(mail?.text).toMatch(/http:\/\/localhost:3000\/passwort-zuruecksetzen\/[\w-]{20,}/);
    expect(mail?.text).toContain('30 Minuten');
  });

  it('writes the e-mail in English when the request asks for it', async () => {
    const user = await buildUser(t.db);
    await requestReset(user.email, { 'accept-language': 'en' });
    const [mail] = await mailsTo(user.email);
    expect(mail?.subject).toBe('Reset your Familiennetz password');
    expect(mail?.text).toContain('30 minutes');
  });

  it('an invalid address is refused as such (not a hint whether it is known)', async () => {
    const res = await requestReset('keine-adresse');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toMatchObject([{ path: 'email' }]);
  });

  it('stores only a hash of the token', async () => {
    const user = await buildUser(t.db);
    const token = await resetLinkFor(user.email);
    const rows = await t.db.select().from(verifications);
    expect(rows.some((row) => row.identifier.includes(token))).toBe(false);
    expect(rows.some((row) => row.value === user.id)).toBe(true);
  });

  it('the link sets a new password once: old password and every session end', async () => {
    const user = await buildUser(t.db);
    const laptop = await t.signIn(user.email);
    const phone = await t.signIn(user.email);
    const token = await resetLinkFor(user.email);

    // A weak password is refused and the link stays usable.
    const weak = await resetPassword(token, '123456789012');
    expect(weak.statusCode).toBe(422);
    expect(weak.json().errors).toMatchObject([{ path: 'newPassword' }]);
    const personal = await resetPassword(token, `${user.email.split('@')[0]}-neu`);
    expect(personal.json().errors).toMatchObject([{ path: 'newPassword' }]);

    const done = await resetPassword(token, 'Kaffee mit Milch am Morgen');
    expect(done.statusCode).toBe(200);
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
    for (const cookie of [laptop, phone]) {
      // The session token no longer opens anything once the signed cookie cache has expired.
      const tokenOnly = cookie
        .split('; ')
        .filter((c) => !c.startsWith('better-auth.session_data='))
        .join('; ');
      expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie: tokenOnly })).statusCode).toBe(401);
    }
    const old = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: user.email, password: 'familiennetz-demo' },
    });
    expect(old.statusCode).toBe(401);
    const signedIn = await t.signIn(user.email, 'Kaffee mit Milch am Morgen');
    expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie: signedIn })).statusCode).toBe(200);

    const again = await resetPassword(token, 'Tee mit Zitrone am Abend');
    expect(again.statusCode).toBe(400);
    expect(again.json().detail).toBe(
      'Dieser Link ist ungültig, abgelaufen oder wurde bereits verwendet. Bitte fordern Sie einen neuen an.',
    );
    await t.signIn(user.email, 'Kaffee mit Milch am Morgen');
  });

  it('an expired link is refused and changes nothing', async () => {
    const user = await buildUser(t.db);
    const token = await resetLinkFor(user.email);
    const [row] = await t.db.select().from(verifications).where(eq(verifications.value, user.id));
    expect(row && (row.expiresAt.getTime() - Date.now()) / 60_000).toBeCloseTo(30, 0);
    await t.db
      .update(verifications)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(verifications.value, user.id));
    const res = await resetPassword(token, 'Kaffee mit Milch am Morgen');
    expect(res.statusCode).toBe(400);
    await t.signIn(user.email);
  });

  it('someone who signs in only by single sign-on gets a hint instead of a link', async () => {
    const user = await buildUser(t.db);
    await t.db.delete(authAccounts).where(eq(authAccounts.userId, user.id));
    await t.db.insert(authAccounts).values({ userId: user.id, accountId: 'sub-4711', providerId: 'oidc' });
    const res = await requestReset(user.email);
    expect(res.statusCode).toBe(200);
    const [mail] = await mailsTo(user.email);
    expect(mail?.subject).toBe('Ihre Anmeldung bei Familiennetz');
    expect(mail?.text).not.toMatch(/passwort-zuruecksetzen/);
    expect(mail?.text).toContain('Single Sign-on');
  });

  it('a reset token of someone with single sign-on only never creates a password', async () => {
    const user = await buildUser(t.db);
    await t.db.delete(authAccounts).where(eq(authAccounts.userId, user.id));
    // better-auth stores a token before it asks us to mail it; it is never sent, but must not work either.
    const { internalAdapter } = await t.app.auth.$context;
    const token = 'nie-verschickt-0123456789';
    await internalAdapter.createVerificationValue({
      identifier: `reset-password:${token}`,
      value: user.id,
      expiresAt: new Date(Date.now() + 60_000),
    });
    const res = await resetPassword(token, 'Kaffee mit Milch am Morgen');
    expect(res.statusCode).toBe(400);
    expect(await t.db.select().from(authAccounts).where(eq(authAccounts.userId, user.id))).toEqual([]);
  });

  it('changing the password needs a session before anything else', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: 'familiennetz-demo', newPassword: '123456789012' },
    });
    expect(res.statusCode).toBe(401);
  });

  it('the endpoints are in the OpenAPI document', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/auth/request-password-reset'].post).toBeDefined();
    expect(doc.paths['/api/auth/reset-password'].post).toBeDefined();
  });
});
