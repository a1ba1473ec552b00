import { eq } from 'drizzle-orm';
import type { TestApp } from '../../test/build-app';
import {
  buildMunicipality,
  buildOrganization,
  buildRelationship,
  buildUser,
  linkPartnerKinds,
} from '../../test/factories';
import { agreementParties, agreements, agreementVersions } from '../agreements/schema';
import { offeringOrganizers, offerings } from '../offerings/schema';
import { assessmentRevisions, assessments, cooperationModels } from './schema';

/**
 * A small Musterstadt for the cooperation tests: the centre Sonnenblume and the counselling centre (EB) with
 * a relationship, another centre, the Jugendamt with a planner, a planner elsewhere and an instance admin.
 */
export async function buildCooperationWorld(t: TestApp) {
  const m = await buildMunicipality(t.db, { name: 'Musterstadt' });
  const elsewhere = await buildMunicipality(t.db, { name: 'Anderswo' });
  const org = (values: Parameters<typeof buildOrganization>[1]) =>
    buildOrganization(t.db, { municipalityId: m.id, ...values });
  const centre = await org({ name: 'Familienzentrum Sonnenblume' });
  const otherCentre = await org({ name: 'Familienzentrum Regenbogen' });
  const partner = await org({ type: 'partner', name: 'Erziehungsberatungsstelle Musterstadt' });
  const otherPartner = await org({ type: 'partner', name: 'Familienbildungsstätte Süd' });
  await linkPartnerKinds(t.db, partner.id, ['counselling']);
  const youthOffice = await org({ type: 'youth_office', name: 'Jugendamt Musterstadt' });
  const farOffice = await buildOrganization(t.db, {
    municipalityId: elsewhere.id,
    type: 'youth_office',
    name: 'Jugendamt Anderswo',
  });
  const { relationship } = await buildRelationship(t.db, {
    centreId: centre.id,
    partnerId: partner.id,
    status: 'active',
    internalNotes: 'Nur intern: Frau Wolf ist montags erreichbar.',
    nextStep: 'Termin abstimmen',
  });
  const admin = await buildUser(t.db, { isInstanceAdmin: true });
  return {
    m,
    elsewhere,
    centre,
    otherCentre,
    partner,
    otherPartner,
    youthOffice,
    cooperationId: relationship.id,
    people: {
      centreLead: await t.signInAsNewMember('lead', centre.id),
      centreStaff: await t.signInAsNewMember('staff', centre.id),
      partnerLead: await t.signInAsNewMember('lead', partner.id),
      partnerStaff: await t.signInAsNewMember('staff', partner.id),
      otherCentreLead: await t.signInAsNewMember('lead', otherCentre.id),
      planner: await t.signInAsNewMember('planner', youthOffice.id),
      plannerElsewhere: await t.signInAsNewMember('planner', farOffice.id),
      instanceAdmin: await t.signIn(admin.email),
    },
  };
}

export type CooperationWorld = Awaited<ReturnType<typeof buildCooperationWorld>>;

export async function modelIdOf(t: TestApp, key: string): Promise<string> {
  const [row] = await t.db.select().from(cooperationModels).where(eq(cooperationModels.key, key));
  if (!row) throw new Error(`model ${key}`);
  return row.id;
}

/** A signed agreement between the centre and the partner (parties by facility, the Träger left out). */
export async function addSignedAgreement(t: TestApp, w: CooperationWorld, title: string) {
  const [agreement] = await t.db
    .insert(agreements)
    .values({
      reference: `KV-T-${Math.random().toString(36).slice(2, 8)}`,
      title,
      type: 'consultation_hour',
      status: 'signed',
      municipalityId: w.m.id,
      startDate: '2026-01-01',
      inForceVersion: 1,
    })
    .returning();
  if (!agreement) throw new Error('agreement');
  await t.db.insert(agreementParties).values([
    { agreementId: agreement.id, position: 1, organizationId: w.centre.id },
    {
      agreementId: agreement.id,
      position: 2,
      organizationId: w.otherPartner.id,
      facilityIds: [w.partner.id],
    },
  ]);
  await t.db.insert(agreementVersions).values({
    agreementId: agreement.id,
    number: 1,
    status: 'signed',
    sections: {} as never,
    signedAt: new Date('2026-02-01T10:00:00Z'),
  });
  return agreement;
}

/** An offering both sides organise. */
export async function addJointOffering(t: TestApp, w: CooperationWorld, title: string) {
  const [offering] = await t.db
    .insert(offerings)
    .values({
      title,
      format: 'consultation_hour',
      registration: { required: false } as never,
      leadOrganizationId: w.centre.id,
      municipalityId: w.m.id,
      status: 'agreed',
    })
    .returning();
  if (!offering) throw new Error('offering');
  await t.db.insert(offeringOrganizers).values([
    { offeringId: offering.id, organizationId: w.centre.id, responsibilities: ['lead', 'room'] },
    { offeringId: offering.id, organizationId: w.partner.id, responsibilities: ['content', 'staff'] },
  ]);
  return offering;
}

/** One side's assessment with a decision, shared or not. */
export async function addAssessment(
  t: TestApp,
  cooperationId: string,
  organizationId: string,
  decision: { decision: 'go' | 'not_now' | 'no'; hours: number; shared: boolean },
) {
  const [assessment] = await t.db
    .insert(assessments)
    .values({ cooperationId, organizationId, isShared: decision.shared })
    .returning();
  if (!assessment) throw new Error('assessment');
  await t.db.insert(assessmentRevisions).values({
    assessmentId: assessment.id,
    number: 1,
    decision: decision.decision,
    decidedOn: '2026-11-20',
    hoursDelivery: String(decision.hours),
    mandateFitText: 'Geheimer Text der Einschätzung',
  });
  return assessment;
}
