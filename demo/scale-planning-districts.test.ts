import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, queryRows } from '../src/server/db/client';
import { type BoundaryGeometry, checkGeometry, containsPoint } from '../src/server/modules/planning/geojson';
import { openTestDatabase } from '../src/server/test/build-app';
import { generateScaleData } from './scale-data';
import { generateScalePlanningDistricts } from './scale-planning-districts';

let handle: DatabaseHandle;
const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(handle.db, query);

beforeAll(async () => {
  handle = await openTestDatabase();
  const now = new Date('2026-12-01T12:00:00Z');
  await generateScaleData(handle.db, { municipalities: 3, centres: 30, partners: 200, seed: 7, now });
  await generateScalePlanningDistricts(handle.db, { seed: 7 });
}, 60_000);

afterAll(async () => {
  await handle.close();
});

describe('scale generator: planning districts', () => {
  it('gives every district with organisations a valid boundary, not overlapping its neighbours', async () => {
    const boundaries = await rows<{
      municipality_id: string;
      district_id: string;
      geometry: BoundaryGeometry;
    }>(sql`select municipality_id, district_id, geometry from district_boundaries`);
    const [located] = await rows<{ n: number }>(
      sql`select count(distinct district_id)::int as n from organizations where lat is not null and district_id is not null`,
    );
    expect(boundaries.length).toBe(located?.n);
    for (const b of boundaries) expect(() => checkGeometry(b.geometry)).not.toThrow();
    // Sample the organisations' points: none lies in two boundaries of its municipality, most in their own.
    const orgs = await rows<{ municipality_id: string; district_id: string; lat: number; lng: number }>(
      sql`select municipality_id, district_id, lat, lng from organizations where lat is not null and district_id is not null`,
    );
    let own = 0;
    for (const o of orgs) {
      const hits = boundaries.filter(
        (b) => b.municipality_id === o.municipality_id && containsPoint(b.geometry, o.lng, o.lat),
      );
      expect(hits.length).toBeLessThanOrEqual(1);
      if (hits[0]?.district_id === o.district_id) own += 1;
    }
    expect(own / orgs.length).toBeGreaterThan(0.6);
  });

  it('has need figures for 2025 and 2026 of every such district, and is skipped a second time', async () => {
    const [figures] = await rows<{ y2025: number; y2026: number; boundaries: number }>(sql`
      select count(*) filter (where year = 2025)::int as y2025, count(*) filter (where year = 2026)::int as y2026,
             (select count(*)::int from district_boundaries) as boundaries
        from district_need_figures where children_under_3 > 0 and sgb2_share_percent between 0 and 100`);
    expect(figures?.y2025).toBe(figures?.boundaries);
    expect(figures?.y2026).toBe(figures?.boundaries);
    const messages: string[] = [];
    await generateScalePlanningDistricts(handle.db, { seed: 7, onProgress: (m) => messages.push(m) });
    expect(messages).toEqual(['planning districts: boundaries exist, skipped']);
  });
});
