import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildDistrict, buildMunicipality, buildOrganization, buildUser } from '../../test/factories';
import { type AgreementWorld, buildAgreementWorld } from '../agreements/test-factories';
import { auditLog } from '../audit/schema';
import { capacityPeriods } from './schema';
import { capacityApi } from './test-capacity';

let t: TestApp;
let w: AgreementWorld;
let api: ReturnType<typeof capacityApi>['api'];
const people: Record<string, string | undefined> = {};
let otherDistrictId: string;

const period = (hoursPerMonth: number, extra: object = {}) => ({
  validFrom: '2026-01-01',
  validTo: null,
  districtId: null,
  hoursPerMonth,
  note: null,
  ...extra,
});

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildAgreementWorld(t);
  api = capacityApi(t).api;
  const elsewhere = await buildMunicipality(t.db);
  otherDistrictId = (await buildDistrict(t.db, { municipalityId: elsewhere.id })).id;
  const otherYouthOffice = await buildOrganization(t.db, {
    type: 'youth_office',
    municipalityId: elsewhere.id,
  });
  const admin = await buildUser(t.db, { isInstanceAdmin: true });
  Object.assign(people, {
    member: await t.signInAsNewMember('staff', w.regenbogen.id),
    lead: w.people.regenbogenLead,
    otherOrganization: w.people.sonnenblumeLead,
    planner: w.people.planner,
    otherPlanner: await t.signInAsNewMember('planner', otherYouthOffice.id),
    instanceAdmin: await t.signIn(admin.email),
    anonymous: undefined,
  });
});

const capacityOf = async (organizationId: string, cookie = w.people.planner) => {
  const res = await api('GET', `/organizations/${organizationId}/capacity`, cookie);
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe('capacity policy matrix', () => {
  const expected = {
    //               read  update overview
    member: [200, 403, 403],
    lead: [200, 200, 403],
    otherOrganization: [403, 403, 403],
    planner: [200, 403, 200],
    otherPlanner: [403, 403, 403],
    instanceAdmin: [200, 200, 200],
    anonymous: [401, 401, 401],
  } as const;

  for (const [who, [read, update, overview]] of Object.entries(expected)) {
    it(`${who}: read ${read}, update ${update}, municipality overview ${overview}`, async () => {
      const cookie = people[who];
      const got = await api('GET', `/organizations/${w.regenbogen.id}/capacity`, cookie);
      expect(got.statusCode).toBe(read);
      if (read === 200) expect(got.json().permissions).toEqual({ update: update === 200 });
      const current = (await capacityOf(w.regenbogen.id)).version;
      const put = await api('PUT', `/organizations/${w.regenbogen.id}/capacity`, cookie, {
        version: current,
        mandate: { text: `Auftrag von ${who}`, areas: ['family_education'] },
        periods: [period(10)],
      });
      expect(put.statusCode).toBe(update);
      const listed = await api('GET', `/capacity?municipalityId=${w.municipalityId}`, cookie);
      expect(listed.statusCode).toBe(overview);
    });
  }

  it('an unknown organisation is 404', async () => {
    const res = await api(
      'GET',
      '/organizations/00000000-0000-4000-8000-000000000000/capacity',
      people.planner,
    );
    expect(res.statusCode).toBe(404);
  });
});

describe('changing mandate and periods', () => {
  it('the first save creates the mandate (version 0 → 1), later saves replace the periods as a whole', async () => {
    const before = await capacityOf(w.sonnenblume.id, w.people.sonnenblumeLead);
    expect(before).toMatchObject({ version: 0, mandate: { text: '', areas: [] }, periods: [] });
    const first = await api('PUT', `/organizations/${w.sonnenblume.id}/capacity`, w.people.sonnenblumeLead, {
      version: 0,
      mandate: { text: 'Familienzentrum im Bezirk', areas: ['family_education', 'early_help'] },
      periods: [period(12, { validTo: '2026-12-31' }), period(15, { validFrom: '2027-01-01' })],
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      version: 1,
      mandate: { areas: ['family_education', 'early_help'] },
      periods: [{ hoursPerMonth: 12 }, { hoursPerMonth: 15 }],
    });
    expect(first.json().months[0]).toMatchObject({ available: 12, committed: 0, isOver: false });
    expect(first.json().months[1]).toMatchObject({ available: 15 });
    const second = await api('PUT', `/organizations/${w.sonnenblume.id}/capacity`, w.people.sonnenblumeLead, {
      version: 1,
      mandate: { text: 'Familienzentrum im Bezirk', areas: [] },
      periods: [period(8)],
    });
    expect(second.json()).toMatchObject({ version: 2, periods: [{ hoursPerMonth: 8 }] });
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, w.sonnenblume.id));
    expect(audits.filter((a) => a.entityType === 'capacity')).toHaveLength(2);
  });

  it.each([
    ['negative hours', [period(-1)], 'periods.0.hoursPerMonth', 422],
    ['more hours than a month has', [period(745)], 'periods.0.hoursPerMonth', 422],
    ['overlapping periods', [period(5), period(6, { validFrom: '2027-03-01' })], 'periods.1.validFrom', 422],
    ['an end before the start', [period(5, { validTo: '2025-01-01' })], 'periods.0.validTo', 422],
    [
      'an unknown district',
      [period(5, { districtId: '00000000-0000-4000-8000-000000000001' })],
      'periods.0.districtId',
      422,
    ],
    ['a district of another municipality', [period(5, { districtId: 'OTHER' })], 'periods.0.districtId', 422],
  ])('%s: problem naming the field, nothing written', async (_name, periods, path, status) => {
    const before = await capacityOf(w.sonnenblume.id, w.people.sonnenblumeLead);
    const body = periods.map((p) => (p.districtId === 'OTHER' ? { ...p, districtId: otherDistrictId } : p));
    const res = await api('PUT', `/organizations/${w.sonnenblume.id}/capacity`, w.people.sonnenblumeLead, {
      version: before.version,
      mandate: { text: 'geändert', areas: [] },
      periods: body,
    });
    expect(res.statusCode).toBe(status);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    const after = await capacityOf(w.sonnenblume.id, w.people.sonnenblumeLead);
    expect(after).toMatchObject({
      version: before.version,
      mandate: before.mandate,
      periods: before.periods,
    });
  });

  it('a stale version is 409 and writes nothing', async () => {
    const before = await capacityOf(w.sonnenblume.id, w.people.sonnenblumeLead);
    const res = await api('PUT', `/organizations/${w.sonnenblume.id}/capacity`, w.people.sonnenblumeLead, {
      version: before.version - 1,
      mandate: { text: 'veraltet', areas: [] },
      periods: [period(99)],
    });
    expect(res.statusCode).toBe(409);
    const rows = await t.db
      .select()
      .from(capacityPeriods)
      .where(eq(capacityPeriods.organizationId, w.sonnenblume.id));
    expect(rows.map((r) => Number(r.hoursPerMonth))).toEqual([8]);
  });
});
