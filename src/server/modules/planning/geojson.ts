import { simplify } from '@turf/simplify';
import type { MessageKey } from '../../http/i18n';
import { firstCrossing } from './geojson-crossings';

/**
 * GeoJSON of district boundaries (Sozialräume): checks a planner's file before anything is written and
 * makes the light copy the map draws. Pure functions, no database — the import service (boundaries.ts)
 * matches the names to districts and writes.
 */

/** [longitude, latitude] in WGS84 (RFC 7946). */
export type Position = [number, number];
export type Ring = Position[];
export type BoundaryGeometry =
  | { type: 'Polygon'; coordinates: Ring[] }
  | { type: 'MultiPolygon'; coordinates: Ring[][] };

export interface BoundingBox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

/** A feature that passed every check, its name trimmed, coordinates reduced to two dimensions. */
export interface CheckedFeature {
  index: number;
  name: string;
  geometry: BoundaryGeometry;
  positions: number;
}

export interface FeatureProblem {
  /** `features.3` (or `crs`/`features` for the collection): where the problem is. */
  path: string;
  message: MessageKey;
  params: Record<string, string | number>;
}

/** Limits that keep one import's work bounded (a district drawn at 1 m precision has far fewer vertices). */
export const MAX_FEATURES = 500;
export const MAX_POSITIONS_PER_FEATURE = 50_000;

/** Web copy tolerance in degrees (~5 m): invisible at district zoom, usually a fraction of the vertices. */
const WEB_TOLERANCE = 0.00005;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** How a feature is named in messages: its name, else its id, else its number in the file. */
function labelOf(feature: unknown, index: number, nameProperty: string): string {
  const properties = isObject(feature) && isObject(feature.properties) ? feature.properties : {};
  const name = properties[nameProperty];
  if (typeof name === 'string' && name.trim() !== '') return `„${name.trim()}“`;
  const id = isObject(feature) ? feature.id : undefined;
  if (typeof id === 'string' || typeof id === 'number') return `id ${id}`;
  return `#${index + 1}`;
}

class GeometryProblem extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

const coordinate = (value: number) => String(Math.round(value * 1e5) / 1e5);

/** One position: two or three numbers, longitude and latitude within WGS84's range. */
function checkPosition(value: unknown): Position {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) {
    throw new GeometryProblem('planning.boundaries.badCoordinates');
  }
  const [lng, lat] = value;
  if (!value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    throw new GeometryProblem('planning.boundaries.badCoordinates');
  }
  if (Math.abs(lng) > 180 || Math.abs(lat) > 90) {
    // Metres of a projected system (UTM, Gauß-Krüger) are far beyond any degree.
    const key = Math.abs(lng) > 1000 || Math.abs(lat) > 1000 ? 'projected' : 'outOfRange';
    throw new GeometryProblem(`planning.boundaries.${key}`, { lng: String(lng), lat: String(lat) });
  }
  return [lng, lat];
}

/** A linear ring: at least four positions, the last equal to the first (RFC 7946 §3.1.6). */
function checkRing(value: unknown): Ring {
  if (!Array.isArray(value)) throw new GeometryProblem('planning.boundaries.badCoordinates');
  const ring = value.map(checkPosition);
  if (ring.length < 4) throw new GeometryProblem('planning.boundaries.tooFewPositions');
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    throw new GeometryProblem('planning.boundaries.notClosed', {
      lng: coordinate(first[0]),
      lat: coordinate(first[1]),
    });
  }
  return ring;
}

function checkPolygon(value: unknown): Ring[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new GeometryProblem('planning.boundaries.badCoordinates');
  }
  return value.map(checkRing);
}

function checkMultiPolygon(value: unknown): Ring[][] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new GeometryProblem('planning.boundaries.badCoordinates');
  }
  return value.map(checkPolygon);
}

/** Polygon or MultiPolygon with valid rings, not too many vertices, no edge crossing another. */
export function checkGeometry(value: unknown): { geometry: BoundaryGeometry; positions: number } {
  if (!isObject(value) || (value.type !== 'Polygon' && value.type !== 'MultiPolygon')) {
    const type = isObject(value) && typeof value.type === 'string' ? value.type : '—';
    throw new GeometryProblem('planning.boundaries.notPolygon', { type });
  }
  const geometry: BoundaryGeometry =
    value.type === 'Polygon'
      ? { type: 'Polygon', coordinates: checkPolygon(value.coordinates) }
      : { type: 'MultiPolygon', coordinates: checkMultiPolygon(value.coordinates) };
  const positions = ringsOf(geometry).reduce((sum, ring) => sum + ring.length, 0);
  if (positions > MAX_POSITIONS_PER_FEATURE) {
    throw new GeometryProblem('planning.boundaries.tooManyPositions', { max: MAX_POSITIONS_PER_FEATURE });
  }
  // Rings of one polygon must not meet; separate polygons of a MultiPolygon are checked apart.
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const crossing = polygons.map(firstCrossing).find((point) => point !== null);
  if (crossing) {
    const [lng, lat] = crossing;
    throw new GeometryProblem('planning.boundaries.selfIntersection', {
      lng: coordinate(lng),
      lat: coordinate(lat),
    });
  }
  return { geometry, positions };
}

