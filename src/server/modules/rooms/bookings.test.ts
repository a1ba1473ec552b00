import { count, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { outbox } from '../outbox/schema';
import { roomBookings } from './schema';
import { bookingVersion, buildRoom, buildRoomsScenario } from './test-factories';

let t: TestApp;
let s: Awaited<ReturnType<typeof buildRoomsScenario>>;
const cookies: Record<string, string> = {};
let roomId: string;

const berlin = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Berlin' });
const tomorrow = DateTime.now().setZone('Europe/Berlin').startOf('day').plus({ days: 1 });
const at = (day: DateTime, hour: number) => day.set({ hour }).toISO() ?? '';

async function bookingCount(room = roomId): Promise<number> {
  const [row] = await t.db.select({ n: count() }).from(roomBookings).where(eq(roomBookings.roomId, room));
  return row?.n ?? 0;
}

const versionOf = (id: string) => bookingVersion(t.db, id);

function book(who: string, payload: Record<string, unknown>, room = roomId) {
  return t.request({ method: 'POST', url: `/api/v1/rooms/${room}/bookings`, cookie: cookies[who], payload });
}

beforeAll(async () => {
  t = await buildTestApp();
  s = await buildRoomsScenario(t.db);
  for (const [key, email] of Object.entries(s.people)) cookies[key] = await t.signIn(email);
  roomId = (await buildRoom(t.db, { organizationId: s.sonnenblume.id, name: 'Bewegungsraum', capacity: 20 }))
    .id;
});

describe('booking a room (acceptance)', () => {
  it('books directly as the owner’s staff; the same slot again is a 409 naming the time', async () => {
    const first = await book('staff', {
      startsAt: at(tomorrow, 10),
      endsAt: at(tomorrow, 12),
      title: 'Elterncafé',
    });
    expect(first.statusCode).toBe(201);
    expect(first.json().status).toBe('confirmed');
    expect(first.json().bookings).toHaveLength(1);

    const again = await book('staff', {
      startsAt: at(tomorrow, 10),
      endsAt: at(tomorrow, 12),
      title: 'Noch mal',
    });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.json().detail).toContain('10:00–12:00');
    const english = await t.request({
      method: 'POST',
      url: `/api/v1/rooms/${roomId}/bookings`,
      cookie: cookies.staff,
      headers: { 'accept-language': 'en' },
      payload: { startsAt: at(tomorrow, 11), endsAt: at(tomorrow, 13), title: 'x' },
    });
    expect(english.statusCode).toBe(409);
    expect(english.json().detail).toMatch(/^The room is already booked on .*10:00–12:00/);
    expect(await bookingCount()).toBe(1);
  });

  it('a weekly series of 8 clashing once: 409 without skipConflicts, 7 booked with it', async () => {
    const room = (await buildRoom(t.db, { organizationId: s.sonnenblume.id, capacity: 20 })).id;
    const elterncafe = { startsAt: at(tomorrow, 10), endsAt: at(tomorrow, 12), title: 'Elterncafé' };
    expect((await book('staff', elterncafe, room)).statusCode).toBe(201);
    const series = {
      startsAt: at(tomorrow, 10),
      endsAt: at(tomorrow, 12),
      title: 'Krabbelgruppe',
      rrule: 'FREQ=WEEKLY;COUNT=8',
    };
    const refused = await book('staff', series, room);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors).toEqual([
      { path: 'occurrences.0', message: expect.stringContaining('belegt') },
    ]);
    expect(await bookingCount(room)).toBe(1);

    const booked = await book('staff', { ...series, skipConflicts: true }, room);
    expect(booked.statusCode).toBe(201);
    const body = booked.json();
    expect(body.bookings).toHaveLength(7);
    expect(body.skipped).toHaveLength(1);
    expect(body.skipped[0]).toMatchObject({
      outcome: 'clash',
      startsAt: berlin(at(tomorrow, 10)).toUTC().toISO(),
    });
    expect(body.skipped[0].clash.title).toBe('Elterncafé');
    expect(new Set(body.bookings.map((b: { seriesId: string }) => b.seriesId)).size).toBe(1);
    expect(await bookingCount(room)).toBe(8);
  });

  it('a partner requests, the owner’s lead approves, the partner sees it confirmed, Regenbogen sees busy', async () => {
    const day = tomorrow.plus({ days: 2 });
    const requested = await book('partner', {
      startsAt: at(day, 14),
      endsAt: at(day, 16),
      title: 'Offene Sprechstunde',
    });
    expect(requested.statusCode).toBe(201);
    expect(requested.json().status).toBe('requested');
    const id = requested.json().bookings[0].id;
    const mails = await t.db.select().from(outbox);
    expect(mails.map((m) => (m.payload as { to: string }).to)).toContain('leitung@fz-sonnenblume.example');

    const inbox = await t.request({ method: 'GET', url: '/api/v1/bookings/requests', cookie: cookies.lead });
    expect(inbox.json().items.map((b: { id: string }) => b.id)).toEqual([id]);
    expect(inbox.json().items[0].permissions.decide).toBe(true);

    const byPartner = await t.request({
      method: 'POST',
      url: `/api/v1/bookings/${id}/decision`,
      cookie: cookies.partner,
      payload: { version: await versionOf(id), approve: true },
    });
    expect(byPartner.statusCode).toBe(403);
    const byStaff = await t.request({
      method: 'POST',
      url: `/api/v1/bookings/${id}/decision`,
      cookie: cookies.staff,
      payload: { version: await versionOf(id), approve: true },
    });
    expect(byStaff.statusCode).toBe(403);

    const approved = await t.request({
      method: 'POST',
      url: `/api/v1/bookings/${id}/decision`,
      cookie: cookies.lead,
      payload: { version: await versionOf(id), approve: true },
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().items[0].status).toBe('confirmed');
    const decisionMails = await t.db.select().from(outbox);
    expect(decisionMails.map((m) => (m.payload as { to: string }).to)).toContain(
      'beratung@eb-musterstadt.example',
    );

    const partnerView = await t.request({
      method: 'GET',
      url: `/api/v1/bookings/${id}`,
      cookie: cookies.partner,
    });
    expect(partnerView.json()).toMatchObject({
      status: 'confirmed',
      visibility: 'full',
      title: 'Offene Sprechstunde',
    });

    const outsiderView = await t.request({
      method: 'GET',
      url: `/api/v1/bookings/${id}`,
      cookie: cookies.otherLead,
    });
    expect(outsiderView.json()).toMatchObject({
      status: 'confirmed',
      visibility: 'busy',
      title: null,
      bookerOrganization: null,
    });
    const list = await t.request({
      method: 'GET',
      url: `/api/v1/rooms/${roomId}/bookings?from=${encodeURIComponent(at(day, 0))}&to=${encodeURIComponent(at(day, 23))}`,
      cookie: cookies.otherLead,
    });
    expect(list.json().items).toEqual([
      expect.objectContaining({ id, visibility: 'busy', title: null, createdBy: null }),
    ]);
  });

  it('declining needs a reason and tells the requester; a decided request cannot be decided again', async () => {
    const day = tomorrow.plus({ days: 3 });
    const requested = await book('partner', { startsAt: at(day, 14), endsAt: at(day, 16), title: 'Kurs' });
    const id = requested.json().bookings[0].id;
    const url = `/api/v1/bookings/${id}/decision`;
    const noReason = await t.request({
      method: 'POST',
      url,
      cookie: cookies.lead,
      payload: { version: await versionOf(id), approve: false },
    });
    expect(noReason.statusCode).toBe(422);
    const declined = await t.request({
      method: 'POST',
      url,
      cookie: cookies.lead,
      payload: { version: await versionOf(id), approve: false, reason: 'Renovierung' },
    });
    expect(declined.json().items[0]).toMatchObject({ status: 'declined', decisionReason: 'Renovierung' });
    const twice = await t.request({
      method: 'POST',
      url,
      cookie: cookies.lead,
      payload: { version: await versionOf(id), approve: true },
    });
    expect(twice.statusCode).toBe(409);
  });

  it('approval re-checks: a request for a slot booked meanwhile gets 409 and stays requested', async () => {
    const day = tomorrow.plus({ days: 4 });
    const requested = await book('partner', { startsAt: at(day, 9), endsAt: at(day, 11), title: 'Beratung' });
    const id = requested.json().bookings[0].id;
    expect(
      (await book('staff', { startsAt: at(day, 10), endsAt: at(day, 12), title: 'Team' })).statusCode,
    ).toBe(201);
    const approved = await t.request({
      method: 'POST',
      url: `/api/v1/bookings/${id}/decision`,
      cookie: cookies.lead,
      payload: { version: await versionOf(id), approve: true },
    });
    expect(approved.statusCode).toBe(409);
    expect(approved.json().detail).toContain('10:00–12:00');
    const still = await t.request({ method: 'GET', url: `/api/v1/bookings/${id}`, cookie: cookies.partner });
    expect(still.json().status).toBe('requested');
  });

  it('an organisation outside the network may not book or request: 403, nothing written', async () => {
    const before = await bookingCount();
    const day = tomorrow.plus({ days: 5 });
    const response = await book('stranger', { startsAt: at(day, 9), endsAt: at(day, 10), title: 'x' });
    expect(response.statusCode).toBe(403);
    expect(await bookingCount()).toBe(before);
  });

  it('cancelling frees the slot', async () => {
    const day = tomorrow.plus({ days: 6 });
    const booked = await book('staff', { startsAt: at(day, 8), endsAt: at(day, 9), title: 'Früh' });
    const id = booked.json().bookings[0].id;
    const byOutsider = await t.request({
      method: 'DELETE',
      url: `/api/v1/bookings/${id}?version=${await versionOf(id)}`,
      cookie: cookies.otherLead,
    });
    expect(byOutsider.statusCode).toBe(403);
    const cancelled = await t.request({
      method: 'DELETE',
      url: `/api/v1/bookings/${id}?version=${await versionOf(id)}`,
      cookie: cookies.staff,
    });
    expect(cancelled.json().items[0].status).toBe('cancelled');
    expect((await book('staff', { startsAt: at(day, 8), endsAt: at(day, 9), title: 'Neu' })).statusCode).toBe(
      201,
    );
  });

  it('the owner cancelling a partner’s booking tells the partner', async () => {
    const day = tomorrow.plus({ days: 7 });
    const requested = await book('partner', { startsAt: at(day, 14), endsAt: at(day, 15), title: 'Storno' });
    const id = requested.json().bookings[0].id;
    await t.request({
      method: 'POST',
      url: `/api/v1/bookings/${id}/decision`,
      cookie: cookies.lead,
      payload: { version: await versionOf(id), approve: true },
    });
    const cancelled = await t.request({
      method: 'DELETE',
      url: `/api/v1/bookings/${id}?version=${await versionOf(id)}`,
      cookie: cookies.lead,
    });
    expect(cancelled.json().items[0].status).toBe('cancelled');
    const mails = (await t.db.select().from(outbox)).map((m) => m.payload as { to: string; subject: string });
    expect(mails).toContainEqual(
      expect.objectContaining({
        to: 'beratung@eb-musterstadt.example',
        subject: expect.stringContaining('storniert'),
      }),
    );
  });
});

