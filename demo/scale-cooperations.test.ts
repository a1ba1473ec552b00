import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, queryRows } from '../src/server/db/client';
import { openTestDatabase } from '../src/server/test/build-app';
import { generateScaleCooperations } from './scale-cooperations';
import { generateScaleData } from './scale-data';

let handle: DatabaseHandle;
const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(handle.db, query);

beforeAll(async () => {
  handle = await openTestDatabase();
  const now = new Date('2026-12-01T12:00:00Z');
  await generateScaleData(handle.db, { municipalities: 3, centres: 30, partners: 200, seed: 7, now });
  await generateScaleCooperations(handle.db, { seed: 7 });
}, 60_000);

afterAll(async () => {
  await handle.close();
});

describe('scale generator: cooperations', () => {
  it('gives every centre and priority partner a mandate and capacity, some split by district', async () => {
    const [counts] = await rows<{
      without: number;
      split: number;
      pools: number;
      municipalities: number;
    }>(sql`
      select (select count(*)::int from organizations o
               where o.type = 'family_centre' and (
                 not exists (select 1 from organization_mandates m where m.organization_id = o.id)
                 or not exists (select 1 from capacity_periods c where c.organization_id = o.id))) as without,
             (select count(*)::int from capacity_periods where district_id is not null) as split,
             (select count(distinct municipality_id)::int from capacity_pools) as pools,
             (select count(*)::int from municipalities) as municipalities`);
    expect(counts).toMatchObject({ without: 0, pools: counts?.municipalities });
    expect(counts?.split).toBeGreaterThan(0);
  });

  it('writes assessments on both sides with revisions, sharing only decisions, each shared one with its event', async () => {
    const current = await rows<{ decision: string | null; shared: boolean; revisions: number }>(sql`
      select r.decision, a.is_shared as shared, a.current_revision as revisions
        from assessments a join assessment_revisions r on r.assessment_id = a.id and r.number = a.current_revision`);
    expect(new Set(current.map((c) => c.decision))).toEqual(new Set(['go', 'not_now', 'no', null]));
    expect(current.some((c) => c.revisions > 1)).toBe(true);
    expect(current.filter((c) => c.shared && c.decision === null)).toEqual([]);
    const [events] = await rows<{ shared: number; both: number; models: number }>(sql`
      select (select count(*)::int from cooperation_events where kind = 'decision_shared') as shared,
             (select count(*)::int from (select cooperation_id from assessments group by cooperation_id
               having count(*) = 2) x) as both,
             (select count(*)::int from cooperations where model_id is not null) as models`);
    expect(events?.shared).toBe(current.filter((c) => c.shared).length);
    expect(events?.both).toBeGreaterThan(0);
    expect(events?.models).toBeGreaterThan(0);
  });

  it('never allocates more than a pool holds, and only confirmed pools', async () => {
    const pools = await rows<{ hours: string; allocated: string | null; confirmed: boolean }>(sql`
      select p.hours_per_month::text as hours, p.confirmed_at is not null as confirmed,
             (select sum(a.hours_per_month)::text from pool_allocations a where a.pool_id = p.id) as allocated
        from capacity_pools p`);
    for (const pool of pools) {
      expect(Number(pool.allocated ?? 0)).toBeLessThanOrEqual(Number(pool.hours));
      if (!pool.confirmed) expect(pool.allocated).toBeNull();
    }
    expect(pools.some((p) => p.allocated !== null)).toBe(true);
  });

  it('fills only an empty set', async () => {
    expect(await generateScaleCooperations(handle.db, { seed: 7 })).toBeNull();
  });
});
