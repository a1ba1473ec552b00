import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/build-app';
import { type DatabaseHandle, queryRows } from './client';
import { boundingBox, distanceKmSql, withinRadiusSql } from './geo';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const cologneCathedral = { lat: 50.9413, lng: 6.9583 };
// Düsseldorf main station: 33.03 km from the cathedral on a sphere of radius 6371 km (as the crow flies).
const duesseldorf = { lat: 51.2199, lng: 6.7944 };

async function measure(point: { lat: number; lng: number }, radiusKm: number) {
  const at = { lat: sql`${point.lat}::float8`, lng: sql`${point.lng}::float8` };
  const [row] = await queryRows<{ km: number; within: boolean }>(
    database.db,
    sql`select ${distanceKmSql(at, cologneCathedral)} as km, ${withinRadiusSql(at, cologneCathedral, radiusKm)} as within`,
  );
  return row as { km: number; within: boolean };
}

describe('distance search', () => {
  it('measures great-circle kilometres, and the circle ends at the radius', async () => {
    const far = await measure(duesseldorf, 33.1);
    expect(far.km).toBeCloseTo(33.03, 2);
    expect(far.within).toBe(true);
    expect((await measure(duesseldorf, 33)).within).toBe(false);
    expect(await measure(cologneCathedral, 0.001)).toEqual({ km: 0, within: true });
  });

  it("the bounding box holds the circle's northern, southern, eastern and western edge", async () => {
    const box = boundingBox(cologneCathedral, 5);
    for (const bearing of [0, 90, 180, 270]) {
      // 4.999 km in each direction, by the spherical destination formula.
      const d = 4.999 / 6371;
      const lat1 = (cologneCathedral.lat * Math.PI) / 180;
      const b = (bearing * Math.PI) / 180;
      const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
      const dLng = Math.atan2(
        Math.sin(b) * Math.sin(d) * Math.cos(lat1),
        Math.cos(d) - Math.sin(lat1) * Math.sin(lat2),
      );
      const edge = { lat: (lat2 * 180) / Math.PI, lng: cologneCathedral.lng + (dLng * 180) / Math.PI };
      expect(edge.lat).toBeGreaterThanOrEqual(box.minLat);
      expect(edge.lat).toBeLessThanOrEqual(box.maxLat);
      expect(edge.lng).toBeGreaterThanOrEqual(box.minLng);
      expect(edge.lng).toBeLessThanOrEqual(box.maxLng);
      expect((await measure(edge, 5)).within).toBe(true);
    }
    // and is not much larger: 5 km is about 0.045° of latitude and 0.071° of longitude at Cologne.
    expect(box.maxLat - cologneCathedral.lat).toBeCloseTo(0.045, 3);
    expect(box.maxLng - cologneCathedral.lng).toBeCloseTo(0.0713, 3);
  });

  it('near a pole the box spans all longitudes', () => {
    expect(boundingBox({ lat: 89.99, lng: 10 }, 5)).toMatchObject({ minLng: -170, maxLng: 190 });
  });
});
