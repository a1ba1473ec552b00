import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildDistrict, buildMunicipality, buildOrganization } from '../../test/factories';
import { auditLog } from '../audit/schema';
import type { Ring } from './geojson';
import { districtBoundaries, districtNeedFigures } from './schema';

let t: TestApp;
let municipalityId: string;
const district: Record<'altstadt' | 'hafen', string> = { altstadt: '', hafen: '' };
const people: Record<string, string | undefined> = {};

beforeAll(async () => {
  t = await buildTestApp();
  const town = await buildMunicipality(t.db, { name: 'Musterstadt' });
  municipalityId = town.id;
  district.altstadt = (await buildDistrict(t.db, { municipalityId, name: 'Altstadt' })).id;
  district.hafen = (await buildDistrict(t.db, { municipalityId, name: 'Am Hafen' })).id;
  const youthOffice = await buildOrganization(t.db, { type: 'youth_office', municipalityId });
  const centre = await buildOrganization(t.db, { municipalityId });
  const elsewhere = await buildOrganization(t.db, { type: 'youth_office' });
  Object.assign(people, {
    planner: await t.signInAsNewMember('planner', youthOffice.id),
    centreLead: await t.signInAsNewMember('lead', centre.id),
    otherPlanner: await t.signInAsNewMember('planner', elsewhere.id),
    anonymous: undefined,
  });
});

const call = (method: 'GET' | 'POST' | 'PUT', path: string, cookie: string | undefined, payload?: object) =>
  t.request({
    method,
    url: `/api/v1/planning/${path}${path.includes('?') ? '&' : '?'}municipalityId=${municipalityId}`,
    cookie,
    ...(payload && { payload }),
  });

const box = (west: number, south: number, east: number, north: number): Ring => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];
const feature = (name: string | undefined, coordinates: Ring[]) => ({
  type: 'Feature',
  properties: name === undefined ? {} : { name },
  geometry: { type: 'Polygon', coordinates },
});
const geojson = (...features: object[]) => ({ type: 'FeatureCollection', features });
const validFile = geojson(
  feature('Altstadt', [box(7.436, 51.491, 7.466, 51.509)]),
  feature('am hafen', [box(7.405, 51.509, 7.436, 51.525)]),
);