export function ringsOf(geometry: BoundaryGeometry): Ring[] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** A `crs` member (GeoJSON 2008) naming anything but WGS84 means the coordinates are not degrees. */
function crsProblem(crs: unknown): FeatureProblem | null {
  if (crs === undefined || crs === null) return null;
  const name = isObject(crs) && isObject(crs.properties) ? crs.properties.name : undefined;
  if (typeof name === 'string' && /(CRS84|EPSG:{1,2}4326)$/i.test(name)) return null;
  return {
    path: 'crs',
    message: 'planning.boundaries.projectedCrs',
    params: { crs: typeof name === 'string' ? name : '?' },
  };
}

/**
 * Checks a FeatureCollection: every feature a Polygon/MultiPolygon in WGS84 with closed rings and no
 * self-intersection, named by `nameProperty`, each name once. Returns the checked features and every
 * problem found (the caller writes nothing when there is one).
 */
export function checkFeatureCollection(
  input: unknown,
  nameProperty = 'name',
): { features: CheckedFeature[]; problems: FeatureProblem[] } {
  const problems: FeatureProblem[] = [];
  if (!isObject(input) || input.type !== 'FeatureCollection' || !Array.isArray(input.features)) {
    return { features: [], problems: [collectionProblem('planning.boundaries.notCollection')] };
  }
  if (input.features.length === 0) {
    return { features: [], problems: [collectionProblem('planning.boundaries.noFeatures')] };
  }
  if (input.features.length > MAX_FEATURES) {
    return {
      features: [],
      problems: [collectionProblem('planning.boundaries.tooManyFeatures', { max: MAX_FEATURES })],
    };
  }
  const crs = crsProblem(input.crs);
  if (crs) problems.push(crs);
  const features: CheckedFeature[] = [];
  const seen = new Map<string, number>();
  input.features.forEach((feature: unknown, index) => {
    const result = checkFeature(feature, index, nameProperty, seen);
    if ('message' in result) problems.push(result);
    else features.push(result);
  });
  return { features, problems };
}

/** One feature: a checked feature, or the problem naming it (`seen` keeps the names met so far). */
function checkFeature(
  feature: unknown,
  index: number,
  nameProperty: string,
  seen: Map<string, number>,
): CheckedFeature | FeatureProblem {
  const problem = (message: MessageKey, params: Record<string, string | number> = {}): FeatureProblem => ({
    path: `features.${index}`,
    message,
    params: { feature: labelOf(feature, index, nameProperty), number: index + 1, ...params },
  });
  if (!isObject(feature) || feature.type !== 'Feature') return problem('planning.boundaries.notFeature');
  const name = isObject(feature.properties) ? feature.properties[nameProperty] : undefined;
  if (typeof name !== 'string' || name.trim() === '') {
    return problem('planning.boundaries.noName', { property: nameProperty });
  }
  const key = name.trim().toLocaleLowerCase('de');
  const earlier = seen.get(key);
  if (earlier !== undefined) return problem('planning.boundaries.duplicateName', { other: earlier + 1 });
  seen.set(key, index);
  try {
    const { geometry, positions } = checkGeometry(feature.geometry);
    return { index, name: name.trim(), geometry, positions };
  } catch (error) {
    if (!(error instanceof GeometryProblem)) throw error;
    return problem(error.key, error.params);
  }
}

function collectionProblem(
  message: MessageKey,
  params: Record<string, string | number> = {},
): FeatureProblem {
  return { path: 'features', message, params };
}

export function boundingBox(geometry: BoundaryGeometry): BoundingBox {
  const box = { minLng: 180, minLat: 90, maxLng: -180, maxLat: -90 };
  for (const ring of ringsOf(geometry)) {
    for (const [lng, lat] of ring) {
      box.minLng = Math.min(box.minLng, lng);
      box.maxLng = Math.max(box.maxLng, lng);
      box.minLat = Math.min(box.minLat, lat);
      box.maxLat = Math.max(box.maxLat, lat);
    }
  }
  return box;
}

const round6 = (ring: Ring): Ring =>
  ring.map(([lng, lat]) => [Math.round(lng * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6]);

/**
 * The copy the map draws: Douglas–Peucker at ~5 m, six decimals (~0.1 m). When simplifying would make an
 * edge cross another (narrow necks), the map gets the checked geometry rounded instead.
 */
export function simplifyForWeb(geometry: BoundaryGeometry): BoundaryGeometry {
  const simplified = simplify(geometry, { tolerance: WEB_TOLERANCE, highQuality: true }) as BoundaryGeometry;
  const candidate = roundGeometry(simplified);
  const polygons = candidate.type === 'Polygon' ? [candidate.coordinates] : candidate.coordinates;
  return polygons.every((rings) => firstCrossing(rings) === null) ? candidate : roundGeometry(geometry);
}

function roundGeometry(geometry: BoundaryGeometry): BoundaryGeometry {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(round6) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(round6)) };
}

/** Ray casting over every ring (holes subtract by parity): whether the point lies inside. */
export function containsPoint(geometry: BoundaryGeometry, lng: number, lat: number): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((rings) => {
    let inside = false;
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as Position;
        const [xj, yj] = ring[j] as Position;
        if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    return inside;
  });
}
