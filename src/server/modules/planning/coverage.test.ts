import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import {
  buildDistrict,
  buildMembership,
  buildMunicipality,
  buildOrganization,
  buildPartner,
  buildRelationship,
  buildUser,
} from '../../test/factories';
import { relationshipStatusChanges } from '../directory/schema';
import { offeringSessions, offerings } from '../offerings/schema';
import { roomBookings } from '../rooms/schema';
import { buildRoom } from '../rooms/test-factories';

/**
 * Coverage per district with the year before, and the Landesjugendamt's state-wide rows, on a small world
 * whose every figure is known: Nord (a centre, a family-education partner active since 2025, an open café
 * for 0–3 and a room), Süd (a centre whose counselling cooperation ended on 1 February 2026).
 */
let t: TestApp;
let municipalityId: string;
let plannerCookie: string;
const cookies: Record<'lead' | 'otherPlanner' | 'stateOffice' | 'bavarianOffice', string> = {
  lead: '',
  otherPlanner: '',
  stateOffice: '',
  bavarianOffice: '',
};

const at = (iso: string) => new Date(iso);

async function session(offeringId: string, startsAt: string, hours: number, cancelled = false) {
  const start = at(startsAt);
  await t.db.insert(offeringSessions).values({
    offeringId,
    startsAt: start,
    endsAt: new Date(start.getTime() + hours * 3_600_000),
    cancelled,
  });
}

async function planner(organizationMunicipality: string) {
  const office = await buildOrganization(t.db, {
    municipalityId: organizationMunicipality,
    type: 'youth_office',
  });
  return t.signInAsNewMember('planner', office.id);
}

beforeAll(async () => {
  t = await buildTestApp();
  municipalityId = (await buildMunicipality(t.db, { name: 'Aachen-Test' })).id;
  const nord = await buildDistrict(t.db, { municipalityId, name: 'Nord' });
  const sued = await buildDistrict(t.db, { municipalityId, name: 'Süd' });
  const c1 = await buildOrganization(t.db, { municipalityId, districtId: nord.id, name: 'FZ Nordlicht' });
  const c2 = await buildOrganization(t.db, { municipalityId, districtId: sued.id, name: 'FZ Südwind' });
  const p1 = await buildPartner(t.db, { municipalityId, districtId: nord.id, kinds: ['family_education'] });
  const p2 = await buildPartner(t.db, { municipalityId, districtId: sued.id, kinds: ['counselling'] });
  await buildRelationship(t.db, {
    centreId: c1.id,
    partnerId: p1.organization.id,
    status: 'active',
    statusChangedAt: at('2025-03-01T10:00:00Z'),
    createdAt: at('2025-02-01T10:00:00Z'),
  });
  const { relationship } = await buildRelationship(t.db, {
    centreId: c2.id,
    partnerId: p2.organization.id,
    history: ['ended'],
    statusChangedAt: at('2026-02-01T10:00:00Z'),
    createdAt: at('2025-04-01T10:00:00Z'),
  });
  await t.db
    .insert(relationshipStatusChanges)
    .values({ relationshipId: relationship.id, status: 'active', changedAt: at('2025-05-01T10:00:00Z') });
  const [cafe] = await t.db
    .insert(offerings)
    .values({
      title: 'Elterncafé',
      format: 'open_cafe',
      targetGroups: ['age_0_3'],
      themes: ['Austausch'],
      ageFrom: 0,
      ageTo: 3,
      registration: { mode: 'none' } as never,
      leadOrganizationId: c1.id,
      municipalityId,
      status: 'running',
    })
    .returning();
  if (!cafe) throw new Error('offering');
  await session(cafe.id, '2025-02-04T09:00:00Z', 2);
  await session(cafe.id, '2026-04-07T08:00:00Z', 2);
  await session(cafe.id, '2026-04-14T08:00:00Z', 2);
  await session(cafe.id, '2026-07-14T08:00:00Z', 2, true);
  // Mondays 9–12: 2026 has 52 Mondays, 156 bookable hours; one confirmed booking of 2 hours.
  const room = await buildRoom(t.db, {
    organizationId: c1.id,
    bookableHours: [{ day: 1, from: '09:00', to: '12:00' }],
  });
  await t.db.insert(roomBookings).values({
    roomId: room.id,
    organizationId: c1.id,
    status: 'confirmed',
    startsAt: at('2026-03-02T09:00:00Z'),
    endsAt: at('2026-03-02T11:00:00Z'),
    blockedUntil: at('2026-03-02T11:00:00Z'),
    title: 'Kurs',
  });
  plannerCookie = await planner(municipalityId);
  cookies.lead = await t.signInAsNewMember('lead', c1.id);
  const other = await buildMunicipality(t.db, { name: 'Bonn-Test' });
  cookies.otherPlanner = await planner(other.id);
  const office = await buildOrganization(t.db, { municipalityId: other.id, type: 'state_office' });
  cookies.stateOffice = await t.signInAsNewMember('staff', office.id);
  const bavaria = await buildMunicipality(t.db, { name: 'Bamberg-Test', state: 'BY' });
  await buildOrganization(t.db, { municipalityId: bavaria.id, name: 'FZ Bamberg' });
  const bavarianOffice = await buildOrganization(t.db, { municipalityId: bavaria.id, type: 'state_office' });
  const user = await buildUser(t.db);
  await buildMembership(t.db, { userId: user.id, organizationId: bavarianOffice.id, role: 'staff' });
  cookies.bavarianOffice = await t.signIn(user.email);
});

