import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildMembership, buildOrganization, buildUser } from '../../test/factories';
import { weeklyCourse } from '../offerings/test-factories';
import { buildRoom, buildRoomsScenario } from './test-factories';

/**
 * `GET /bookings/{id}`, a room's `GET /rooms/{id}/bookings` and an organisation's `GET /bookings` must agree
 * for every role: the same bookings visible, each at the same level of detail (issue 16: the lists lacked
 * the offering's co-organisers and instance admins that the single booking allowed).
 */
type Level = 'full' | 'busy' | 404;
type Role =
  | 'ownerLead'
  | 'ownerStaff'
  | 'bookerMember'
  | 'coOrganizer'
  | 'planner'
  | 'admin'
  | 'unrelated'
  | 'otherMunicipality';
type BookingName = 'own' | 'requestedByOther' | 'forOffering' | 'othersOwn' | 'declined';

let t: TestApp;
const cookies = {} as Record<Role, string>;
const calendarsOf = {} as Record<Role, string[]>;
const bookings = {} as Record<BookingName, { id: string; roomId: string; involved: string[] }>;

const first = DateTime.now().setZone('Europe/Berlin').startOf('day').plus({ days: 2 });
const from = encodeURIComponent(first.toISO() ?? '');
const to = encodeURIComponent(first.plus({ days: 30 }).toISO() ?? '');
const slot = (days: number) => ({
  startsAt: first.plus({ days }).set({ hour: 10 }).toISO(),
  endsAt: first.plus({ days }).set({ hour: 12 }).toISO(),
});

// Sonnenblume (owner lead and staff) owns room A; Regenbogen (the booker member) owns room B; the
// counselling centre co-organises an offering with Sonnenblume.
const expected: Record<Role, Record<BookingName, Level>> = {
  ownerLead: {
    own: 'full',
    requestedByOther: 'full',
    forOffering: 'full',
    othersOwn: 'busy',
    declined: 'full',
  },
  ownerStaff: {
    own: 'full',
    requestedByOther: 'full',
    forOffering: 'full',
    othersOwn: 'busy',
    declined: 'full',
  },
  bookerMember: {
    own: 'busy',
    requestedByOther: 'full',
    forOffering: 'full',
    othersOwn: 'full',
    declined: 404,
  },
  coOrganizer: {
    own: 'busy',
    requestedByOther: 404,
    forOffering: 'full',
    othersOwn: 'busy',
    declined: 'full',
  },
  planner: { own: 'busy', requestedByOther: 404, forOffering: 404, othersOwn: 'busy', declined: 404 },
  admin: { own: 'full', requestedByOther: 'full', forOffering: 'full', othersOwn: 'full', declined: 'full' },
  unrelated: { own: 'busy', requestedByOther: 404, forOffering: 404, othersOwn: 'busy', declined: 404 },
  otherMunicipality: {
    own: 'busy',
    requestedByOther: 404,
    forOffering: 404,
    othersOwn: 'busy',
    declined: 404,
  },
};

async function book(role: Role, roomId: string, payload: Record<string, unknown>) {
  const response = await t.request({
    method: 'POST',
    url: `/api/v1/rooms/${roomId}/bookings`,
    cookie: cookies[role],
    payload,
  });
  expect(response.statusCode).toBe(201);
  return response.json().bookings[0] as { id: string; version: number };
}

