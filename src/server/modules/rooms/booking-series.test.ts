import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { auditLog } from '../audit/schema';
import { roomBookings } from './schema';
import { bookingVersion, buildRoom, buildRoomsScenario } from './test-factories';

let t: TestApp;
let s: Awaited<ReturnType<typeof buildRoomsScenario>>;
const cookies: Record<string, string> = {};

const tomorrow = DateTime.now().setZone('Europe/Berlin').startOf('day').plus({ days: 1 });
const at = (day: DateTime, hour: number) => day.set({ hour }).toISO() ?? '';

const versionOf = (id: string) => bookingVersion(t.db, id);

function book(who: string, payload: Record<string, unknown>, room: string) {
  return t.request({ method: 'POST', url: `/api/v1/rooms/${room}/bookings`, cookie: cookies[who], payload });
}

beforeAll(async () => {
  t = await buildTestApp();
  s = await buildRoomsScenario(t.db);
  for (const [key, email] of Object.entries(s.people)) cookies[key] = await t.signIn(email);
});

describe('cancelling this and the following dates of a series', () => {
  const weekly = (first: DateTime, count: number, title: string) => ({
    startsAt: at(first, 9),
    endsAt: at(first, 10),
    title,
    rrule: `FREQ=WEEKLY;COUNT=${count}`,
  });
  const cancel = async (who: string, id: string, scope?: string) =>
    t.request({
      method: 'DELETE',
      url: `/api/v1/bookings/${id}?version=${await versionOf(id)}${scope ? `&scope=${scope}` : ''}`,
      cookie: cookies[who],
    });
  const statusesOf = async (seriesId: string) =>
    (await t.db.select().from(roomBookings).where(eq(roomBookings.seriesId, seriesId)))
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      .map((r) => r.status);

  it('cancels the chosen date and the later ones in one go, audited; earlier dates stay', async () => {
    const room = await buildRoom(t.db, { organizationId: s.sonnenblume.id });
    const booked = await book('staff', weekly(tomorrow.plus({ days: 40 }), 5, 'Kurs'), room.id);
    expect(booked.statusCode).toBe(201);
    const { seriesId, bookings } = booked.json() as { seriesId: string; bookings: { id: string }[] };
    const third = bookings[2]?.id ?? '';

    const details = await t.request({
      method: 'GET',
      url: `/api/v1/bookings/${third}`,
      cookie: cookies.staff,
    });
    expect(details.json().series).toEqual({ openDates: 5, openFromHere: 3 });
    const busyOnly = await t.request({
      method: 'GET',
      url: `/api/v1/bookings/${third}`,
      cookie: cookies.otherLead,
    });
    expect(busyOnly.json()).toMatchObject({ visibility: 'busy', seriesId: null, series: null });

    const byOutsider = await cancel('otherLead', third, 'following');
    expect(byOutsider.statusCode).toBe(403);
    expect(byOutsider.headers['content-type']).toContain('application/problem+json');
    expect(await statusesOf(seriesId)).toEqual(Array(5).fill('confirmed'));

    const cancelled = await cancel('staff', third, 'following');
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().items.map((b: { status: string }) => b.status)).toEqual(
      Array(3).fill('cancelled'),
    );
    expect(await statusesOf(seriesId)).toEqual([
      'confirmed',
      'confirmed',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
    const rows = await t.db
      .select({ action: auditLog.action, after: auditLog.after })
      .from(auditLog)
      .where(eq(auditLog.entityId, third));
    expect(rows).toEqual([
      expect.objectContaining({ action: 'cancel', after: expect.objectContaining({ scope: 'following' }) }),
    ]);

    const again = await cancel('staff', third, 'following');
    expect(again.statusCode).toBe(409);
    const second = bookings[1]?.id ?? '';
    expect((await cancel('staff', second)).statusCode).toBe(200);
    expect(await statusesOf(seriesId)).toEqual([
      'confirmed',
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
  });

  it('withdraws the undecided requests of the series with the confirmed dates', async () => {
    const room = await buildRoom(t.db, { organizationId: s.sonnenblume.id });
    const requested = await book('partner', weekly(tomorrow.plus({ days: 80 }), 4, 'Sprechstunde'), room.id);
    expect(requested.json().status).toBe('requested');
    const { seriesId, bookings } = requested.json() as { seriesId: string; bookings: { id: string }[] };
    for (const booking of bookings.slice(0, 2)) {
      const approved = await t.request({
        method: 'POST',
        url: `/api/v1/bookings/${booking.id}/decision`,
        cookie: cookies.lead,
        payload: { version: await versionOf(booking.id), approve: true },
      });
      expect(approved.statusCode).toBe(200);
    }
    expect(await statusesOf(seriesId)).toEqual(['confirmed', 'confirmed', 'requested', 'requested']);
    const second = bookings[1]?.id ?? '';
    const cancelled = await cancel('partner', second, 'following');
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().items).toHaveLength(3);
    expect(await statusesOf(seriesId)).toEqual(['confirmed', 'cancelled', 'cancelled', 'cancelled']);
    // The freed dates can be booked again.
    const rebook = await book(
      'staff',
      {
        startsAt: at(tomorrow.plus({ days: 87 }), 9),
        endsAt: at(tomorrow.plus({ days: 87 }), 10),
        title: 'x',
      },
      room.id,
    );
    expect(rebook.statusCode).toBe(201);
  });

  it('a change needs the version read: missing is a 400, stale a 409, and neither changes anything', async () => {
    const room = await buildRoom(t.db, { organizationId: s.sonnenblume.id });
    const requested = await book('partner', weekly(tomorrow.plus({ days: 150 }), 1, 'Beratung'), room.id);
    const id = requested.json().bookings[0].id as string;
    const version = await versionOf(id);
    const decide = (payload: Record<string, unknown>) =>
      t.request({ method: 'POST', url: `/api/v1/bookings/${id}/decision`, cookie: cookies.lead, payload });
    expect((await decide({ approve: true })).statusCode).toBe(400);
    const staleDecision = await decide({ version: version + 1, approve: true });
    expect(staleDecision.statusCode).toBe(409);
    expect(staleDecision.headers['content-type']).toContain('application/problem+json');
    const noVersion = await t.request({
      method: 'DELETE',
      url: `/api/v1/bookings/${id}`,
      cookie: cookies.partner,
    });
    expect(noVersion.statusCode).toBe(400);
    const staleCancel = await t.request({
      method: 'DELETE',
      url: `/api/v1/bookings/${id}?version=${version + 1}`,
      cookie: cookies.partner,
    });
    expect(staleCancel.statusCode).toBe(409);
    const [row] = await t.db.select().from(roomBookings).where(eq(roomBookings.id, id));
    expect(row).toMatchObject({ status: 'requested', version });
  });

  it('an unknown scope is a 400 problem and changes nothing', async () => {
    const room = await buildRoom(t.db, { organizationId: s.sonnenblume.id });
    const booked = await book('staff', weekly(tomorrow.plus({ days: 120 }), 2, 'Kurs'), room.id);
    const { seriesId, bookings } = booked.json() as { seriesId: string; bookings: { id: string }[] };
    const response = await cancel('staff', bookings[0]?.id ?? '', 'everything');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(await statusesOf(seriesId)).toEqual(['confirmed', 'confirmed']);
  });
});