const coverageUrl = (id: string, year: number | string = 2026) =>
  `/api/v1/planning/coverage?municipalityId=${id}&year=${year}`;

describe('GET /planning/coverage', () => {
  it('gives each district its figures for the year and the year before', async () => {
    const res = await t.request({ method: 'GET', url: coverageUrl(municipalityId), cookie: plannerCookie });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const [nord, sued] = body.current.districts;
    expect(body.current.districts.map((d: { districtName: string }) => d.districtName)).toEqual([
      'Nord',
      'Süd',
    ]);
    expect(nord).toMatchObject({
      centres: 1,
      partners: 1,
      partnersByKind: { family_education: 1 },
      cooperations: {
        cooperations: 1,
        centres: 1,
        byPriorityKind: { family_education: { cooperations: 1 } },
      },
      rooms: { rooms: 1, bookableHours: 156, bookedHours: 2, utilisation: 0.013 },
    });
    expect(nord.offerings.year).toEqual({ offerings: 1, sessions: 2, hours: 4 });
    expect(nord.offerings.quarters.map((q: { sessions: number }) => q.sessions)).toEqual([0, 2, 0, 0]);
    expect(nord.offerings.byTargetGroup.age_0_3.year.offerings).toBe(1);
    expect(Object.keys(nord.offerings.byAgeBand)).toEqual(['0_3', '3_6']);
    expect(nord.offerings.byFormat.open_cafe.quarters[1].offerings).toBe(1);
    // Süd's cooperation ended in February 2026: active at the end of 2025, not now.
    expect(sued.cooperations.byPriorityKind.counselling.cooperations).toBe(0);
    expect(body.previous.districts[1].cooperations.byPriorityKind.counselling.cooperations).toBe(1);
    expect(body.previous.districts[0].offerings.quarters[0]).toEqual({ offerings: 1, sessions: 1, hours: 2 });
    expect(body.current.total).toMatchObject({ centres: 2, partners: 2, cooperations: { cooperations: 1 } });
    // Aggregates only: no titles, no organisation names (decision 016).
    expect(res.body).not.toMatch(/Elterncafé|FZ Nordlicht|Kurs/);
  });

  it('keeps it to the municipality’s planners', async () => {
    const statuses = await Promise.all(
      [undefined, cookies.lead, cookies.otherPlanner, cookies.stateOffice].map(
        async (cookie) =>
          (await t.request({ method: 'GET', url: coverageUrl(municipalityId), cookie })).statusCode,
      ),
    );
    expect(statuses).toEqual([401, 403, 403, 403]);
    const unknown = await t.request({
      method: 'GET',
      url: coverageUrl('00000000-0000-4000-8000-000000000000'),
      cookie: plannerCookie,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('refuses a year out of range in the caller’s language', async () => {
    const de = await t.request({
      method: 'GET',
      url: coverageUrl(municipalityId, 1999),
      cookie: plannerCookie,
    });
    expect(de.statusCode).toBe(400);
    expect(de.body).toContain('Bitte ein Jahr zwischen 2000 und 2100 angeben.');
    const en = await t.request({
      method: 'GET',
      url: coverageUrl(municipalityId, 'soon'),
      cookie: plannerCookie,
      headers: { 'accept-language': 'en' },
    });
    expect(en.statusCode).toBe(400);
    expect(en.body).toContain('Please give a year between 2000 and 2100.');
  });
});

describe('GET /planning/state-aggregates', () => {
  const url = (state: string) => `/api/v1/planning/state-aggregates?state=${state}&year=2026`;

  it('gives the Landesjugendamt one row per municipality of its state and nothing below', async () => {
    const res = await t.request({ method: 'GET', url: url('NW'), cookie: cookies.stateOffice });
    expect(res.statusCode).toBe(200);
    const { items } = res.json();
    expect(items.map((m: { name: string }) => m.name)).toEqual(['Aachen-Test', 'Bonn-Test']);
    expect(items[0]).toMatchObject({
      districts: 2,
      centres: 2,
      partners: 2,
      cooperations: 1,
      offerings: 1,
      sessions: 2,
      centresWithPriorityKind: { family_education: 1, counselling: 0 },
      shareOfCentresWithPriorityKind: { family_education: 0.5, counselling: 0 },
      cooperationsPerCentre: 0.5,
    });
    expect(res.body).not.toMatch(/Nord|Süd|FZ |Elterncafé|Bamberg/);
    // Without a state: the office's own.
    const own = await t.request({
      method: 'GET',
      url: '/api/v1/planning/state-aggregates?year=2026',
      cookie: cookies.stateOffice,
    });
    expect(own.json()).toMatchObject({
      state: 'NW',
      items: [{ name: 'Aachen-Test' }, { name: 'Bonn-Test' }],
    });
  });

  it('answers only the state’s office', async () => {
    const statuses = await Promise.all(
      [undefined, plannerCookie, cookies.lead, cookies.bavarianOffice].map(
        async (cookie) => (await t.request({ method: 'GET', url: url('NW'), cookie })).statusCode,
      ),
    );
    expect(statuses).toEqual([401, 403, 403, 403]);
    const bad = await t.request({ method: 'GET', url: url('nw'), cookie: cookies.stateOffice });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Bundesland');
  });
});
