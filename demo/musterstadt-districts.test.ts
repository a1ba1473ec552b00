import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { districts, organizations } from '../src/server/modules/accounts/schema';
import { type BoundaryGeometry, containsPoint } from '../src/server/modules/planning/geojson';
import { districtBoundaries, districtNeedFigures } from '../src/server/modules/planning/schema';
import { buildTestApp, type TestApp } from '../src/server/test/build-app';
import { loadMusterstadt } from './load-musterstadt';

let t: TestApp;
let boundaries: {
  districtId: string;
  name: string;
  geometry: BoundaryGeometry;
  webGeometry: BoundaryGeometry;
}[];

beforeAll(async () => {
  t = await buildTestApp();
  await loadMusterstadt(t.db);
  const rows = await t.db
    .select({
      districtId: districtBoundaries.districtId,
      name: districts.name,
      geometry: districtBoundaries.geometry,
      webGeometry: districtBoundaries.webGeometry,
    })
    .from(districtBoundaries)
    .innerJoin(districts, eq(districts.id, districtBoundaries.districtId));
  boundaries = rows.map((r) => ({
    ...r,
    geometry: r.geometry as BoundaryGeometry,
    webGeometry: r.webGeometry as BoundaryGeometry,
  }));
});

describe('Musterstadt districts for planning', () => {
  it('has a boundary for each of the 8 districts', () => {
    expect(boundaries.map((b) => b.name).sort()).toEqual([
      'Altstadt',
      'Am Hafen',
      'Gartenstadt',
      'Heide',
      'Nordviertel',
      'Oststadt',
      'Südpark',
      'Weststadt',
    ]);
  });

  it('puts every organisation inside its own district and no other (original and web copy)', async () => {
    const orgs = await t.db.select().from(organizations);
    const misplaced = orgs.flatMap((o) => {
      if (o.lat === null || o.lng === null) return [];
      const inside = (key: 'geometry' | 'webGeometry') =>
        boundaries
          .filter((b) => containsPoint(b[key], o.lng as number, o.lat as number))
          .map((b) => b.districtId);
      const expected = [o.districtId];
      const got = [inside('geometry'), inside('webGeometry')];
      return got.every((ids) => JSON.stringify(ids) === JSON.stringify(expected))
        ? []
        : [`${o.name}: ${got}`];
    });
    expect(orgs.filter((o) => o.lat !== null).length).toBeGreaterThan(60);
    expect(misplaced).toEqual([]);
  });

  it('has polygons that do not overlap (no point of a fine grid lies in two)', () => {
    const hits: number[] = [];
    for (let lat = 51.472; lat <= 51.528; lat += 0.0005) {
      for (let lng = 7.402; lng <= 7.498; lng += 0.0005) {
        hits.push(boundaries.filter((b) => containsPoint(b.geometry, lng, lat)).length);
      }
    }
    expect(Math.max(...hits)).toBe(1);
    // Inside the town's outline the districts leave no holes (the outline wobbles by ~0.002° at the edge).
    expect(hits.filter((h) => h === 1).length).toBeGreaterThan(0.95 * hits.length);
  });

  it('has need figures of every district for 2025 and 2026', async () => {
    const rows = await t.db.select().from(districtNeedFigures);
    expect(rows.filter((r) => r.year === 2025 && r.childrenUnder3 !== null)).toHaveLength(8);
    expect(rows.filter((r) => r.year === 2026 && r.migrationSharePercent !== null)).toHaveLength(8);
  });

  it('shows them to the demo planner', async () => {
    const cookie = await t.signIn('planung@jugendamt-musterstadt.example');
    const me = await t.request({ method: 'GET', url: '/api/v1/planning/municipalities', cookie });
    const municipalityId = me.json().items[0].id;
    const res = await t.request({
      method: 'GET',
      url: `/api/v1/planning/boundaries?municipalityId=${municipalityId}`,
      cookie,
    });
    expect(res.json().features).toHaveLength(8);
    expect(res.json().districtsWithout).toEqual([]);
  });
});
