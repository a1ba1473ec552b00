import { type SQL, sql } from 'drizzle-orm';

/**
 * Distance searches in plain SQL on both engines (no cube/earthdistance/PostGIS, see design.md): a bounding box
 * that an index answers, then the exact circle by the haversine formula on a sphere.
 *
 * What depends only on the origin is computed here, once, and sent as a number: as a parameter of a prepared
 * statement, `cos(radians($1))` is not folded into a constant by PostgreSQL but evaluated for every candidate.
 */
export interface Origin {
  lat: number;
  lng: number;
}

/** A table's coordinate columns in degrees, e.g. `o.lat` and `o.lng`. */
export interface Coordinates {
  lat: SQL;
  lng: SQL;
}

const EARTH_RADIUS_KM = 6371;
const RADIANS = Math.PI / 180;
const KM_PER_DEGREE_OF_LATITUDE = EARTH_RADIUS_KM * RADIANS;

/** The smallest latitude/longitude box around the circle (the circle is widest in longitude off its centre). */
export function boundingBox(origin: Origin, radiusKm: number) {
  const dLat = radiusKm / KM_PER_DEGREE_OF_LATITUDE;
  const spread = Math.sin(Math.min(radiusKm / EARTH_RADIUS_KM, Math.PI / 2)) / Math.cos(origin.lat * RADIANS);
  const dLng = spread >= 1 ? 180 : Math.asin(spread) / RADIANS;
  return {
    minLat: origin.lat - dLat,
    maxLat: origin.lat + dLat,
    minLng: origin.lng - dLng,
    maxLng: origin.lng + dLng,
  };
}

/** `location <@ box(…)` for a GiST index on `point(lng, lat)`. */
export function inBoundingBoxSql(location: SQL, origin: Origin, radiusKm: number): SQL {
  const b = boundingBox(origin, radiusKm);
  return sql`${location} <@ box(point(${b.minLng}, ${b.minLat}), point(${b.maxLng}, ${b.maxLat}))`;
}

/** hav(d / R) of the distance d from the origin: 0 at the origin, growing with d. */
function haversineTerm(at: Coordinates, origin: Origin): SQL {
  const latRad = origin.lat * RADIANS;
  return sql`(power(sin((radians(${at.lat}) - ${latRad}::float8) / 2), 2) + ${Math.cos(latRad)}::float8
    * cos(radians(${at.lat})) * power(sin((radians(${at.lng}) - ${origin.lng * RADIANS}::float8) / 2), 2))`;
}

/** Great-circle distance in kilometres from the origin. */
export function distanceKmSql(at: Coordinates, origin: Origin): SQL {
  return sql`(${sql.raw(String(2 * EARTH_RADIUS_KM))} * asin(sqrt(${haversineTerm(at, origin)})))`;
}

/** Within the circle: compares the haversine term with its value at the radius (no asin and sqrt per row). */
export function withinRadiusSql(at: Coordinates, origin: Origin, radiusKm: number): SQL {
  return sql`${haversineTerm(at, origin)} <= ${Math.sin(radiusKm / (2 * EARTH_RADIUS_KM)) ** 2}::float8`;
}

/** Great-circle distance in kilometres between two rows' coordinates (pairs, where neither is a constant). */
export function pairDistanceKmSql(a: Coordinates, b: Coordinates): SQL {
  return sql`(${sql.raw(String(2 * EARTH_RADIUS_KM))} * asin(sqrt(power(sin(radians(${b.lat} - ${a.lat}) / 2), 2)
    + cos(radians(${a.lat})) * cos(radians(${b.lat})) * power(sin(radians(${b.lng} - ${a.lng}) / 2), 2))))`;
}
