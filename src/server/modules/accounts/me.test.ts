import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildMunicipality, buildOrganization, buildUser } from '../../test/factories';

let t: TestApp;
let municipalityId: string;

beforeAll(async () => {
  t = await buildTestApp();
  municipalityId = (await buildMunicipality(t.db)).id;
});

async function permissionsOf(cookie: string) {
  const res = await t.request({ method: 'GET', url: '/api/v1/me', cookie });
  expect(res.statusCode).toBe(200);
  return res.json().permissions;
}

describe('GET /me: what the web app may offer, decided by the policies', () => {
  it('a planner plans: freshness, organisation admin, partners; no centre network', async () => {
    const youthOffice = await buildOrganization(t.db, { municipalityId, type: 'youth_office' });
    const cookie = await t.signInAsNewMember('planner', youthOffice.id);
    expect(await permissionsOf(cookie)).toEqual({
      searchDirectory: true,
      viewNetwork: false,
      viewFreshness: true,
      viewCooperations: false,
      viewCapacity: false,
      viewCapacityOverview: true,
      viewPools: true,
      manageCooperationModels: true,
      viewPlanning: true,
      viewStatePlanning: false,
      viewSeal: false,
      viewSealOverview: true,
      importSealCatalogue: false,
      createStateOffice: false,
      manageKinds: false,
      createPartner: true,
      administerOrganizations: true,
      viewOwnOrganizations: true,
      manageOfferings: true,
      useRooms: true,
      useAgreements: true,
    });
  });

  it("a centre's staff see the centre's network; only its leads record partners", async () => {
    const centre = await buildOrganization(t.db, { municipalityId });
    const staff = await permissionsOf(await t.signInAsNewMember('staff', centre.id));
    expect(staff).toMatchObject({ viewNetwork: true, createPartner: false, viewFreshness: false });
    expect(staff.administerOrganizations).toBe(false);
    expect(staff).toMatchObject({ viewPlanning: false, viewStatePlanning: false });
    expect(staff).toMatchObject({ viewSeal: true, viewSealOverview: false, importSealCatalogue: false });
    const lead = await permissionsOf(await t.signInAsNewMember('lead', centre.id));
    expect(lead).toMatchObject({ viewNetwork: true, createPartner: true });
  });

  it('a partner works in its organisation; an instance admin manages the taxonomy', async () => {
    const partner = await buildOrganization(t.db, { municipalityId, type: 'partner' });
    expect(await permissionsOf(await t.signInAsNewMember('staff', partner.id))).toMatchObject({
      viewSeal: false,
      viewNetwork: false,
      viewOwnOrganizations: true,
      manageKinds: false,
    });
    const admin = await buildUser(t.db, { isInstanceAdmin: true });
    expect(await permissionsOf(await t.signIn(admin.email))).toMatchObject({
      manageKinds: true,
      administerOrganizations: true,
      viewOwnOrganizations: false,
      useRooms: false,
      viewPlanning: true,
      createStateOffice: true,
      viewSeal: true,
      importSealCatalogue: true,
    });
  });

  it('a Landesjugendamt sees the state overview and no municipal planning', async () => {
    const stateOffice = await buildOrganization(t.db, { municipalityId, type: 'state_office' });
    expect(await permissionsOf(await t.signInAsNewMember('staff', stateOffice.id))).toMatchObject({
      viewPlanning: false,
      viewStatePlanning: true,
      viewCapacityOverview: false,
      viewOwnOrganizations: true,
      manageOfferings: false,
      useRooms: false,
      useAgreements: false,
    });
  });
});
