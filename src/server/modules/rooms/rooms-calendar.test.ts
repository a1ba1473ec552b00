import { count, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { roomClosures } from './schema';
import {
  bookedRoom,
  buildRoomsWorld,
  closeRoomOn,
  closuresIcs,
  nextTuesday,
  type RoomsWorld,
  roomOfSonnenblume,
  sprechstundeDay,
} from './test-stages';

// A room's calendar: closures, the availability search, utilisation and the .ics feed. Each test adds the room
// it needs (test-stages.ts); one that counts every room of its municipality builds a Musterstadt of its own.
let t: TestApp;
let s: RoomsWorld;

beforeAll(async () => {
  // A Musterstadt of a test's own signs in more people.
  t = await buildTestApp({ signInRateLimit: 1000 });
  s = await buildRoomsWorld(t);
});

describe('a room’s calendar', () => {
  it('imports closures from an .ics file, re-import replaces; closed dates are not bookable', async () => {
    const room = await roomOfSonnenblume(t, s);
    const day = nextTuesday.plus({ weeks: 3 });
    const ics = closuresIcs(day);
    const url = `/api/v1/rooms/${room.id}/closures/import`;
    const first = await t.request({ method: 'POST', url, cookie: s.cookies.lead, payload: { ics } });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ imported: 1, updated: 0, ignored: 1 });
    expect(first.json().items[0].startsAt).toBe(day.toUTC().toISO());
    const again = await t.request({
      method: 'POST',
      url,
      cookie: s.cookies.lead,
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
      cookie: s.cookies.lead,
      payload: { ics: 'BEGIN:VCALENDAR\nfoo' },
    });
    expect(broken.statusCode).toBe(422);
    const byStaff = await t.request({ method: 'POST', url, cookie: s.cookies.staff, payload: { ics } });
    expect(byStaff.statusCode).toBe(403);

    const dry = await t.request({
      method: 'POST',
      url: `/api/v1/rooms/${room.id}/bookings`,
      cookie: s.cookies.staff,
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
    // The search finds every room near by: a Musterstadt with this room only, busy and closed once.
    const w = await buildRoomsWorld(t, { another: true, signIn: ['lead', 'partner', 'stranger'] });
    const room = await bookedRoom(t, w);
    await closeRoomOn(t, w, room, nextTuesday.plus({ weeks: 3 }));
    const from = nextTuesday.toISODate();
    const url = `/api/v1/rooms/availability?near=${w.regenbogen.id}&radiusKm=2&minCapacity=10&weekday=2&startTime=15:00&endTime=17:00&from=${from}&weeks=8`;
    const response = await t.request({ method: 'GET', url, cookie: w.cookies.partner });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.dates).toHaveLength(8);
    const item = body.items.find((i: { room: { id: string } }) => i.room.id === room.id);
    expect(item.freeDates).toHaveLength(6);
    expect(item.unavailable).toEqual([
      { date: sprechstundeDay.toISODate(), reason: 'busy' },
      { date: nextTuesday.plus({ weeks: 3 }).toISODate(), reason: 'closed' },
    ]);
    expect(item.distanceKm).toBeGreaterThan(1);
    // The search reads the rooms itself (SQL text): each must agree with the room as GET /rooms/{id} shows it.
    const single = await t.request({
      method: 'GET',
      url: `/api/v1/rooms/${room.id}`,
      cookie: w.cookies.partner,
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
      cookie: w.cookies.partner,
    });
    expect(evening.json().items.map((i: { room: { id: string } }) => i.room.id)).not.toContain(room.id);
    const byPostcode = await t.request({
      method: 'GET',
      url: url.replace(w.regenbogen.id, '44135'),
      cookie: w.cookies.partner,
    });
    expect(byPostcode.json().items).toHaveLength(1);
    const stranger = await t.request({ method: 'GET', url, cookie: w.cookies.stranger });
    expect(stranger.json().items).toEqual([]);
  });

  it('utilisation per room for the owner and aggregated for the planner', async () => {
    // The planner's figures hold every room of the municipality: a Musterstadt with this room only.
    const w = await buildRoomsWorld(t, {
      another: true,
      signIn: ['lead', 'staff', 'otherLead', 'partner', 'planner'],
    });
    const room = await bookedRoom(t, w);
    const month = sprechstundeDay.toFormat('yyyy-MM');
    const own = await t.request({
      method: 'GET',
      url: `/api/v1/rooms/${room.id}/utilisation?month=${month}`,
      cookie: w.cookies.staff,
    });
    expect(own.statusCode).toBe(200);
    expect(own.json().bookedHours).toBe(2);
    expect(own.json().bookableHours).toBeGreaterThan(0);
    const outsider = await t.request({
      method: 'GET',
      url: `/api/v1/rooms/${room.id}/utilisation?month=${month}`,
      cookie: w.cookies.otherLead,
    });
    expect(outsider.statusCode).toBe(403);
    const planner = await t.request({
      method: 'GET',
      url: `/api/v1/rooms/utilisation?month=${month}&municipalityId=${w.municipality.id}`,
      cookie: w.cookies.planner,
    });
    expect(planner.json()).toMatchObject({
      rooms: 1,
      bookedHours: 2,
      organizations: [
        {
          organization: { id: w.sonnenblume.id },
          rooms: 1,
          perRoom: [{ room: { id: room.id, name: room.name }, bookedHours: 2 }],
        },
      ],
    });
    const member = await t.request({
      method: 'GET',
      url: `/api/v1/rooms/utilisation?month=${month}&organizationId=${w.sonnenblume.id}`,
      cookie: w.cookies.staff,
    });
    expect(member.json().organizations[0].perRoom[0].ratio).toBe(planner.json().ratio);
    const notPlanner = await t.request({
      method: 'GET',
      url: `/api/v1/rooms/utilisation?month=${month}&municipalityId=${w.municipality.id}`,
      cookie: w.cookies.lead,
    });
    expect(notPlanner.statusCode).toBe(403);
  });

  it('the .ics feed parses with ical.js: titles for the owner, busy for outsiders, 404 for a forged token', async () => {
    const room = await bookedRoom(t, s);
    const feedOf = async (who: keyof RoomsWorld['cookies']) => {
      const roomView = await t.request({
        method: 'GET',
        url: `/api/v1/rooms/${room.id}`,
        cookie: s.cookies[who],
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
      sprechstundeDay.set({ hour: 15 }).toUTC().toISO(),
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
});