describe('bad input changes nothing', () => {
  const day = tomorrow.plus({ days: 30 });
  it.each([
    ['end before start', { startsAt: at(day, 12), endsAt: at(day, 10), title: 'x' }, 422],
    ['longer than 24 h', { startsAt: at(day, 10), endsAt: at(day.plus({ days: 1 }), 11), title: 'x' }, 422],
    [
      'series of 201',
      { startsAt: at(day, 10), endsAt: at(day, 11), title: 'x', rrule: 'FREQ=DAILY;COUNT=201' },
      422,
    ],
    ['endless series', { startsAt: at(day, 10), endsAt: at(day, 11), title: 'x', rrule: 'FREQ=WEEKLY' }, 422],
    [
      'nonsense rule',
      { startsAt: at(day, 10), endsAt: at(day, 11), title: 'x', rrule: 'FREQ=SOMETIMES;COUNT=2' },
      422,
    ],
    ['missing title', { startsAt: at(day, 10), endsAt: at(day, 11) }, 400],
    ['not a date', { startsAt: 'morgen', endsAt: at(day, 11), title: 'x' }, 400],
  ])('%s → %i', async (_name, payload, status) => {
    const before = await bookingCount();
    const response = await book('staff', payload);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(await bookingCount()).toBe(before);
  });
});