describe('access to boundaries and need figures', () => {
  const expected = { anonymous: 401, centreLead: 403, otherPlanner: 403, planner: 200 } as const;
  for (const [who, status] of Object.entries(expected)) {
    it(`${who}: ${status} on every endpoint`, async () => {
      const cookie = people[who];
      const answers = await Promise.all([
        call('GET', 'boundaries', cookie),
        call('POST', 'boundaries', cookie, { geojson: validFile, source: who }),
        call('GET', 'need-figures?year=2026', cookie),
        call('PUT', 'need-figures', cookie, {
          year: 2024,
          items: [{ districtId: district.hafen, version: status === 200 ? 0 : 7, childrenUnder3: 1 }],
        }),
        call('POST', 'need-figures/import', cookie, {
          csv: 'Sozialraum;Jahr;Kinder unter 3\nAltstadt;2023;5',
        }),
      ]);
      expect(answers.map((a) => a.statusCode)).toEqual([status, status, status, status, status]);
    });
  }

  it('answers 404 for an unknown municipality', async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/planning/boundaries?municipalityId=00000000-0000-4000-8000-000000000000',
      cookie: people.planner,
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('GeoJSON import', () => {
  it('stores the checked geometry, a simplified copy and the bounding box, and lists them', async () => {
    const res = await call('POST', 'boundaries', people.planner, { geojson: validFile, source: 'Stadtplan' });
    expect(res.statusCode).toBe(200);
    expect(res.json().imported.map((i: { name: string }) => i.name)).toEqual(['Altstadt', 'Am Hafen']);
    const [row] = await t.db
      .select()
      .from(districtBoundaries)
      .where(eq(districtBoundaries.districtId, district.hafen));
    expect(row).toMatchObject({ minLng: 7.405, maxLat: 51.525, source: 'Stadtplan' });
    const listed = (await call('GET', 'boundaries', people.planner)).json();
    expect(listed.features.map((f: { properties: { name: string } }) => f.properties.name)).toEqual([
      'Altstadt',
      'Am Hafen',
    ]);
    expect(listed.districtsWithout).toEqual([]);
  });

  it('answers 400 naming each bad feature and writes nothing', async () => {
    const before = await t.db.select().from(districtBoundaries);
    const audits = (await t.db.select().from(auditLog)).length;
    const bowTie: Ring = [
      [7.436, 51.491],
      [7.466, 51.509],
      [7.466, 51.491],
      [7.436, 51.509],
      [7.436, 51.491],
    ];
    const projected = box(395_000, 5_708_000, 397_000, 5_710_000);
    const res = await call('POST', 'boundaries', people.planner, {
      geojson: geojson(
        feature('Altstadt', [bowTie]),
        feature(undefined, [box(7.4, 51.5, 7.41, 51.51)]),
        feature('Am Hafen', [projected]),
        feature('Gibtsnicht', [box(7.4, 51.5, 7.41, 51.51)]),
      ),
    });
    expect(res.statusCode).toBe(400);
    const problem = res.json();
    expect(problem.detail).toContain('„Altstadt“, #2, „Am Hafen“, „Gibtsnicht“');
    expect(problem.errors.map((e: { path: string; message: string }) => [e.path, e.message])).toEqual([
      ['features.0', 'Feature „Altstadt“: das Polygon schneidet sich selbst (bei 7.451, 51.5).'],
      ['features.1', 'Feature #2: ohne Namen (Eigenschaft „name“ fehlt oder ist leer).'],
      [
        'features.2',
        'Feature „Am Hafen“: Koordinaten (395000, 5708000) sind projiziert (z. B. UTM) – bitte als WGS84 (EPSG:4326) exportieren.',
      ],
      ['features.3', 'Feature „Gibtsnicht“: einen Sozialraum dieses Namens gibt es in Musterstadt nicht.'],
    ]);
    expect(await t.db.select().from(districtBoundaries)).toEqual(before);
    expect((await t.db.select().from(auditLog)).length).toBe(audits);
  });

  it('answers in English when asked', async () => {
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/planning/boundaries?municipalityId=${municipalityId}`,
      cookie: people.planner,
      headers: { 'accept-language': 'en' },
      payload: { geojson: geojson(feature(undefined, [box(7.4, 51.5, 7.41, 51.51)])) },
    });
    expect(res.json().errors[0].message).toBe(
      'Feature #1: has no name (property "name" is missing or empty).',
    );
  });
});

describe('need figures', () => {
  const figuresOf = async (year: number) => {
    const res = await call('GET', `need-figures?year=${year}`, people.planner);
    expect(res.statusCode).toBe(200);
    return res.json();
  };

  it('saves the form of a year and refuses a stale version with 409', async () => {
    const save = (version: number, childrenUnder3: number) =>
      call('PUT', 'need-figures', people.planner, {
        year: 2025,
        source: 'Statistikstelle',
        items: [{ districtId: district.altstadt, version, childrenUnder3, sgb2SharePercent: 18.5 }],
      });
    const first = await save(0, 400);
    expect(first.statusCode).toBe(200);
    const altstadt = first
      .json()
      .items.find((i: { districtId: string }) => i.districtId === district.altstadt);
    expect(altstadt).toMatchObject({
      recorded: true,
      childrenUnder3: 400,
      sgb2SharePercent: 18.5,
      version: 1,
    });
    expect((await save(0, 500)).statusCode).toBe(409);
    expect((await save(1, 410)).statusCode).toBe(200);
    expect((await figuresOf(2025)).items[0]).toMatchObject({ districtName: 'Altstadt', childrenUnder3: 410 });
  });

  it('refuses a district of another municipality (422) and figures out of range (400)', async () => {
    const stranger = await buildDistrict(t.db, { municipalityId: (await buildMunicipality(t.db)).id });
    const foreign = await call('PUT', 'need-figures', people.planner, {
      year: 2025,
      items: [{ districtId: stranger.id, version: 0, childrenUnder3: 1 }],
    });
    expect(foreign.statusCode).toBe(422);
    const negative = await call('PUT', 'need-figures', people.planner, {
      year: 2025,
      items: [{ districtId: district.hafen, version: 0, migrationSharePercent: 140 }],
    });
    expect(negative.statusCode).toBe(400);
  });

  it('imports CSV lines, keeping figures of columns the file lacks', async () => {
    const csv =
      'Sozialraum;Jahr;Kinder 3 bis 6;Migrationsanteil\nAltstadt;2025;390;41,2\nAm Hafen;2026;250;55\n';
    const res = await call('POST', 'need-figures/import', people.planner, { csv, source: 'CSV 2026' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      imported: 2,
      years: [2026, 2025],
      columns: ['children3To6', 'migrationSharePercent'],
    });
    const [altstadt] = (await figuresOf(2025)).items;
    expect(altstadt).toMatchObject({ childrenUnder3: 410, children3To6: 390, migrationSharePercent: 41.2 });
    expect((await figuresOf(2026)).years).toEqual([2026, 2025, 2024, 2023]);
  });

  it('answers 400 with line numbers for bad lines and writes nothing', async () => {
    const before = await t.db.select().from(districtNeedFigures);
    const csv = [
      'Sozialraum;Jahr;Kinder unter 3',
      'Altstadt;2025;999',
      'Nirgendwo;2025;10',
      'Am Hafen;2025;zehn',
      'Altstadt;2025;5',
    ].join('\n');
    const res = await call('POST', 'need-figures/import', people.planner, { csv });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('Betroffene Zeilen: 3, 4, 5.');
    expect(res.json().errors.map((e: { path: string; message: string }) => [e.path, e.message])).toEqual([
      ['line.3', 'Zeile 3: einen Sozialraum „Nirgendwo“ gibt es in der Kommune nicht.'],
      ['line.4', 'Zeile 4, Spalte „Kinder unter 3“: „zehn“ ist keine ganze Zahl ≥ 0.'],
      ['line.5', 'Zeile 5: „Altstadt“ 2025 stand schon in Zeile 2.'],
    ]);
    expect(await t.db.select().from(districtNeedFigures)).toEqual(before);
  });
});
