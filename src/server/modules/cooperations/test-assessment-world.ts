import type { TestApp } from '../../test/build-app';
import {
  buildDistrict,
  buildMunicipality,
  buildOrganization,
  buildRelationship,
  buildUser,
  linkPartnerKinds,
} from '../../test/factories';

/**
 * A small Musterstadt for assessments: the centres Sonnenblume and Regenbogen, the counselling centre (EB)
 * cooperating with both, the Jugendamt with its planner, an instance admin; signed-in people of each.
 */
export async function buildAssessmentWorld(t: TestApp) {
  const municipality = await buildMunicipality(t.db);
  const municipalityId = municipality.id;
  const district = await buildDistrict(t.db, { municipalityId, name: 'Nord' });
  const org = (values: Parameters<typeof buildOrganization>[1]) =>
    buildOrganization(t.db, { municipalityId, districtId: district.id, ...values });
  const sonnenblume = await org({ name: 'Familienzentrum Sonnenblume' });
  const regenbogen = await org({ name: 'Familienzentrum Regenbogen' });
  const eb = await org({ type: 'partner', name: 'Erziehungsberatungsstelle Musterstadt' });
  await linkPartnerKinds(t.db, eb.id, ['counselling']);
  const youthOffice = await org({ type: 'youth_office', name: 'Jugendamt Musterstadt' });
  const withSonnenblume = await buildRelationship(t.db, {
    centreId: sonnenblume.id,
    partnerId: eb.id,
    status: 'active',
  });
  const withRegenbogen = await buildRelationship(t.db, {
    centreId: regenbogen.id,
    partnerId: eb.id,
    status: 'in_contact',
  });
  const admin = await buildUser(t.db, { isInstanceAdmin: true });
  return {
    municipalityId,
    sonnenblume,
    regenbogen,
    eb,
    youthOffice,
    cooperations: {
      sonnenblumeEb: withSonnenblume.relationship.id,
      regenbogenEb: withRegenbogen.relationship.id,
    },
    people: {
      sonnenblumeLead: await t.signInAsNewMember('lead', sonnenblume.id),
      sonnenblumeStaff: await t.signInAsNewMember('staff', sonnenblume.id),
      regenbogenLead: await t.signInAsNewMember('lead', regenbogen.id),
      ebLead: await t.signInAsNewMember('lead', eb.id),
      ebStaff: await t.signInAsNewMember('staff', eb.id),
      planner: await t.signInAsNewMember('planner', youthOffice.id),
      instanceAdmin: await t.signIn(admin.email),
    },
  };
}

export type AssessmentWorld = Awaited<ReturnType<typeof buildAssessmentWorld>>;

/** An API call as the web app makes it; `cookie` undefined: anonymous. */
export function apiOf(t: TestApp) {
  return (method: 'GET' | 'POST' | 'PUT', url: string, cookie?: string, payload?: object, lang = 'de') =>
    t.request({
      method,
      url: `/api/v1${url}`,
      cookie,
      headers: { 'accept-language': lang },
      ...(payload && { payload }),
    });
}
