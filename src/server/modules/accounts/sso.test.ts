import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_ORIGIN, type TestApp } from '../../test/build-app';
import { allowErrorLogs } from '../../test/error-logs';
import { buildMembership, buildOrganization, buildUser } from '../../test/factories';
import { startTestOidcProvider, TEST_OIDC_CLIENT, type TestOidcProvider } from '../../test/oidc-provider';
import { browseProvider, CookieJar, returnToApp, startSingleSignOn } from '../../test/sso-browser';
import { authAccounts, users } from './schema';

// Single sign-on against a real OpenID provider on localhost (authorization code with PKCE).
let provider: TestOidcProvider;
let t: TestApp;

const admin = { email: 'verwaltung@fz-sonnenblume.example', name: 'Claudia Hoffmann' };

beforeAll(async () => {
  provider = await startTestOidcProvider({ appUrl: TEST_ORIGIN });
  t = await buildTestApp({ oidc: { issuer: provider.issuer, ...TEST_OIDC_CLIENT, name: 'Stadt-Login' } });
  const user = await buildUser(t.db, admin);
  const organization = await buildOrganization(t.db);
  await buildMembership(t.db, { userId: user.id, organizationId: organization.id, role: 'admin' });
});

afterAll(async () => {
  await provider.stop();
});

/** One person's whole round trip: app → provider (signing in as `login`) → app. */
async function signInBySso(login: string) {
  const app = new CookieJar();
  const atProvider = new CookieJar();
  const authorizeUrl = await startSingleSignOn(t, app);
  const callback = await browseProvider(authorizeUrl, atProvider, TEST_ORIGIN, login);
  const landing = await returnToApp(t, app, callback);
  return { app, atProvider, landing };
}

/** The error code of a redirect to the sign-in page (fails for a redirect elsewhere). */
function errorOf(response: LightMyRequestResponse) {
  expect(response.statusCode).toBe(302);
  const location = new URL(String(response.headers.location));
  expect(`${location.origin}${location.pathname}`).toBe(`${TEST_ORIGIN}/anmelden`);
  return location.searchParams.get('error');
}

async function whoIsSignedIn(jar: CookieJar) {
  const me = await t.request({ method: 'GET', url: '/api/v1/me', cookie: jar.header() });
  return me.statusCode === 200 ? (me.json() as { user: { email: string } }).user.email : null;
}

async function oidcAccountsOf(email: string) {
  return t.db
    .select({ id: authAccounts.id })
    .from(authAccounts)
    .innerJoin(users, eq(users.id, authAccounts.userId))
    .where(and(eq(authAccounts.providerId, 'oidc'), eq(users.email, email)));
}

