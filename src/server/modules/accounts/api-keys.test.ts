import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildUser } from '../../test/factories';
import { auditLog } from '../audit/schema';
import { apiKeys } from './schema';

let t: TestApp;
let cookie: string;

const DAY = 86_400_000;

beforeAll(async () => {
  t = await buildTestApp({ apiKeyMaxDays: 90 });
  cookie = await t.signIn((await buildUser(t.db)).email);
});

async function createKey(body: Record<string, unknown> = { name: 'Tabellenabgleich' }) {
  const res = await t.request({ method: 'POST', url: '/api/v1/me/api-keys', cookie, payload: body });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; key: string; expiresAt: string; createdAt: string };
}

const withKey = (key: string, method: 'GET' | 'POST' = 'GET', url = '/api/v1/me', payload?: object) =>
  t.request({ method, url, headers: { authorization: `Bearer ${key}` }, ...(payload && { payload }) });

describe('API keys', () => {
  it('a new key expires after API_KEY_MAX_DAYS unless the client asks for less', async () => {
    const standard = await createKey();
    expect(Date.parse(standard.expiresAt) - Date.parse(standard.createdAt)).toBeCloseTo(90 * DAY, -5);
    const short = await createKey({ name: 'Kurz', expiresInDays: 7 });
    expect(Date.parse(short.expiresAt) - Date.parse(short.createdAt)).toBeCloseTo(7 * DAY, -5);
  });

  it('asking for a longer life than API_KEY_MAX_DAYS is refused, naming the field', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/me/api-keys',
      cookie,
      headers: { 'accept-language': 'en' },
      payload: { name: 'Zu lang', expiresInDays: 91 },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ path: 'expiresInDays', message: 'At most 90 days.' }]);
  });

  it('an API key cannot create another key (403 with a clear message)', async () => {
    const { key } = await createKey();
    expect((await withKey(key)).statusCode).toBe(200);
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/me/api-keys',
      headers: { authorization: `Bearer ${key}`, 'accept-language': 'en' },
      payload: { name: 'Nachkomme' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toMatch(/API key/);
  });

  it('an expired key gets 401', async () => {
    const { id, key } = await createKey();
    await t.db.update(apiKeys).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(apiKeys.id, id));
    expect((await withKey(key)).statusCode).toBe(401);
  });

  it('a key without an expiry (made before expiries existed) ends API_KEY_MAX_DAYS after its creation', async () => {
    const { id, key } = await createKey();
    await t.db
      .update(apiKeys)
      .set({ expiresAt: null, createdAt: sql`now() - interval '91 days'` })
      .where(eq(apiKeys.id, id));
    expect((await withKey(key)).statusCode).toBe(401);
  });

  it('a key in use stops at its expiry, not when the cached lookup ends', async () => {
    const { id, key } = await createKey();
    await t.db
      .update(apiKeys)
      .set({ expiresAt: sql`now() + interval '1500 milliseconds'` })
      .where(eq(apiKeys.id, id));
    expect((await withKey(key)).statusCode).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect((await withKey(key)).statusCode).toBe(401);
  });

  it('the list shows name, created, last used and expiry; deleting a key ends it at once', async () => {
    const { id, key } = await createKey({ name: 'Export' });
    expect((await withKey(key)).statusCode).toBe(200);
    const list = await t.request({ method: 'GET', url: '/api/v1/me/api-keys', cookie });
    expect(list.statusCode).toBe(200);
    const item = list.json().items.find((k: { id: string }) => k.id === id);
    expect(item).toMatchObject({ name: 'Export', permissions: { delete: true } });
    expect(item.lastUsedAt).not.toBeNull();
    expect(item.expiresAt).not.toBeNull();
    expect(item).not.toHaveProperty('key');

    const removed = await t.request({ method: 'DELETE', url: `/api/v1/me/api-keys/${id}`, cookie });
    expect(removed.statusCode).toBe(204);
    expect((await withKey(key)).statusCode).toBe(401);
    const trail = await t.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(trail.map((entry) => entry.action).sort()).toEqual(['create', 'delete']);
  });

  it("another person's key is not found", async () => {
    const { id } = await createKey();
    const stranger = await t.signIn((await buildUser(t.db)).email);
    const res = await t.request({ method: 'DELETE', url: `/api/v1/me/api-keys/${id}`, cookie: stranger });
    expect(res.statusCode).toBe(404);
  });
});