beforeAll(async () => {
  t = await buildTestApp();
  const s = await buildRoomsScenario(t.db);
  const people: Partial<Record<Role, string>> = {
    ownerLead: s.people.lead,
    ownerStaff: s.people.staff,
    bookerMember: s.people.otherLead,
    coOrganizer: s.people.partner,
    planner: s.people.planner,
    otherMunicipality: s.people.stranger,
  };
  const wolke = await buildOrganization(t.db, { municipalityId: s.municipality.id, name: 'Kita Wolke' });
  const unrelated = await buildUser(t.db, { email: 'leitung@kita-wolke.example' });
  await buildMembership(t.db, { userId: unrelated.id, organizationId: wolke.id, role: 'lead' });
  await buildUser(t.db, { email: 'admin@familiennetz.example', isInstanceAdmin: true });
  people.unrelated = unrelated.email;
  people.admin = 'admin@familiennetz.example';
  for (const [role, email] of Object.entries(people)) cookies[role as Role] = await t.signIn(email);
  Object.assign(calendarsOf, {
    ownerLead: [s.sonnenblume.id],
    ownerStaff: [s.sonnenblume.id],
    bookerMember: [s.regenbogen.id],
    coOrganizer: [s.beratung.id],
    planner: [s.youthOffice.id],
    // An admin may open any organisation's calendar.
    admin: [s.sonnenblume.id, s.regenbogen.id, s.beratung.id],
    unrelated: [wolke.id],
    otherMunicipality: [s.stranger.id],
  });

  const roomA = (await buildRoom(t.db, { organizationId: s.sonnenblume.id, name: 'Raum A' })).id;
  const roomB = (await buildRoom(t.db, { organizationId: s.regenbogen.id, name: 'Raum B' })).id;
  const offering = await t.request({
    method: 'POST',
    url: '/api/v1/offerings',
    cookie: cookies.ownerLead,
    payload: weeklyCourse([
      { organizationId: s.sonnenblume.id, responsibilities: ['lead', 'room'] },
      { organizationId: s.beratung.id, responsibilities: ['content', 'staff'] },
    ]),
  });
  expect(offering.statusCode).toBe(201);
  const offeringId = offering.json().id as string;

  const [sonne, regen, beratung] = [s.sonnenblume.id, s.regenbogen.id, s.beratung.id];
  const own = await book('ownerStaff', roomA, { ...slot(0), title: 'Elterncafé' });
  const requested = await book('bookerMember', roomA, { ...slot(1), title: 'Anfrage Regenbogen' });
  const forOffering = await book('ownerLead', roomB, {
    ...slot(2),
    title: 'Elternkurs',
    organizationId: sonne,
    offeringId,
  });
  const othersOwn = await book('bookerMember', roomB, { ...slot(3), title: 'Team Regenbogen' });
  const declined = await book('coOrganizer', roomA, { ...slot(4), title: 'Sprechstunde' });
  const decision = await t.request({
    method: 'POST',
    url: `/api/v1/bookings/${declined.id}/decision`,
    cookie: cookies.ownerLead,
    payload: { version: declined.version, approve: false, reason: 'Renovierung' },
  });
  expect(decision.statusCode).toBe(200);
  Object.assign(bookings, {
    own: { id: own.id, roomId: roomA, involved: [sonne] },
    requestedByOther: { id: requested.id, roomId: roomA, involved: [sonne, regen] },
    forOffering: { id: forOffering.id, roomId: roomB, involved: [regen, sonne, beratung] },
    othersOwn: { id: othersOwn.id, roomId: roomB, involved: [regen] },
    declined: { id: declined.id, roomId: roomA, involved: [sonne, beratung] },
  });
});

interface Shown {
  id: string;
  visibility: 'full' | 'busy';
  title: string | null;
  bookerOrganization: unknown;
}

async function get<T>(role: Role, url: string): Promise<{ status: number; body: T }> {
  const response = await t.request({ method: 'GET', url, cookie: cookies[role] });
  return { status: response.statusCode, body: response.json() as T };
}

const levelOf = (shown: Shown | undefined): Level => shown?.visibility ?? 404;
const detailOf = (shown: Shown) => ({
  visibility: shown.visibility,
  title: shown.title,
  bookerOrganization: shown.bookerOrganization,
});

describe('GET /bookings/{id} and the booking lists agree for every role', () => {
  const roles = Object.keys(expected) as Role[];

  it.each(roles)('%s', async (role) => {
    const calendars = new Map<string, Shown>();
    for (const organizationId of calendarsOf[role]) {
      const calendar = await get<{ items: Shown[] }>(
        role,
        `/api/v1/bookings?organizationId=${organizationId}&from=${from}&to=${to}`,
      );
      expect(calendar.status).toBe(200);
      for (const item of calendar.body.items) calendars.set(`${organizationId}/${item.id}`, item);
    }
    const seen: Record<string, Level> = {};
    for (const [name, booking] of Object.entries(bookings)) {
      const single = await get<Shown>(role, `/api/v1/bookings/${booking.id}`);
      const detail = single.status === 200 ? single.body : undefined;
      if (!detail) expect(single.status).toBe(404);
      seen[name] = levelOf(detail);

      const room = await get<{ items: Shown[] }>(
        role,
        `/api/v1/rooms/${booking.roomId}/bookings?from=${from}&to=${to}`,
      );
      const inRoom = room.body.items.find((item) => item.id === booking.id);
      expect({ booking: name, level: levelOf(inRoom) }).toEqual({ booking: name, level: seen[name] });
      if (detail && inRoom) expect(detailOf(inRoom)).toEqual(detailOf(detail));

      for (const organizationId of calendarsOf[role]) {
        const inCalendar = calendars.get(`${organizationId}/${booking.id}`);
        const belongs = booking.involved.includes(organizationId) && detail !== undefined;
        expect({ booking: name, organizationId, listed: inCalendar !== undefined }).toEqual({
          booking: name,
          organizationId,
          listed: belongs,
        });
        if (detail && inCalendar) expect(detailOf(inCalendar)).toEqual(detailOf(detail));
      }
    }
    expect(seen).toEqual(expected[role]);
  });
});