describe('single sign-on with a real OpenID provider', () => {
  it('offers the provider to the web app once discovery worked', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/config' });
    expect(res.json().singleSignOn).toEqual({ providerId: 'oidc', name: 'Stadt-Login' });
    const paths = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json().paths;
    expect(paths['/api/auth/sign-in/social'].post.responses[200]).toBeDefined();
    expect(paths['/api/auth/sign-out'].post.responses[200]).toBeDefined();
  });

  it('refuses an unverified e-mail claim, even one naming an organisation admin, and links nothing', async () => {
    allowErrorLogs('account_not_linked'); // better-auth logs the refusal
    provider.accounts.set('mallory', { email: admin.email, emailVerified: false, name: 'Mallory' });
    const { app, landing } = await signInBySso('mallory');
    expect(landing.statusCode).toBe(302);
    expect(errorOf(landing)).toBe('account_not_linked');
    expect(await whoIsSignedIn(app)).toBeNull();
    expect(await oidcAccountsOf(admin.email)).toHaveLength(0);
  });

  it('signs an existing person in when the provider vouches for the e-mail', async () => {
    provider.accounts.set('claudia', { email: admin.email, emailVerified: true, name: admin.name });
    const { app, landing } = await signInBySso('claudia');
    expect(landing.statusCode).toBe(302);
    expect(landing.headers.location).toBe('/organisation');
    expect(await whoIsSignedIn(app)).toBe(admin.email);
    expect(await oidcAccountsOf(admin.email)).toHaveLength(1);
  });

  it('no longer signs a linked account in once the provider says the e-mail is unverified', async () => {
    provider.accounts.set('claudia', { email: admin.email, emailVerified: false, name: admin.name });
    try {
      const { app, landing } = await signInBySso('claudia');
      expect(errorOf(landing)).toBe('email_not_verified');
      expect(await whoIsSignedIn(app)).toBeNull();
    } finally {
      provider.accounts.set('claudia', { email: admin.email, emailVerified: true, name: admin.name });
    }
  });

  it('refuses a provider account without a person here, also when the client asks to sign up', async () => {
    allowErrorLogs('signup_disabled');
    provider.accounts.set('stranger', { email: 'fremd@stadt.example', emailVerified: true, name: 'Fremd' });
    const { app, landing } = await signInBySso('stranger');
    expect(errorOf(landing)).toBe('signup_disabled');
    expect(await whoIsSignedIn(app)).toBeNull();
    const signUp = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in/social',
      payload: { provider: 'oidc', callbackURL: '/', requestSignUp: true },
    });
    expect(signUp.statusCode).toBe(400);
  });

  it('accepts neither a bare ID token nor a return address on another site', async () => {
    const start = (payload: object) =>
      t.request({ method: 'POST', url: '/api/auth/sign-in/social', payload });
    const bareToken = await start({ provider: 'oidc', idToken: { token: 'eyJ.eyJ.sig' } });
    expect(bareToken.statusCode).toBe(400);
    expect(bareToken.headers['content-type']).toMatch(/^application\/problem\+json/);
    for (const callbackURL of [
      'https://elsewhere.example/',
      '//elsewhere.example/',
      '/\\elsewhere.example/',
    ]) {
      expect((await start({ provider: 'oidc', callbackURL })).statusCode).toBe(400);
    }
    expect((await start({ provider: 'oidc', callbackURL: '/raeume?woche=1' })).statusCode).toBe(200);
  });

  it('refuses a tampered state and a forged code with a message on the sign-in page', async () => {
    allowErrorLogs('Failed to parse state');
    allowErrorLogs('Failed to validate authorization code');
    const app = new CookieJar();
    const authorizeUrl = await startSingleSignOn(t, app);
    const callback = new URL(await browseProvider(authorizeUrl, new CookieJar(), TEST_ORIGIN, 'claudia'));
    const tampered = new URL(callback);
    tampered.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    const refused = await returnToApp(t, app, tampered.toString());
    expect(errorOf(refused)).toBe('state_mismatch');
    const forged = new URL(callback);
    forged.searchParams.set('code', 'forged');
    const invalid = await returnToApp(t, app, forged.toString());
    expect(errorOf(invalid)).toBe('invalid_code');
    expect(await whoIsSignedIn(app)).toBeNull();
    const errorPage = await t.request({ method: 'GET', url: '/api/auth/error?error=state_mismatch' });
    expect(errorOf(errorPage)).toBe('state_mismatch');
  });

  it('signing out of a single sign-on session ends the provider session too', async () => {
    const { app, atProvider } = await signInBySso('claudia');
    const signOut = await t.request({
      method: 'POST',
      url: '/api/auth/sign-out',
      cookie: app.header(),
      payload: {},
    });
    expect(signOut.statusCode).toBe(200);
    const { url } = signOut.json() as { url: string };
    const logout = new URL(url);
    expect(logout.origin).toBe(provider.issuer);
    expect(logout.searchParams.get('id_token_hint')).toBeTruthy();
    expect(logout.searchParams.get('post_logout_redirect_uri')).toBe(`${TEST_ORIGIN}/anmelden?abgemeldet=1`);
    expect(await browseProvider(url, atProvider, TEST_ORIGIN)).toBe(`${TEST_ORIGIN}/anmelden?abgemeldet=1`);
    // The provider asks for the login again (browseProvider without a login name throws when asked).
    const again = await startSingleSignOn(t, new CookieJar());
    await expect(browseProvider(again, atProvider, TEST_ORIGIN)).rejects.toThrow('asks to sign in');
  });

  it('signing out of a password session does not send the person to the provider', async () => {
    // Linked to the provider an hour ago, signed in with the password now.
    await t.db
      .update(authAccounts)
      .set({ updatedAt: new Date(Date.now() - 3600_000) })
      .where(eq(authAccounts.providerId, 'oidc'));
    const cookie = await t.signIn(admin.email);
    const signOut = await t.request({ method: 'POST', url: '/api/auth/sign-out', cookie, payload: {} });
    expect(signOut.statusCode).toBe(200);
    expect(signOut.json().url).toBeUndefined();
  });
});

describe('single sign-on while the provider is down', () => {
  it('offers no button until discovery works, then retries in the background and offers it', async () => {
    // better-auth logs each failed discovery (of the provider on localhost, which is not started yet).
    allowErrorLogs(/^(Discovery fetch failed|Provider "oidc": discovery left no usable|Provider not found)/);
    const port = await freePort();
    const down = await buildTestApp({
      oidc: { issuer: `http://localhost:${port}`, ...TEST_OIDC_CLIENT, name: 'Stadt-Login' },
    });
    const config = async () => (await down.request({ method: 'GET', url: '/api/v1/config' })).json();
    expect((await config()).singleSignOn).toBeNull();
    const start = await down.request({
      method: 'POST',
      url: '/api/auth/sign-in/social',
      payload: { provider: 'oidc', callbackURL: '/organisation' },
    });
    expect(start.statusCode).toBe(404);
    expect(start.headers['content-type']).toMatch(/^application\/problem\+json/);

    const late = await startTestOidcProvider({ appUrl: TEST_ORIGIN, port });
    try {
      await expect
        .poll(async () => (await config()).singleSignOn, { timeout: 10_000, interval: 250 })
        .toEqual({
          providerId: 'oidc',
          name: 'Stadt-Login',
        });
    } finally {
      await late.stop();
    }
  });
});

/** A port nothing listens on (the provider starts there later). */
async function freePort() {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
