import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../test/build-app';
import { buildDistrict, buildMunicipality, buildOrganization, buildUser } from '../../test/factories';

/**
 * A municipality for the pool tests: districts Nord, Ost and Süd, its Jugendamt's planner, a counselling
 * centre (the pool's partner) with staff and lead, five family centres (two in Nord, two in Ost, one in Süd)
 * with their leads, and a second municipality with a planner of its own.
 */
export async function buildPoolWorld(t: TestApp) {
  const db = t.db;
  const municipality = await buildMunicipality(db);
  const nord = await buildDistrict(db, { municipalityId: municipality.id, name: 'Nord' });
  const ost = await buildDistrict(db, { municipalityId: municipality.id, name: 'Ost' });
  const sued = await buildDistrict(db, { municipalityId: municipality.id, name: 'Süd' });
  const youthOffice = await buildOrganization(db, {
    type: 'youth_office',
    name: 'Jugendamt Poolstadt',
    municipalityId: municipality.id,
  });
  const provider = await buildOrganization(db, {
    type: 'provider',
    name: 'Träger',
    municipalityId: municipality.id,
  });
  const partner = await buildOrganization(db, {
    type: 'partner',
    name: 'EB Poolstadt',
    municipalityId: municipality.id,
    providerId: provider.id,
  });
  const centre = (name: string, districtId: string) =>
    buildOrganization(db, { name, municipalityId: municipality.id, districtId });
  const centres = {
    nord1: await centre('FZ Nord 1', nord.id),
    nord2: await centre('FZ Nord 2', nord.id),
    ost1: await centre('FZ Ost 1', ost.id),
    ost2: await centre('FZ Ost 2', ost.id),
    sued: await centre('FZ Süd', sued.id),
  };
  const elsewhere = await buildMunicipality(db);
  const elsewhereDistrict = await buildDistrict(db, { municipalityId: elsewhere.id, name: 'Anderswo' });
  const elsewhereOffice = await buildOrganization(db, { type: 'youth_office', municipalityId: elsewhere.id });
  const admin = await buildUser(db, { isInstanceAdmin: true });
  const people = {
    planner: await t.signInAsNewMember('planner', youthOffice.id),
    plannerElsewhere: await t.signInAsNewMember('planner', elsewhereOffice.id),
    partnerStaff: await t.signInAsNewMember('staff', partner.id),
    partnerLead: await t.signInAsNewMember('lead', partner.id),
    nord1Lead: await t.signInAsNewMember('lead', centres.nord1.id),
    nord1Staff: await t.signInAsNewMember('staff', centres.nord1.id),
    nord2Lead: await t.signInAsNewMember('lead', centres.nord2.id),
    ost1Lead: await t.signInAsNewMember('admin', centres.ost1.id),
    ost2Lead: await t.signInAsNewMember('lead', centres.ost2.id),
    suedLead: await t.signInAsNewMember('lead', centres.sued.id),
    admin: await t.signIn(admin.email),
    anonymous: '',
  };
  return {
    municipality,
    districts: { nord, ost, sued },
    elsewhere: { municipality: elsewhere, district: elsewhereDistrict },
    partner,
    provider,
    centres,
    people,
  };
}

export type PoolWorld = Awaited<ReturnType<typeof buildPoolWorld>>;

export function poolApi(t: TestApp) {
  return (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    cookie: string,
    payload?: object,
  ): Promise<LightMyRequestResponse> =>
    t.request({
      method,
      url: `/api/v1${url}`,
      ...(cookie && { cookie }),
      ...(payload && { payload }),
    });
}

/** The body of a 40 h pool for Nord and Ost in 2027. */
export function poolBody(w: PoolWorld, overrides: object = {}) {
  return {
    title: 'EB Poolstadt: 40 h für Nord und Ost 2027',
    partnerId: w.partner.id,
    hoursPerMonth: 40,
    validFrom: '2027-01-01',
    validTo: '2027-12-31',
    districtIds: [w.districts.nord.id, w.districts.ost.id],
    needWeights: { [w.districts.nord.id]: 300, [w.districts.ost.id]: 100 },
    ...overrides,
  };
}