describe('rules of time', () => {
  it('keeps a weekly series at 10:00 Berlin time across the change to summer time', async () => {
    const room = await buildRoom(t.db, { organizationId: s.sonnenblume.id });
    const response = await book(
      'staff',
      {
        startsAt: '2027-03-17T10:00:00+01:00',
        endsAt: '2027-03-17T12:00:00+01:00',
        title: 'Kurs',
        rrule: 'FREQ=WEEKLY;COUNT=4',
      },
      room.id,
    );
    expect(response.statusCode).toBe(201);
    const starts = response.json().bookings.map((b: { startsAt: string }) => b.startsAt);
    expect(starts).toEqual([
      '2027-03-17T09:00:00.000Z',
      '2027-03-24T09:00:00.000Z',
      '2027-03-31T08:00:00.000Z',
      '2027-04-07T08:00:00.000Z',
    ]);
  });

  it('the cleaning buffer keeps the next booking away; bookable hours are enforced', async () => {
    const room = await buildRoom(t.db, {
      organizationId: s.sonnenblume.id,
      bufferMinutes: 30,
      bookableHours: [{ day: tomorrow.weekday, from: '08:00', to: '18:00' }],
    });
    expect(
      (await book('staff', { startsAt: at(tomorrow, 10), endsAt: at(tomorrow, 12), title: 'a' }, room.id))
        .statusCode,
    ).toBe(201);
    const tooClose = await book(
      'staff',
      { startsAt: tomorrow.set({ hour: 12, minute: 15 }).toISO(), endsAt: at(tomorrow, 13), title: 'b' },
      room.id,
    );
    expect(tooClose.statusCode).toBe(409);
    const after = await book(
      'staff',
      { startsAt: tomorrow.set({ hour: 12, minute: 30 }).toISO(), endsAt: at(tomorrow, 13), title: 'c' },
      room.id,
    );
    expect(after.statusCode).toBe(201);
    const evening = await book(
      'staff',
      { startsAt: at(tomorrow, 17), endsAt: at(tomorrow, 19), title: 'd', dryRun: true },
      room.id,
    );
    expect(evening.statusCode).toBe(200);
    expect(evening.json().report[0].outcome).toBe('outside_hours');
    expect(await bookingCount(room.id)).toBe(2);
  });
});

