import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMusterstadt } from '../../../../demo/load-musterstadt';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { organizations } from '../accounts/schema';
import { roomBookings, rooms } from './schema';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp();
  await loadMusterstadt(t.db);
});

describe('Musterstadt rooms', () => {
  it('gives every centre 2–4 rooms and lets a parish hall and libraries lend theirs', async () => {
    const rows = await t.db
      .select({ type: organizations.type, name: organizations.name, roomId: rooms.id })
      .from(rooms)
      .innerJoin(organizations, eq(organizations.id, rooms.organizationId));
    const perCentre = new Map<string, number>();
    for (const row of rows.filter((r) => r.type === 'family_centre')) {
      perCentre.set(row.name, (perCentre.get(row.name) ?? 0) + 1);
    }
    expect(perCentre.size).toBe(8);
    for (const n of perCentre.values()) expect(n).toBeGreaterThanOrEqual(2);
    const lenders = new Set(rows.filter((r) => r.type === 'partner').map((r) => r.name));
    expect([...lenders]).toEqual(
      expect.arrayContaining(['Kath. Pfarrheim St. Johannes', 'Stadtbibliothek Musterstadt']),
    );
    const statuses = (await t.db.select({ status: roomBookings.status }).from(roomBookings)).map(
      (r) => r.status,
    );
    expect(statuses.filter((s) => s === 'confirmed').length).toBeGreaterThan(50);
    expect(statuses.filter((s) => s === 'requested').length).toBeGreaterThan(3);
  });

  it('the acceptance journey works on the demo data', async () => {
    const lead = await t.signIn('leitung@fz-sonnenblume.example');
    const inbox = await t.request({ method: 'GET', url: '/api/v1/bookings/requests', cookie: lead });
    expect(inbox.json().items.length).toBeGreaterThan(0);

    const staff = await t.signIn('fachkraft@fz-sonnenblume.example');
    const own = await t.request({ method: 'GET', url: '/api/v1/rooms?scope=own', cookie: staff });
    const room = own.json().items.find((r: { name: string }) => r.name === 'Elterncafé');
    const tomorrow = DateTime.now().setZone('Europe/Berlin').startOf('day').plus({ days: 1 });
    const payload = {
      startsAt: tomorrow.set({ hour: 10 }).toISO(),
      endsAt: tomorrow.set({ hour: 12 }).toISO(),
      title: 'Elternsprechtag',
      dryRun: true,
    };
    const dry = await t.request({
      method: 'POST',
      url: `/api/v1/rooms/${room.id}/bookings`,
      cookie: staff,
      payload,
    });
    expect(dry.statusCode).toBe(200);
    expect(dry.json().report).toHaveLength(1);

    const partner = await t.signIn('beratung@eb-musterstadt.example');
    const search = await t.request({
      method: 'GET',
      url: `/api/v1/rooms/availability?near=45991&radiusKm=5&minCapacity=10&weekday=2&startTime=15:00&endTime=17:00&weeks=8`,
      cookie: partner,
    });
    expect(search.statusCode).toBe(200);
    expect(search.json().items.length).toBeGreaterThan(3);
  });
});
