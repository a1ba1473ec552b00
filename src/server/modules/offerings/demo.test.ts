import { count, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadMusterstadt } from '../../../../demo/load-musterstadt';
import { queryRows } from '../../db/client';
import { buildTestApp } from '../../test/build-app';
import { offeringSessions, offerings } from './schema';

describe('Musterstadt offerings demo', () => {
  it('loads about 60 offerings in every status, with sessions, attendance and a public finder', async () => {
    const t = await buildTestApp();
    const now = new Date('2026-11-25T12:00:00Z');
    await loadMusterstadt(t.db, { now });
    const [total] = await t.db.select({ n: count() }).from(offerings);
    expect(total?.n).toBeGreaterThanOrEqual(55);
    const statuses = await queryRows<{ status: string }>(
      t.db,
      sql`select distinct status::text from offerings`,
    );
    expect(statuses).toHaveLength(8);
    const [attended] = await t.db
      .select({ n: count() })
      .from(offeringSessions)
      .where(sql`${offeringSessions.participants} is not null`);
    expect(attended?.n).toBeGreaterThan(20);
    const shared = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from (select offering_id from offering_organizers group by offering_id having count(*) >= 3) x`,
    );
    expect(shared[0]?.n).toBeGreaterThan(15);
    const found = await t.request({
      method: 'GET',
      url: '/api/v1/public/offerings?postcode=45991&radiusKm=3&limit=100',
    });
    expect(found.statusCode, found.body).toBe(200);
    const all = found.json().items.map((i: { id: string }) => i.id);
    expect(all.length).toBeGreaterThan(5);
    expect(found.json().nextCursor).toBeNull();
    // Pages of 4 follow the cursor through the same hits in the same order, and the last page says so.
    const paged: string[] = [];
    let cursor = '';
    do {
      const page = await t.request({
        method: 'GET',
        url: `/api/v1/public/offerings?postcode=45991&radiusKm=3&limit=4${cursor ? `&cursor=${cursor}` : ''}`,
      });
      expect(page.json().items.length).toBeLessThanOrEqual(4);
      paged.push(...page.json().items.map((i: { id: string }) => i.id));
      cursor = page.json().nextCursor ?? '';
    } while (cursor);
    expect(paged).toEqual(all);
    const leitung = await t.signIn('leitung@fz-sonnenblume.example');
    const mine = await t.request({ method: 'GET', url: '/api/v1/offerings?limit=100', cookie: leitung });
    expect(mine.json().items.length).toBeGreaterThan(8);
  }, 180_000);
});
