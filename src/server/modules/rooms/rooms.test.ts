import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { auditLog } from '../audit/schema';
import {
  bookedRoom,
  bookSprechstunde,
  buildRoomsWorld,
  mehrzweckraum,
  type RoomsWorld,
  roomOfSonnenblume,
} from './test-stages';

// Each test adds the room it needs to the shared Musterstadt (test-stages.ts); one that lists every room the
// counselling centre sees builds a Musterstadt of its own.
let t: TestApp;
let s: RoomsWorld;

beforeAll(async () => {
  // A Musterstadt of a test's own signs in more people.
  t = await buildTestApp({ signInRateLimit: 1000 });
  s = await buildRoomsWorld(t);
});

describe('rooms', () => {
  it('tells the rooms pages where one may add rooms and whose utilisation one sees', async () => {
    const of = async (cookie: string) =>
      (await t.request({ method: 'GET', url: '/api/v1/rooms/permissions', cookie })).json();
    expect(await of(s.cookies.lead)).toEqual({
      createRoomIn: [s.sonnenblume.id],
      utilisationOfMunicipalities: [],
    });
    expect(await of(s.cookies.staff)).toEqual({ createRoomIn: [], utilisationOfMunicipalities: [] });
    expect(await of(s.cookies.planner)).toEqual({
      createRoomIn: [],
      utilisationOfMunicipalities: [s.municipality.id],
    });
    const anonymous = await t.request({ method: 'GET', url: '/api/v1/rooms/permissions' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('the lead adds a room (address from the owner); staff may not', async () => {
    const payload = mehrzweckraum(s);
    const byStaff = await t.request({
      method: 'POST',
      url: '/api/v1/rooms',
      cookie: s.cookies.staff,
      payload,
    });
    expect(byStaff.statusCode).toBe(403);
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/rooms',
      cookie: s.cookies.lead,
      payload,
    });
    expect(created.statusCode).toBe(201);
    const room = created.json();
    expect(room).toMatchObject({
      lat: 51.5,
      lng: 7.45,
      access: 'owner',
      organization: { name: 'Familienzentrum Sonnenblume' },
      permissions: { update: true, book: true, request: false, decide: true },
    });
    const [audit] = await t.db.select({ n: count() }).from(auditLog).where(eq(auditLog.entityId, room.id));
    expect(audit?.n).toBe(1);
  });

  it('others see it as requestable, strangers not at all in their list; fee amounts are required', async () => {
    // The lists below hold every room the counselling centre sees: a Musterstadt with this room only.
    const w = await buildRoomsWorld(t, { another: true, signIn: ['lead', 'partner', 'stranger'] });
    const room = await roomOfSonnenblume(t, w);
    const asPartner = await t.request({
      method: 'GET',
      url: `/api/v1/rooms/${room.id}`,
      cookie: w.cookies.partner,
    });
    expect(asPartner.json()).toMatchObject({
      access: 'request',
      permissions: { book: false, request: true, update: false },
    });
    const strangerList = await t.request({ method: 'GET', url: '/api/v1/rooms', cookie: w.cookies.stranger });
    expect(strangerList.json().items).toEqual([]);
    const filtered = await t.request({
      method: 'GET',
      url: '/api/v1/rooms?equipment=mats,kitchen&minCapacity=10&accessible=true',
      cookie: w.cookies.partner,
    });
    expect(filtered.json().items.map((r: { id: string }) => r.id)).toEqual([room.id]);
    const none = await t.request({
      method: 'GET',
      url: '/api/v1/rooms?minCapacity=16',
      cookie: w.cookies.partner,
    });
    expect(none.json().items).toEqual([]);
    const fee = await t.request({
      method: 'PATCH',
      url: `/api/v1/rooms/${room.id}`,
      cookie: w.cookies.lead,
      payload: { version: room.version, feeModel: 'per_hour' },
    });
    expect(fee.statusCode).toBe(422);
  });

  it('updates with the version read; a stale version is a 409', async () => {
    const room = await roomOfSonnenblume(t, s);
    const url = `/api/v1/rooms/${room.id}`;
    const ok = await t.request({
      method: 'PATCH',
      url,
      cookie: s.cookies.lead,
      payload: { version: room.version, capacity: 18 },
    });
    expect(ok.json()).toMatchObject({ capacity: 18, version: room.version + 1 });
    const stale = await t.request({
      method: 'PATCH',
      url,
      cookie: s.cookies.lead,
      payload: { version: room.version, capacity: 2 },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('a grant lets the partner book directly', async () => {
    const room = await roomOfSonnenblume(t, s);
    const url = `/api/v1/rooms/${room.id}/grants`;
    const grant = await t.request({
      method: 'POST',
      url,
      cookie: s.cookies.lead,
      payload: { organizationId: s.beratung.id },
    });
    expect(grant.statusCode).toBe(201);
    const twice = await t.request({
      method: 'POST',
      url,
      cookie: s.cookies.lead,
      payload: { organizationId: s.beratung.id },
    });
    expect(twice.statusCode).toBe(409);
    const asPartner = await t.request({
      method: 'GET',
      url: `/api/v1/rooms/${room.id}`,
      cookie: s.cookies.partner,
    });
    expect(asPartner.json()).toMatchObject({ access: 'granted', permissions: { book: true } });
    expect(await bookSprechstunde(t, s, room)).toBe('confirmed');
    const removed = await t.request({
      method: 'DELETE',
      url: `${url}/${grant.json().id}`,
      cookie: s.cookies.lead,
    });
    expect(removed.statusCode).toBe(204);
    const after = await t.request({
      method: 'GET',
      url: `/api/v1/rooms/${room.id}`,
      cookie: s.cookies.partner,
    });
    expect(after.json().access).toBe('request');
  });

  it('a room with future bookings cannot be removed', async () => {
    const room = await bookedRoom(t, s);
    const current = await t.request({
      method: 'GET',
      url: `/api/v1/rooms/${room.id}`,
      cookie: s.cookies.lead,
    });
    const response = await t.request({
      method: 'DELETE',
      url: `/api/v1/rooms/${room.id}?version=${current.json().version}`,
      cookie: s.cookies.lead,
    });
    expect(response.statusCode).toBe(409);
  });

  it('removing a room needs the version read: missing is a 400, stale a 409, and neither removes it', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/rooms',
      cookie: s.cookies.lead,
      payload: { organizationId: s.sonnenblume.id, name: 'Abstellraum', capacity: 2 },
    });
    const { id, version } = created.json() as { id: string; version: number };
    const url = `/api/v1/rooms/${id}`;
    const missing = await t.request({ method: 'DELETE', url, cookie: s.cookies.lead });
    expect(missing.statusCode).toBe(400);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    await t.request({ method: 'PATCH', url, cookie: s.cookies.lead, payload: { version, capacity: 3 } });
    const stale = await t.request({
      method: 'DELETE',
      url: `${url}?version=${version}`,
      cookie: s.cookies.lead,
    });
    expect(stale.statusCode).toBe(409);
    expect((await t.request({ method: 'GET', url, cookie: s.cookies.partner })).statusCode).toBe(200);
    const removed = await t.request({
      method: 'DELETE',
      url: `${url}?version=${version + 1}`,
      cookie: s.cookies.lead,
    });
    expect(removed.statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url, cookie: s.cookies.partner })).statusCode).toBe(404);
  });
});
