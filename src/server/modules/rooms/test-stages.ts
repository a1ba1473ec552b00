import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { expect } from 'vitest';
import type { TestApp } from '../../test/build-app';
import { buildRoomsScenario } from './test-factories';

/**
 * The stages a rooms test starts from, through the API as the people of the acceptance criteria reach them:
 * each test calls the ones it needs and gets a room of its own (rooms.test.ts, rooms-calendar.test.ts).
 */
export type RoomsWorld = Awaited<ReturnType<typeof buildRoomsScenario>> & {
  cookies: Record<keyof Awaited<ReturnType<typeof buildRoomsScenario>>['people'], string>;
};

/** A room as the API returns it. */
export interface Room {
  id: string;
  name: string;
  version: number;
  feedUrl: string;
}

/** The Tuesday after next (Berlin), the first date of the searches; a test's booking is two weeks later. */
export const nextTuesday = DateTime.now()
  .setZone('Europe/Berlin')
  .startOf('day')
  .plus({ days: 1 })
  .startOf('week')
  .plus({ weeks: 1, days: 1 });

/** The date of the Sprechstunde of bookedRoom, Tuesday 15–17. */
export const sprechstundeDay = nextTuesday.plus({ weeks: 2 });

type Person = keyof RoomsWorld['cookies'];

/**
 * The Musterstadt of the acceptance criteria, its people signed in (`signIn`: only these; sign-ins are slow).
 * `another`: one more on the same database, for a test that counts every room of its municipality (its
 * people's addresses are tagged, leitung+tag@…).
 */
export async function buildRoomsWorld(
  t: TestApp,
  { another = false, signIn }: { another?: boolean; signIn?: Person[] } = {},
): Promise<RoomsWorld> {
  const scenario = await buildRoomsScenario(t.db, another ? { emailTag: randomUUID().slice(0, 8) } : {});
  const cookies = {} as RoomsWorld['cookies'];
  for (const who of signIn ?? (Object.keys(scenario.people) as Person[]))
    cookies[who] = await t.signIn(scenario.people[who]);
  return { ...scenario, cookies };
}

/** What the lead of Sonnenblume enters for the Mehrzweckraum. */
export const mehrzweckraum = (w: RoomsWorld) => ({
  organizationId: w.sonnenblume.id,
  name: 'Mehrzweckraum',
  capacity: 15,
  equipment: ['mats', 'kitchen'],
  accessibility: ['step_free'],
  bookableHours: [{ day: 2, from: '14:00', to: '20:00' }],
  bufferMinutes: 15,
});

/** The Mehrzweckraum of Sonnenblume, added by its lead: bookable Tuesdays 14–20. */
export async function roomOfSonnenblume(t: TestApp, w: RoomsWorld): Promise<Room> {
  const created = await t.request({
    method: 'POST',
    url: '/api/v1/rooms',
    cookie: w.cookies.lead,
    payload: mehrzweckraum(w),
  });
  expect(created.statusCode).toBe(201);
  return created.json();
}

/** A grant for the counselling centre to book the room directly. */
export async function grantToCounselling(t: TestApp, w: RoomsWorld, room: Room): Promise<string> {
  const grant = await t.request({
    method: 'POST',
    url: `/api/v1/rooms/${room.id}/grants`,
    cookie: w.cookies.lead,
    payload: { organizationId: w.beratung.id },
  });
  expect(grant.statusCode).toBe(201);
  return grant.json().id;
}

/** The room with the counselling centre's Sprechstunde on sprechstundeDay, 15–17, booked through a grant. */
export async function bookedRoom(t: TestApp, w: RoomsWorld): Promise<Room> {
  const room = await roomOfSonnenblume(t, w);
  await grantToCounselling(t, w, room);
  const booked = await bookSprechstunde(t, w, room);
  expect(booked).toBe('confirmed');
  return room;
}

/** The partner books the Sprechstunde: the status of the booking. */
export async function bookSprechstunde(t: TestApp, w: RoomsWorld, room: Room): Promise<string> {
  const booked = await t.request({
    method: 'POST',
    url: `/api/v1/rooms/${room.id}/bookings`,
    cookie: w.cookies.partner,
    payload: {
      startsAt: sprechstundeDay.set({ hour: 15 }).toISO(),
      endsAt: sprechstundeDay.set({ hour: 17 }).toISO(),
      title: 'Sprechstunde',
    },
  });
  return booked.json().status;
}

/** The closing day of the centre (all day) and a transparent event that is only information. */
export function closuresIcs(day: DateTime): string {
  return [
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
}

/** The lead imports the closing day on `day` for the room. */
export async function closeRoomOn(t: TestApp, w: RoomsWorld, room: Room, day: DateTime): Promise<void> {
  const imported = await t.request({
    method: 'POST',
    url: `/api/v1/rooms/${room.id}/closures/import`,
    cookie: w.cookies.lead,
    payload: { ics: closuresIcs(day) },
  });
  expect(imported.statusCode).toBe(200);
}
