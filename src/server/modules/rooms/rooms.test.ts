import { count, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { auditLog } from '../audit/schema';
import { roomClosures } from './schema';
import { buildRoomsScenario } from './test-factories';

let t: TestApp;
let s: Awaited<ReturnType<typeof buildRoomsScenario>>;
const cookies: Record<string, string> = {};
let room: { id: string; name: string; version: number; feedUrl: string };

const nextTuesday = DateTime.now()
  .setZone('Europe/Berlin')
  .startOf('day')
  .plus({ days: 1 })
  .startOf('week')
  .plus({ weeks: 1, days: 1 });

beforeAll(async () => {
  t = await buildTestApp();
  s = await buildRoomsScenario(t.db);
  for (const [key, email] of Object.entries(s.people)) cookies[key] = await t.signIn(email);
});

describe('rooms', () => {
  it('tells the rooms pages where one may add rooms and whose utilisation one sees', async () => {
    const of = async (who: string) =>
      (await t.request({ method: 'GET', url: '/api/v1/rooms/permissions', cookie: cookies[who] })).json();
    expect(await of('lead')).toEqual({ createRoomIn: [s.sonnenblume.id], utilisationOfMunicipalities: [] });
    expect(await of('staff')).toEqual({ createRoomIn: [], utilisationOfMunicipalities: [] });
    expect(await of('planner')).toEqual({
      createRoomIn: [],
      utilisationOfMunicipalities: [s.municipality.id],
    });
    const anonymous = await t.request({ method: 'GET', url: '/api/v1/rooms/permissions' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('the lead adds a room (address from the owner); staff may not', async () => {
    const payload = {
      organizationId: s.sonnenblume.id,
      name: 'Mehrzweckraum',
      capacity: 15,
      equipment: ['mats', 'kitchen'],
      accessibility: ['step_free'],
      bookableHours: [{ day: 2, from: '14:00', to: '20:00' }],
      bufferMinutes: 15,
    };
    const byStaff = await t.request({ method: 'POST', url: '/api/v1/rooms', cookie: cookies.staff, payload });
    expect(byStaff.statusCode).toBe(403);
    const created = await t.request({ method: 'POST', url: '/api/v1/rooms', cookie: cookies.lead, payload });
    expect(created.statusCode).toBe(201);
    room = created.json();
    expect(created.json()).toMatchObject({
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
    const asPartner = await t.request({
      method: 'GET',
      url: `/api/v1/rooms/${room.id}`,
      cookie: cookies.partner,
    });
    expect(asPartner.json()).toMatchObject({
      access: 'request',
      permissions: { book: false, request: true, update: false },
    });
    const strangerList = await t.request({ method: 'GET', url: '/api/v1/rooms', cookie: cookies.stranger });
    expect(strangerList.json().items).toEqual([]);
    const filtered = await t.request({
      method: 'GET',
      url: '/api/v1/rooms?equipment=mats,kitchen&minCapacity=10&accessible=true',
      cookie: cookies.partner,
    });
    expect(filtered.json().items.map((r: { id: string }) => r.id)).toEqual([room.id]);
    const none = await t.request({
      method: 'GET',
      url: '/api/v1/rooms?minCapacity=16',
      cookie: cookies.partner,
    });
    expect(none.json().items).toEqual([]);
    const fee = await t.request({
      method: 'PATCH',
      url: `/api/v1/rooms/${room.id}`,
      cookie: cookies.lead,
      payload: { version: room.version, feeModel: 'per_hour' },
    });
    expect(fee.statusCode).toBe(422);
  });

  it('updates with the version read; a stale version is a 409', async () => {
    const url = `/api/v1/rooms/${room.id}`;
    const ok = await t.request({
      method: 'PATCH',
      url,
      cookie: cookies.lead,
      payload: { version: room.version, capacity: 18 },
    });
    expect(ok.json()).toMatchObject({ capacity: 18, version: room.version + 1 });
    const stale = await t.request({
      method: 'PATCH',
      url,
      cookie: cookies.lead,
      payload: { version: room.version, capacity: 2 },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('a grant lets the partner book directly', async () => {
    const url = `/api/v1/rooms/${room.id}/grants`;
    const grant = await t.request({
      method: 'POST',
      url,
      cookie: cookies.lead,
      payload: { organizationId: s.beratung.id },
    });
    expect(grant.statusCode).toBe(201);
    const twice = await t.request({
      method: 'POST',
      url,
      cookie: cookies.lead,
      payload: { organizationId: s.beratung.id },
    });
    expect(twice.statusCode).toBe(409);
    const asPartner = await t.request({
      method: 'GET',
      url: `/api/v1/rooms/${room.id}`,
      cookie: cookies.partner,
    });
    expect(asPartner.json()).toMatchObject({ access: 'granted', permissions: { book: true } });
    const day = nextTuesday.plus({ weeks: 2 });
    const booked = await t.request({
      method: 'POST',
      url: `/api/v1/rooms/${room.id}/bookings`,
      cookie: cookies.partner,
      payload: {
        startsAt: day.set({ hour: 15 }).toISO(),
        endsAt: day.set({ hour: 17 }).toISO(),
        title: 'Sprechstunde',
      },
    });
    expect(booked.json().status).toBe('confirmed');
    const removed = await t.request({
      method: 'DELETE',
      url: `${url}/${grant.json().id}`,
      cookie: cookies.lead,
    });
    expect(removed.statusCode).toBe(204);
    const after = await t.request({
      method: 'GET',
      url: `/api/v1/rooms/${room.id}`,
      cookie: cookies.partner,
    });
    expect(after.json().access).toBe('request');
  });

  it('imports closures from an .ics file, re-import replaces; closed dates are not bookable', async () => {
    const day = nextTuesday.plus({ weeks: 3 });
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Test//DE',
      'BEGIN:VEVENT',
      'UID:schliesstag-1@kita',
      `DTSTART;VALUE=DATE:${day.toFormat('yyyyMMdd')}`,
      `DTEND;VALUE=DATE:${day.plus({ days: 1 }).toFormat('yyyyMMdd')}`,
      'SUMMARY:Konzeptionstag',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:frei@kita',
      'DTSTART:20270101T100000Z',
      'DTEND:20270101T110000Z',
      'TRANSP:TRANSPARENT',
      'SUMMARY:nur Info',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const url = `/api/v1/rooms/${room.id}/closures/import`;
    const first = await t.request({ method: 'POST', url, cookie: cookies.lead, payload: { ics } });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ imported: 1, updated: 0, ignored: 1 });
    expect(first.json().items[0].startsAt).toBe(day.toUTC().toISO());
    const again = await t.request({
      method: 'POST',
      url,
      cookie: cookies.lead,
      headers: { 'content-type': 'text/calendar' },
      payload: ics,
    });
    expect(again.json()).toMatchObject({ imported: 0, updated: 1 });
    const [closures] = await t.db
      .select({ n: count() })
      .from(roomClosures)
      .where(eq(roomClosures.roomId, room.id));
    expect(closures?.n).toBe(1);
    const broken = await t.request({
      method: 'POST',
      url,
      cookie: cookies.lead,
      payload: { ics: 'BEGIN:VCALENDAR\nfoo' },
    });
    expect(broken.statusCode).toBe(422);
    const byStaff = await t.request({ method: 'POST', url, cookie: cookies.staff, payload: { ics } });
    expect(byStaff.statusCode).toBe(403);

    const dry = await t.request({
      method: 'POST',
      url: `/api/v1/rooms/${room.id}/bookings`,
      cookie: cookies.staff,
      payload: {
        startsAt: day.set({ hour: 15 }).toISO(),
        endsAt: day.set({ hour: 16 }).toISO(),
        title: 'x',
        dryRun: true,
      },
    });
    expect(dry.json().report[0]).toMatchObject({ outcome: 'closed', closure: 'Konzeptionstag' });
  });

  it('finds the room: 2 km, capacity ≥ 10, Tuesdays 15–17 for 8 weeks, without the busy and closed dates', async () => {
    const from = nextTuesday.toISODate();
    const url = `/api/v1/rooms/availability?near=${s.regenbogen.id}&radiusKm=2&minCapacity=10&weekday=2&startTime=15:00&endTime=17:00&from=${from}&weeks=8`;
    const response = await t.request({ method: 'GET', url, cookie: cookies.partner });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.dates).toHaveLength(8);
    const item = body.items.find((i: { room: { id: string } }) => i.room.id === room.id);
    expect(item.freeDates).toHaveLength(6);
    expect(item.unavailable).toEqual([
      { date: nextTuesday.plus({ weeks: 2 }).toISODate(), reason: 'busy' },
      { date: nextTuesday.plus({ weeks: 3 }).toISODate(), reason: 'closed' },
    ]);
    expect(item.distanceKm).toBeGreaterThan(1);
    // The search reads the rooms itself (SQL text): each must agree with the room as GET /rooms/{id} shows it.
    const single = await t.request({
      method: 'GET',
      url: `/api/v1/rooms/${room.id}`,
      cookie: cookies.partner,
    });
    const full = single.json();
    expect(item.room).toEqual({
      id: full.id,
      organization: full.organization,
      name: full.name,
      building: full.building,
      street: full.street,
      postalCode: full.postalCode,
      city: full.city,
      lat: full.lat,
      lng: full.lng,
      capacity: full.capacity,
      equipment: full.equipment,
      accessibility: full.accessibility,
      feeModel: full.feeModel,
      feeCentsPerHour: full.feeCentsPerHour,
      feeSharePercent: full.feeSharePercent,
      bufferMinutes: full.bufferMinutes,
      access: full.access,
    });
    expect(item.access).toBe(full.access);
    const evening = await t.request({
      method: 'GET',
      url: url.replace('startTime=15:00&endTime=17:00', 'startTime=19:00&endTime=21:00'),
      cookie: cookies.partner,
    });
    expect(evening.json().items.map((i: { room: { id: string } }) => i.room.id)).not.toContain(room.id);
    const byPostcode = await t.request({
      method: 'GET',
      url: url.replace(s.regenbogen.id, '44135'),
      cookie: cookies.partner,
    });
    expect(byPostcode.json().items).toHaveLength(1);
    const stranger = await t.request({ method: 'GET', url, cookie: cookies.stranger });
    expect(stranger.json().items).toEqual([]);
  });

  it('utilisation per room for the owner and aggregated for the planner', async () => {
    const month = nextTuesday.plus({ weeks: 2 }).toFormat('yyyy-MM');
    const own = await t.request({
      method: 'GET',
      url: `/api/v1/rooms/${room.id}/utilisation?month=${month}`,
      cookie: cookies.staff,
    });
    expect(own.statusCode).toBe(200);
    expect(own.json().bookedHours).toBe(2);
    expect(own.json().bookableHours).toBeGreaterThan(0);
    const outsider = await t.request({
      method: 'GET',
      url: `/api/v1/rooms/${room.id}/utilisation?month=${month}`,
      cookie: cookies.otherLead,
    });
    expect(outsider.statusCode).toBe(403);
    const planner = await t.request({
      method: 'GET',
      url: `/api/v1/rooms/utilisation?month=${month}&municipalityId=${s.municipality.id}`,
      cookie: cookies.planner,
    });
    expect(planner.json()).toMatchObject({
      rooms: 1,
      bookedHours: 2,
      organizations: [
        {
          organization: { id: s.sonnenblume.id },
          rooms: 1,
          perRoom: [{ room: { id: room.id, name: room.name }, bookedHours: 2 }],
        },
      ],
    });
    const member = await t.request({
      method: 'GET',
      url: `/api/v1/rooms/utilisation?month=${month}&organizationId=${s.sonnenblume.id}`,
      cookie: cookies.staff,
    });
    expect(member.json().organizations[0].perRoom[0].ratio).toBe(planner.json().ratio);
    const notPlanner = await t.request({
      method: 'GET',
      url: `/api/v1/rooms/utilisation?month=${month}&municipalityId=${s.municipality.id}`,
      cookie: cookies.lead,
    });
    expect(notPlanner.statusCode).toBe(403);
  });

  it('the .ics feed parses with ical.js: titles for the owner, busy for outsiders, 404 for a forged token', async () => {
    const feedOf = async (who: string) => {
      const roomView = await t.request({
        method: 'GET',
        url: `/api/v1/rooms/${room.id}`,
        cookie: cookies[who],
      });
      const url = new URL(roomView.json().feedUrl);
      const response = await t.request({ method: 'GET', url: url.pathname + url.search });
      expect(response.headers['content-type']).toContain('text/calendar');
      const vevents = new ICAL.Component(ICAL.parse(response.body)).getAllSubcomponents('vevent');
      return vevents.map((v) => new ICAL.Event(v));
    };
    const owner = await feedOf('lead');
    expect(owner.map((e) => e.summary)).toEqual(['Sprechstunde']);
    expect(owner[0]?.startDate.toJSDate().toISOString()).toBe(
      nextTuesday.plus({ weeks: 2 }).set({ hour: 15 }).toUTC().toISO(),
    );
    const outsider = await feedOf('otherLead');
    expect(outsider.map((e) => e.summary)).toEqual(['belegt']);
    const forged = await t.request({
      method: 'GET',
      url: `/api/v1/feeds/rooms/${room.id}.ics?token=abc.def`,
    });
    expect(forged.statusCode).toBe(404);
    const anonymous = await t.request({ method: 'GET', url: `/api/v1/feeds/rooms/${room.id}.ics` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('a room with future bookings cannot be removed', async () => {
    const current = await t.request({ method: 'GET', url: `/api/v1/rooms/${room.id}`, cookie: cookies.lead });
    const response = await t.request({
      method: 'DELETE',
      url: `/api/v1/rooms/${room.id}?version=${current.json().version}`,
      cookie: cookies.lead,
    });
    expect(response.statusCode).toBe(409);
  });

  it('removing a room needs the version read: missing is a 400, stale a 409, and neither removes it', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/rooms',
      cookie: cookies.lead,
      payload: { organizationId: s.sonnenblume.id, name: 'Abstellraum', capacity: 2 },
    });
    const { id, version } = created.json() as { id: string; version: number };
    const url = `/api/v1/rooms/${id}`;
    const missing = await t.request({ method: 'DELETE', url, cookie: cookies.lead });
    expect(missing.statusCode).toBe(400);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    await t.request({ method: 'PATCH', url, cookie: cookies.lead, payload: { version, capacity: 3 } });
    const stale = await t.request({
      method: 'DELETE',
      url: `${url}?version=${version}`,
      cookie: cookies.lead,
    });
    expect(stale.statusCode).toBe(409);
    expect((await t.request({ method: 'GET', url, cookie: cookies.partner })).statusCode).toBe(200);
    const removed = await t.request({
      method: 'DELETE',
      url: `${url}?version=${version + 1}`,
      cookie: cookies.lead,
    });
    expect(removed.statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url, cookie: cookies.partner })).statusCode).toBe(404);
  });
});
