import type { TestApp } from '../../test/build-app';
import { buildDistrict, buildMunicipality, buildOrganization, linkPartnerKinds } from '../../test/factories';

/**
 * A small Musterstadt: the city as Träger of the family centre Sonnenblume and of the counselling
 * centre (as in the demo data), the AWO as Träger of Regenbogen, and the Jugendamt; signed-in people.
 */
export async function buildAgreementWorld(t: TestApp) {
  const municipality = await buildMunicipality(t.db);
  const municipalityId = municipality.id;
  const district = await buildDistrict(t.db, { municipalityId });
  const org = (values: Parameters<typeof buildOrganization>[1]) =>
    buildOrganization(t.db, { municipalityId, districtId: district.id, ...values });
  const city = await org({ type: 'provider', name: 'Stadt Musterstadt' });
  const awo = await org({ type: 'provider', name: 'AWO Musterstadt' });
  const sonnenblume = await org({ name: 'Familienzentrum Sonnenblume', providerId: city.id });
  const regenbogen = await org({ name: 'Familienzentrum Regenbogen', providerId: awo.id });
  const counselling = await org({
    type: 'partner',
    name: 'Erziehungsberatungsstelle Musterstadt',
    providerId: city.id,
  });
  await linkPartnerKinds(t.db, counselling.id, ['counselling']);
  const youthOffice = await org({ type: 'youth_office', name: 'Jugendamt Musterstadt' });
  return {
    municipalityId,
    district,
    city,
    awo,
    sonnenblume,
    regenbogen,
    counselling,
    youthOffice,
    people: {
      sonnenblumeLead: await t.signInAsNewMember('lead', sonnenblume.id),
      sonnenblumeStaff: await t.signInAsNewMember('staff', sonnenblume.id),
      counsellingLead: await t.signInAsNewMember('lead', counselling.id),
      regenbogenLead: await t.signInAsNewMember('lead', regenbogen.id),
      planner: await t.signInAsNewMember('planner', youthOffice.id),
    },
  };
}

export type AgreementWorld = Awaited<ReturnType<typeof buildAgreementWorld>>;

/** The parties of a consultation-hour agreement: city for Sonnenblume, city for the counselling centre. */
export function consultationParties(w: AgreementWorld) {
  return [
    {
      organizationId: w.city.id,
      facilityIds: [w.sonnenblume.id],
      representative: { name: 'Sabine Krüger', role: 'Leitung Familienzentrum' },
    },
    {
      organizationId: w.city.id,
      facilityIds: [w.counselling.id],
      representative: { name: 'Katharina Wolf', role: 'Leitung Beratungsstelle' },
    },
  ];
}

/** A small valid PDF for upload tests. */
export const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
