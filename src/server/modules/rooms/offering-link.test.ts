import { count, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { weeklyCourse } from '../offerings/test-factories';
import { roomBookings } from './schema';
import { buildRoom, buildRoomsScenario } from './test-factories';

// Bookings that belong to an offering: its co-organisers see them in full, everybody else "busy" (issue 6, 4).
let t: TestApp;
let s: Awaited<ReturnType<typeof buildRoomsScenario>>;
const cookies: Record<string, string> = {};
let roomId: string;
let offeringId: string;
let sessionId: string;

const day = DateTime.now().setZone('Europe/Berlin').startOf('day').plus({ days: 3 });
const at = (hour: number) => day.set({ hour }).toISO() ?? '';

async function bookingCount(): Promise<number> {
  const [row] = await t.db.select({ n: count() }).from(roomBookings).where(eq(roomBookings.roomId, roomId));
  return row?.n ?? 0;
}

function book(who: string, payload: Record<string, unknown>) {
  return t.request({
    method: 'POST',
    url: `/api/v1/rooms/${roomId}/bookings`,
    cookie: cookies[who],
    payload,
  });
}

beforeAll(async () => {
  t = await buildTestApp();
  s = await buildRoomsScenario(t.db);
  for (const [key, email] of Object.entries(s.people)) cookies[key] = await t.signIn(email);
  roomId = (await buildRoom(t.db, { organizationId: s.sonnenblume.id, name: 'Gruppenraum' })).id;
  const created = await t.request({
    method: 'POST',
    url: '/api/v1/offerings',
    cookie: cookies.lead,
    payload: weeklyCourse([
      { organizationId: s.sonnenblume.id, responsibilities: ['lead', 'room'] },
      { organizationId: s.beratung.id, responsibilities: ['content', 'staff'] },
    ]),
  });
  expect(created.statusCode).toBe(201);
  offeringId = created.json().id;
  const [session] = created.json().sessions;
  sessionId = session.id;
});

describe('a booking for an offering', () => {
  it('shows its details to the co-organisers, and only "busy" to others', async () => {
    const booked = await book('staff', {
      startsAt: at(10),
      endsAt: at(12),
      title: 'Elternkurs, Vorbereitung',
      offeringId,
      offeringSessionId: sessionId,
    });
    expect(booked.statusCode).toBe(201);
    const id = booked.json().bookings[0].id;

    const asPartner = await t.request({
      method: 'GET',
      url: `/api/v1/bookings/${id}`,
      cookie: cookies.partner,
    });
    expect(asPartner.statusCode).toBe(200);
    expect(asPartner.json()).toMatchObject({ visibility: 'full', title: 'Elternkurs, Vorbereitung' });

    const asOther = await t.request({
      method: 'GET',
      url: `/api/v1/bookings/${id}`,
      cookie: cookies.otherLead,
    });
    expect(asOther.json()).toMatchObject({ visibility: 'busy', title: null, bookerOrganization: null });
  });

  it('refuses an offering the booker does not co-organise, or a session of another offering; writes nothing', async () => {
    const before = await bookingCount();
    const foreign = await book('otherLead', { startsAt: at(14), endsAt: at(15), title: 'x', offeringId });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().errors[0]).toMatchObject({ path: 'offeringId' });

    const wrongSession = await book('staff', {
      startsAt: at(14),
      endsAt: at(15),
      title: 'x',
      offeringId,
      offeringSessionId: roomId,
    });
    expect(wrongSession.statusCode).toBe(422);
    expect(wrongSession.json().errors[0]).toMatchObject({ path: 'offeringSessionId' });
    expect(await bookingCount()).toBe(before);
  });
});
