import { connect } from 'node:net';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMusterstadt } from '../../../demo/load-musterstadt';
import { queryRows } from '../db/client';
import { buildTestApp, type TestApp } from '../test/build-app';

let t: TestApp;
let admin: string;
let roomId: string;
let organizationId: string;

const cursorOf = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

beforeAll(async () => {
  t = await buildTestApp({ logLevel: 'fatal' });
  await loadMusterstadt(t.db);
  admin = await t.signIn('verwaltung@fz-sonnenblume.example');
  const [room] = await queryRows<{ id: string; organizationId: string }>(
    t.db,
    sql`select r.id, o.id as "organizationId" from rooms r join organizations o on o.id = r.organization_id
        where o.name = 'Familienzentrum Sonnenblume' order by r.name limit 1`,
  );
  if (!room) throw new Error('demo room missing');
  roomId = room.id;
  organizationId = room.organizationId;
});

function expectFieldError(
  res: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  path: string,
) {
  expect(res.statusCode).toBe(400);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect((res.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain(path);
}

describe('text inputs PostgreSQL cannot store', () => {
  it('refuses NUL in query strings, also anonymously, naming the field', async () => {
    expectFieldError(await t.request({ method: 'GET', url: '/api/v1/public/offerings?q=%00' }), 'q');
    for (const url of [
      '/api/v1/directory/search?q=a%00b',
      '/api/v1/directory/search?kind=%00',
      '/api/v1/organizations?q=%00',
      '/api/v1/offerings?q=%00',
      '/api/v1/rooms?q=%00',
      '/api/v1/agreements?q=%00',
    ]) {
      expectFieldError(
        await t.request({ method: 'GET', url, cookie: admin }),
        url.includes('kind') ? 'kind' : 'q',
      );
    }
  });

  it('refuses NUL, other control characters and lone surrogates in JSON bodies', async () => {
    const room = (title: string) =>
      t.request({
        method: 'POST',
        url: `/api/v1/rooms/${roomId}/bookings`,
        cookie: admin,
        payload: { startsAt: '2030-01-07T10:00:00Z', endsAt: '2030-01-07T11:00:00Z', title, dryRun: true },
      });
    for (const title of ['a\u0000b', 'a\u0007b', 'a\u001bb', 'a\ud800b', 'a\udc00']) {
      const res = await room(title);
      expectFieldError(res, 'title');
    }
    // Tabs and line breaks are ordinary text.
    expect((await room('a\tb\r\nc')).statusCode).toBe(200);
  });

  it('refuses NUL on the better-auth routes too (a reset token with NUL was a 500)', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/auth/reset-password',
      payload: { token: 'a\u0000b', newPassword: 'ein-langes-passwort' },
    });
    expectFieldError(res, 'token');
  });

  it('refuses NUL in object keys that reach the database', async () => {
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/rooms/${roomId}/bookings`,
      cookie: admin,
      payload: {
        startsAt: '2030-01-07T10:00:00Z',
        endsAt: '2030-01-07T11:00:00Z',
        title: 'x',
        dryRun: true,
        'a\u0000': 1,
      },
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('forged list cursors', () => {
  const forged = cursorOf(['x', 'y']);
  it.each([
    () => '/api/v1/offerings',
    () => '/api/v1/agreements',
    () => '/api/v1/rooms',
    () => '/api/v1/bookings/requests',
    () =>
      `/api/v1/bookings?from=2030-01-01T00:00:00Z&to=2030-02-01T00:00:00Z&organizationId=${organizationId}`,
    () => `/api/v1/rooms/${roomId}/bookings?from=2030-01-01T00:00:00Z&to=2030-02-01T00:00:00Z`,
    () => '/api/v1/organizations',
    () => '/api/v1/audit',
    () => '/api/v1/public/offerings',
    () => '/api/v1/directory/search',
  ])('list %# answers 400 naming cursor', async (urlOf) => {
    const url = urlOf();
    const sep = url.includes('?') ? '&' : '?';
    for (const cursor of [forged, cursorOf([1e308, 'exact']), cursorOf(['\u0000', 'y']), cursorOf([-1])]) {
      expectFieldError(
        await t.request({ method: 'GET', url: `${url}${sep}cursor=${cursor}`, cookie: admin }),
        'cursor',
      );
    }
  });

  it('a real cursor still pages', async () => {
    const first = await t.request({ method: 'GET', url: '/api/v1/organizations?limit=2', cookie: admin });
    const next = await t.request({
      method: 'GET',
      url: `/api/v1/organizations?limit=2&cursor=${first.json().nextCursor}`,
      cookie: admin,
    });
    expect(next.statusCode).toBe(200);
    expect(next.json().items[0].id).not.toBe(first.json().items[0].id);
  });
});

describe('times are ISO 8601 strings', () => {
  it.each([1, '1', 1e12, '2030-01-07', '2030-01-07T10:00:00', 'Mon, 07 Jan 2030 10:00:00 GMT', true])(
    'startsAt %j is refused with 400',
    async (startsAt) => {
      const res = await t.request({
        method: 'POST',
        url: `/api/v1/rooms/${roomId}/bookings`,
        cookie: admin,
        payload: { startsAt, endsAt: '2030-01-07T11:00:00Z', title: 'Kurs', dryRun: true },
      });
      expectFieldError(res, 'startsAt');
    },
  );

  it('accepts Z and offsets', async () => {
    for (const startsAt of ['2030-01-07T10:00:00Z', '2030-01-07T11:00:00.000+01:00']) {
      const res = await t.request({
        method: 'POST',
        url: `/api/v1/rooms/${roomId}/bookings`,
        cookie: admin,
        payload: { startsAt, endsAt: '2030-01-07T11:30:00Z', title: 'Kurs', dryRun: true },
      });
      expect(res.statusCode).toBe(200);
    }
  });
});

describe('requests the fuzzer found answered with 500', () => {
  it.each(['0000-01-01', '1899-12-31', '3000-01-01', '2026-02-30'])(
    'the finder refuses the date %s with 400 (year 0000 reached PostgreSQL)',
    async (from) => {
      const res = await t.request({ method: 'GET', url: `/api/v1/public/offerings?from=${from}` });
      expectFieldError(res, 'from');
    },
  );

  it('the finder still takes a real date', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/public/offerings?from=2026-12-07' });
    expect(res.statusCode).toBe(200);
  });

  it('an empty change of an offering session is 400', async () => {
    const [session] = await queryRows<{ id: string; offeringId: string }>(
      t.db,
      sql`select s.id, s.offering_id as "offeringId" from offering_sessions s
          join offering_organizers x on x.offering_id = s.offering_id
          join organizations o on o.id = x.organization_id
          where o.name = 'Familienzentrum Sonnenblume' and 'lead' = any(x.responsibilities) limit 1`,
    );
    const res = await t.request({
      method: 'PATCH',
      url: `/api/v1/offerings/${session?.offeringId}/sessions/${session?.id}`,
      cookie: admin,
      // The version every change sends is no change of the session.
      payload: { version: 1 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'body', message: 'Keine Änderung angegeben' }]);
  });
});

describe('response headers', () => {
  it('signed-in answers and everything under /api/v1/me are not stored by caches', async () => {
    for (const url of [
      '/api/v1/me',
      '/api/v1/organizations',
      '/api/v1/public/offerings',
      '/api/v1/nothing',
    ]) {
      const res = await t.request({ method: 'GET', url, cookie: admin });
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
    const anonymousMe = await t.request({ method: 'GET', url: '/api/v1/me' });
    expect(anonymousMe.headers['cache-control']).toBe('no-store');
    const signIn = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: 'verwaltung@fz-sonnenblume.example', password: 'familiennetz-demo' },
    });
    expect(signIn.headers['cache-control']).toBe('no-store');
  });

  it('anonymous public answers stay cacheable', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/public/offerings' });
    expect(res.headers['cache-control']).not.toBe('no-store');
  });

  it('malformed URLs carry the security headers', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/%' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const signedIn = await t.request({ method: 'GET', url: '/api/v1/organizations/%', cookie: admin });
    expect(signedIn.headers['cache-control']).toBe('no-store');
  });

  it('a URL over 16 KB gets a problem+json 431 with security headers on a real socket', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1');
      let data = '';
      socket.on('data', (chunk) => {
        data += chunk.toString('utf8');
      });
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
      socket.write(`GET /api/v1/organizations?q=${'a'.repeat(17_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    });
    const [head = '', body = ''] = raw.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(head.toLowerCase()).toContain('content-type: application/problem+json');
    expect(head.toLowerCase()).toContain('x-content-type-options: nosniff');
    expect(JSON.parse(body)).toMatchObject({ status: 431, type: 'about:blank#header_too_large' });
  });
});
