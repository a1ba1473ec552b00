import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../test/build-app';
import {
  buildDistrict,
  buildMembership,
  buildMunicipality,
  buildOrganization,
  buildUser,
} from '../../test/factories';
import type { MembershipRole } from '../accounts/schema';

/**
 * A municipality for the coordination tests: districts Nord and Süd, its Jugendamt (a planner and a staff
 * member who may own tasks), two family centres in Nord and one in Süd with their leads, a partner with a
 * lead and a staff member, and a second municipality with a planner of its own.
 */
export async function buildCoordinationWorld(t: TestApp) {
  const db = t.db;
  const municipality = await buildMunicipality(db);
  const nord = await buildDistrict(db, { municipalityId: municipality.id, name: 'Nord' });
  const sued = await buildDistrict(db, { municipalityId: municipality.id, name: 'Süd' });
  const youthOffice = await buildOrganization(db, { type: 'youth_office', municipalityId: municipality.id });
  const partner = await buildOrganization(db, {
    type: 'partner',
    name: 'FBS Teststadt',
    municipalityId: municipality.id,
    districtId: sued.id,
  });
  const centre = (name: string, districtId: string) =>
    buildOrganization(db, { name, municipalityId: municipality.id, districtId });
  const centres = {
    nord1: await centre('FZ Nord 1', nord.id),
    nord2: await centre('FZ Nord 2', nord.id),
    sued: await centre('FZ Süd', sued.id),
  };
  const elsewhere = await buildMunicipality(db);
  const elsewhereDistrict = await buildDistrict(db, { municipalityId: elsewhere.id, name: 'Anderswo' });
  const elsewhereOffice = await buildOrganization(db, { type: 'youth_office', municipalityId: elsewhere.id });

  /** A person with a known e-mail address, member of `organizationId`, signed in. */
  const member = async (role: MembershipRole, organizationId: string) => {
    const user = await buildUser(db);
    await buildMembership(db, { userId: user.id, organizationId, role });
    return { id: user.id, email: user.email, name: user.name, cookie: await t.signIn(user.email) };
  };
  const admin = await buildUser(db, { isInstanceAdmin: true });
  const people = {
    planner: await member('planner', youthOffice.id),
    officeStaff: await member('staff', youthOffice.id),
    plannerElsewhere: await member('planner', elsewhereOffice.id),
    nord1Lead: await member('lead', centres.nord1.id),
    nord1Staff: await member('staff', centres.nord1.id),
    nord2Lead: await member('admin', centres.nord2.id),
    suedLead: await member('lead', centres.sued.id),
    partnerLead: await member('lead', partner.id),
    partnerStaff: await member('staff', partner.id),
    admin: { id: admin.id, email: admin.email, name: admin.name, cookie: await t.signIn(admin.email) },
  };
  return {
    municipality,
    districts: { nord, sued },
    youthOffice,
    partner,
    centres,
    elsewhere: { municipality: elsewhere, district: elsewhereDistrict, office: elsewhereOffice },
    people,
  };
}

export type CoordinationWorld = Awaited<ReturnType<typeof buildCoordinationWorld>>;

export function coordinationApi(t: TestApp) {
  return (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    cookie: string,
    payload?: object,
    language = 'de',
  ): Promise<LightMyRequestResponse> =>
    t.request({
      method,
      url: `/api/v1${url}`,
      headers: { 'accept-language': language },
      ...(cookie && { cookie }),
      ...(payload && { payload }),
    });
}
