import { describe, expect, it } from 'vitest';
import {
  type BoundaryGeometry,
  checkFeatureCollection,
  containsPoint,
  type Ring,
  simplifyForWeb,
} from './geojson';

const square: Ring = [
  [7.43, 51.49],
  [7.46, 51.49],
  [7.46, 51.51],
  [7.43, 51.51],
  [7.43, 51.49],
];
// A bow tie: the edges (7.43,51.49)-(7.46,51.51) and (7.46,51.49)-(7.43,51.51) cross.
const bowTie: Ring = [
  [7.43, 51.49],
  [7.46, 51.51],
  [7.46, 51.49],
  [7.43, 51.51],
  [7.43, 51.49],
];
const feature = (name: string | undefined, geometry: unknown) => ({
  type: 'Feature',
  properties: name === undefined ? {} : { name },
  geometry,
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const polygon = (...rings: Ring[]) => ({ type: 'Polygon', coordinates: rings });

describe('checkFeatureCollection', () => {
  it('accepts named polygons and multipolygons in WGS84, dropping altitudes', () => {
    const withAltitude = square.map(([lng, lat]) => [lng, lat, 80]);
    const result = checkFeatureCollection(
      collection(
        feature(' Altstadt ', polygon(square)),
        feature('Hafen', { type: 'MultiPolygon', coordinates: [[withAltitude]] }),
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.features.map((f) => [f.name, f.geometry.type, f.positions])).toEqual([
      ['Altstadt', 'Polygon', 5],
      ['Hafen', 'MultiPolygon', 5],
    ]);
    expect(result.features[1]?.geometry.coordinates[0]?.[0]?.[0]).toEqual([7.43, 51.49]);
  });

  it('names the feature for a self-intersection, a missing name and projected coordinates', () => {
    const utm: Ring = [
      [395_000, 5_708_000],
      [397_000, 5_708_000],
      [397_000, 5_710_000],
      [395_000, 5_708_000],
    ];
    const { problems } = checkFeatureCollection(
      collection(
        feature('Altstadt', polygon(square)),
        feature('Nordviertel', polygon(bowTie)),
        feature(undefined, polygon(square)),
        feature('Weststadt', polygon(utm)),
      ),
    );
    expect(problems.map((p) => [p.path, p.message, p.params.feature])).toEqual([
      ['features.1', 'planning.boundaries.selfIntersection', '„Nordviertel“'],
      ['features.2', 'planning.boundaries.noName', '#3'],
      ['features.3', 'planning.boundaries.projected', '„Weststadt“'],
    ]);
    expect(problems[0]?.params).toMatchObject({ lng: '7.445', lat: '51.5' });
  });

  it('refuses open rings, points, duplicate names and a projected crs', () => {
    const open = square.slice(0, 4);
    const { problems } = checkFeatureCollection({
      ...collection(
        feature('A', polygon(open)),
        feature('B', { type: 'Point', coordinates: [7.4, 51.5] }),
        feature('a', polygon(square)),
        feature('C', polygon(square)),
      ),
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } },
    });
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['crs', 'planning.boundaries.projectedCrs'],
      ['features.0', 'planning.boundaries.notClosed'],
      ['features.1', 'planning.boundaries.notPolygon'],
      ['features.2', 'planning.boundaries.duplicateName'],
    ]);
  });

  it('refuses what is not a FeatureCollection', () => {
    expect(checkFeatureCollection(polygon(square)).problems[0]?.message).toBe(
      'planning.boundaries.notCollection',
    );
  });
});

describe('simplifyForWeb', () => {
  it('drops vertices closer than ~5 m to the line and keeps the shape', () => {
    // 200 points along the bottom edge, each off the line by ~1 m.
    const wobbly: Ring = [[7.43, 51.49]];
    for (let i = 1; i < 200; i++) wobbly.push([7.43 + i * 0.00015, 51.49 + (i % 2) * 0.00001]);
    wobbly.push([7.46, 51.49], [7.46, 51.51], [7.43, 51.51], [7.43, 51.49]);
    const web = simplifyForWeb({ type: 'Polygon', coordinates: [wobbly] }) as Extract<
      BoundaryGeometry,
      { type: 'Polygon' }
    >;
    expect(web.coordinates[0]?.length).toBeLessThan(10);
    expect(containsPoint(web, 7.445, 51.5)).toBe(true);
    expect(containsPoint(web, 7.47, 51.5)).toBe(false);
  });
});
