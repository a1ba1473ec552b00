import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './build-app';

/** The cookies a browser keeps for one site. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(setCookies: readonly string[]) {
    for (const line of setCookies) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = /max-age=0/i.test(line) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  storeFrom(response: LightMyRequestResponse) {
    const header = response.headers['set-cookie'];
    this.store(header === undefined ? [] : Array.isArray(header) ? header : [header]);
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * A browser at the identity provider: follows redirects from `url`, fills the provider's login form with
 * `login` when it asks, and stops at the first redirect back to the app (returned), or throws.
 */
export async function browseProvider(url: string, jar: CookieJar, appUrl: string, login?: string) {
  let next: { url: string; body?: URLSearchParams } = { url };
  for (let hop = 0; hop < 12; hop++) {
    const response = await fetch(next.url, {
      method: next.body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: jar.header() },
      ...(next.body && { body: next.body }),
    });
    jar.store(response.headers.getSetCookie());
    const location = response.headers.get('location');
    if (location) {
      const target = new URL(location, next.url).toString();
      if (target.startsWith(appUrl)) return target;
      next = { url: target };
      continue;
    }
    next = nextForm(await response.text(), next.url, login);
  }
  throw new Error('the identity provider never sent the browser back');
}

/** What a person does on a provider page: sign in with `login`, or confirm signing out. */
function nextForm(html: string, pageUrl: string, login: string | undefined) {
  if (html.includes('name="login"')) {
    if (!login) throw new Error('the identity provider asks to sign in');
    const action = /action="([^"]+)"/.exec(html)?.[1] ?? '';
    const body = new URLSearchParams({ prompt: 'login', login, password: 'any' });
    return { url: new URL(action, pageUrl).toString(), body };
  }
  const logout = /id="op\.logoutForm" method="post" action="([^"]+)".*name="xsrf" value="([^"]+)"/.exec(html);
  if (logout?.[1] && logout[2]) {
    const body = new URLSearchParams({ xsrf: logout[2], logout: 'yes' });
    return { url: new URL(logout[1], pageUrl).toString(), body };
  }
  throw new Error(`unexpected page at the identity provider: ${html.slice(0, 300)}`);
}

/** Starts single sign-on in the app and returns the provider's authorization URL. */
export async function startSingleSignOn(t: TestApp, jar: CookieJar, callbackURL = '/organisation') {
  const response = await t.request({
    method: 'POST',
    url: '/api/auth/sign-in/social',
    cookie: jar.header(),
    payload: { provider: 'oidc', callbackURL },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in start: ${response.statusCode} ${response.body}`);
  jar.storeFrom(response);
  return (response.json() as { url: string }).url;
}

/** The provider's redirect back to the app, handled by the app: its answer (a redirect). */
export async function returnToApp(t: TestApp, jar: CookieJar, callbackUrl: string) {
  const url = new URL(callbackUrl);
  const response = await t.request({
    method: 'GET',
    url: `${url.pathname}${url.search}`,
    cookie: jar.header(),
  });
  jar.storeFrom(response);
  return response;
}
