import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../src/server/db/client';
import {
  type BoundaryGeometry,
  boundingBox,
  type Ring,
  simplifyForWeb,
} from '../src/server/modules/planning/geojson';
import { districtBoundaries, districtNeedFigures } from '../src/server/modules/planning/schema';
import { Random } from './random';
import { KM_PER_DEGREE } from './scale-model';

/**
 * District boundaries and need figures for the scale data set (issue 18). The districts' own centres are not
 * stored, so each district's centre is the mean of its organisations; the boundaries are the Voronoi cells of
 * those centres inside a round town outline — convex, so never self-intersecting, and never overlapping.
 * Need figures for the two years the planning pages compare (2025, 2026), scaled by the district's size.
 */

export interface ScalePlanningOptions {
  seed: number;
  years?: readonly number[];
  onProgress?: (message: string) => void;
}

interface DistrictPoint {
  districtId: string;
  municipalityId: string;
  lat: number;
  lng: number;
  organisations: number;
}

/** x east, y north, in km around a reference point. */
type Km = [number, number];

const OUTLINE_VERTICES = 24;

/** Sutherland–Hodgman against one half-plane: the points closer to `a` than to `b`. */
function clipCloserTo(polygon: Km[], a: Km, b: Km): Km[] {
  const normal: Km = [b[0] - a[0], b[1] - a[1]];
  const mid: Km = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const side = (p: Km) => (p[0] - mid[0]) * normal[0] + (p[1] - mid[1]) * normal[1];
  const out: Km[] = [];
  polygon.forEach((current, i) => {
    const previous = polygon[(i + polygon.length - 1) % polygon.length] as Km;
    const sc = side(current);
    const sp = side(previous);
    if (sc <= 0 !== sp <= 0) {
      const t = sp / (sp - sc);
      out.push([previous[0] + t * (current[0] - previous[0]), previous[1] + t * (current[1] - previous[1])]);
    }
    if (sc <= 0) out.push(current);
  });
  return out;
}

/** The Voronoi cells of a town's district centres inside a circle of `radiusKm`; a cell per centre. */
export function voronoiCells(centres: Km[], radiusKm: number): Km[][] {
  const outline: Km[] = Array.from({ length: OUTLINE_VERTICES }, (_, i) => {
    const angle = (2 * Math.PI * i) / OUTLINE_VERTICES;
    return [radiusKm * Math.cos(angle), radiusKm * Math.sin(angle)];
  });
  return centres.map((a, i) =>
    centres.reduce<Km[]>((cell, b, j) => {
      const same = Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;
      return j === i || same ? cell : clipCloserTo(cell, a, b);
    }, outline),
  );
}

function toGeometry(cell: Km[], lat0: number, lng0: number): BoundaryGeometry | null {
  if (cell.length < 3) return null;
  const kmPerLng = KM_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180);
  const ring: Ring = cell.map(([x, y]) => [
    Math.round((lng0 + x / kmPerLng) * 1e6) / 1e6,
    Math.round((lat0 + y / KM_PER_DEGREE) * 1e6) / 1e6,
  ]);
  ring.push(ring[0] as [number, number]);
  return { type: 'Polygon', coordinates: [ring] };
}

/** The boundaries of one municipality's districts (those with located organisations). */
function townBoundaries(points: DistrictPoint[]) {
  const lat0 = points.reduce((s, p) => s + p.lat, 0) / points.length;
  const lng0 = points.reduce((s, p) => s + p.lng, 0) / points.length;
  const kmPerLng = KM_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180);
  const centres: Km[] = points.map((p) => [(p.lng - lng0) * kmPerLng, (p.lat - lat0) * KM_PER_DEGREE]);
  const radiusKm = Math.max(2, ...centres.map(([x, y]) => Math.hypot(x, y) * 1.35 + 1));
  return voronoiCells(centres, radiusKm).flatMap((cell, i) => {
    const geometry = toGeometry(cell, lat0, lng0);
    const point = points[i] as DistrictPoint;
    return geometry ? [{ point, geometry }] : [];
  });
}

/** Plausible public statistics for a district: sizes grow with its organisations, shares vary by district. */
function needFiguresFor(random: Random, point: DistrictPoint, years: readonly number[]) {
  const under3 = Math.round(random.between(120, 260) * Math.sqrt(1 + point.organisations));
  const sgb2 = random.between(4, 32);
  const migration = Math.min(75, sgb2 * random.between(0.8, 2.2) + random.between(5, 15));
  return years.map((year, y) => {
    const drift = 1 + y * random.between(-0.05, 0.06);
    return {
      districtId: point.districtId,
      municipalityId: point.municipalityId,
      year,
      childrenUnder3: Math.round(under3 * drift),
      children3To6: Math.round(under3 * random.between(0.9, 1.1) * drift),
      sgb2SharePercent: (Math.round(sgb2 * drift * 10) / 10).toFixed(1),
      singleParentHouseholds: Math.round(under3 * random.between(0.45, 0.8)),
      migrationSharePercent: (Math.round(migration * 10) / 10).toFixed(1),
      source: 'Generiert (Skalierungsdaten)',
    };
  });
}

/** Fills district_boundaries and district_need_figures for every district with located organisations. */
export async function generateScalePlanningDistricts(
  db: Database,
  options: ScalePlanningOptions,
): Promise<void> {
  const progress = options.onProgress ?? (() => undefined);
  const years = options.years ?? [2025, 2026];
  const [existing] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from district_boundaries`,
  );
  if ((existing?.n ?? 0) > 0) {
    progress('planning districts: boundaries exist, skipped');
    return;
  }
  const points = await queryRows<DistrictPoint>(
    db,
    sql`select d.id as "districtId", d.municipality_id as "municipalityId", avg(o.lat)::float8 as lat,
               avg(o.lng)::float8 as lng, count(*)::int as organisations
          from districts d join organizations o on o.district_id = d.id and o.lat is not null
         group by d.id, d.municipality_id
         order by d.municipality_id, d.id`,
  );
  const byTown = new Map<string, DistrictPoint[]>();
  for (const p of points) byTown.set(p.municipalityId, [...(byTown.get(p.municipalityId) ?? []), p]);
  const random = new Random(Math.imul(options.seed ^ 0x1b873593, 0xcc9e2d51));
  const boundaryRows: (typeof districtBoundaries.$inferInsert)[] = [];
  const figureRows: (typeof districtNeedFigures.$inferInsert)[] = [];
  for (const town of byTown.values()) {
    for (const { point, geometry } of townBoundaries(town)) {
      boundaryRows.push({
        districtId: point.districtId,
        municipalityId: point.municipalityId,
        geometry,
        webGeometry: simplifyForWeb(geometry),
        ...boundingBox(geometry),
        source: 'Generiert (Voronoi der Einrichtungen)',
      });
    }
    for (const point of town) figureRows.push(...needFiguresFor(random, point, years));
  }
  await db.transaction(async (tx) => {
    for (let i = 0; i < boundaryRows.length; i += 500) {
      await tx.insert(districtBoundaries).values(boundaryRows.slice(i, i + 500));
    }
    for (let i = 0; i < figureRows.length; i += 1000) {
      await tx.insert(districtNeedFigures).values(figureRows.slice(i, i + 1000));
    }
  });
  progress(`planning districts: ${boundaryRows.length} boundaries, ${figureRows.length} need figure rows`);
}