describe('racing writers', () => {
  it('50 concurrent requests for one slot: exactly one confirmed, 49 × 409', async () => {
    const room = await buildRoom(t.db, { organizationId: s.sonnenblume.id });
    const day = tomorrow.plus({ days: 10 });
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        book('staff', { startsAt: at(day, 15), endsAt: at(day, 17), title: `Wettlauf ${i}` }, room.id),
      ),
    );
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses.filter((code) => code === 201)).toHaveLength(1);
    expect(statuses.filter((code) => code === 409)).toHaveLength(49);
    const rows = await t.db.select().from(roomBookings).where(eq(roomBookings.roomId, room.id));
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(1);
  });

  it('the database itself refuses overlapping confirmed bookings', async () => {
    const room = await buildRoom(t.db, { organizationId: s.sonnenblume.id });
    const row = {
      roomId: room.id,
      organizationId: s.sonnenblume.id,
      status: 'confirmed' as const,
      startsAt: new Date('2027-01-05T10:00:00Z'),
      endsAt: new Date('2027-01-05T12:00:00Z'),
      blockedUntil: new Date('2027-01-05T12:30:00Z'),
      title: 'a',
    };
    await t.db.insert(roomBookings).values(row);
    await expect(
      t.db.insert(roomBookings).values({
        ...row,
        startsAt: new Date('2027-01-05T12:15:00Z'),
        endsAt: new Date('2027-01-05T13:00:00Z'),
        blockedUntil: new Date('2027-01-05T13:00:00Z'),
      }),
    ).rejects.toMatchObject({ cause: { code: '23P01' } });
  });
});
