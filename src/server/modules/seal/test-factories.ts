import type { TestApp } from '../../test/build-app';
import {
  buildMembership,
  buildMunicipality,
  buildOrganization,
  buildPartner,
  buildRelationship,
  buildUser,
} from '../../test/factories';
import { agreementParties, agreements } from '../agreements/schema';
import { offeringOrganizers, offeringSessions, offerings } from '../offerings/schema';
import { roomGrants } from '../rooms/schema';
import { buildRoom } from '../rooms/test-factories';
import { currentEditionId } from './edition-read';
import { sealCycles, sealManualEvidence } from './schema';

/** The day the tests check at, inside the review year 2026 of the cycle below. */
export const AT = '2026-06-15';

let counter = 0;

/**
 * A small world for the self-check: a centre (lead, staff) with a cycle (certified 2023-03-01, due
 * 2027-03-01, review year 2026), a counselling partner with a signed agreement in force (ending 2026-12-31,
 * before the due date) and one ended in 2025, a family education partner in contact only, offerings with
 * codes in and outside the period, a room granted to the counselling partner, and a note for 7.1.
 */
export async function buildSealWorld(t: TestApp) {
  const m = await buildMunicipality(t.db, { name: `Sealstadt ${++counter}` });
  const centre = await buildOrganization(t.db, { municipalityId: m.id, name: 'Familienzentrum Pusteblume' });
  const beratung = (
    await buildPartner(t.db, { municipalityId: m.id, name: 'EB Sealstadt', kinds: ['counselling'] })
  ).organization;
  const bildung = (
    await buildPartner(t.db, { municipalityId: m.id, name: 'FBS Sealstadt', kinds: ['family_education'] })
  ).organization;
  const person = async (organizationId: string, role: 'lead' | 'staff') => {
    const user = await buildUser(t.db);
    await buildMembership(t.db, { userId: user.id, organizationId, role });
    return user;
  };
  const lead = await person(centre.id, 'lead');
  const staff = await person(centre.id, 'staff');
  const editionId = await currentEditionId(t.db);
  if (!editionId) throw new Error('no current seal edition');
  const [cycle] = await t.db
    .insert(sealCycles)
    .values({
      organizationId: centre.id,
      editionId,
      certifiedOn: '2023-03-01',
      validUntil: '2027-03-01',
      reviewYear: 2026,
    })
    .returning();
  const inForce = await buildAgreement(t, m.id, centre.id, beratung.id, {
    title: 'Beratung vor Ort',
    status: 'active',
    startDate: '2024-01-01',
    endDate: '2026-12-31',
  });
  const ended = await buildAgreement(t, m.id, centre.id, beratung.id, {
    title: 'Alte Sprechstunde',
    status: 'ended',
    startDate: '2023-01-01',
    endDate: '2025-06-30',
  });
  const inPeriod = await buildOffering(
    t,
    m.id,
    centre.id,
    'Elterncafé',
    ['6.2', '1.1'],
    ['2026-02-03T09:00:00Z'],
  );
  const outside = await buildOffering(
    t,
    m.id,
    centre.id,
    'Altes Babyschwimmen',
    ['2.1'],
    ['2025-05-05T09:00:00Z'],
  );
  await buildRelationship(t.db, {
    centreId: centre.id,
    partnerId: bildung.id,
    status: 'in_contact',
    statusChangedAt: new Date('2024-01-10T10:00:00Z'),
  });
  const room = await buildRoom(t.db, { organizationId: centre.id, name: 'Gruppenraum' });
  await t.db
    .insert(roomGrants)
    .values({ roomId: room.id, organizationId: beratung.id, createdAt: new Date('2024-01-01T10:00:00Z') });
  const [note] = await t.db
    .insert(sealManualEvidence)
    .values({
      organizationId: centre.id,
      kind: 'note',
      title: 'Leitbild 2024',
      criteria: ['7.1'],
      effectiveOn: '2024-01-01',
      createdBy: lead.id,
    })
    .returning();
  return { m, centre, beratung, bildung, lead, staff, cycle, inForce, ended, inPeriod, outside, room, note };
}

export type SealWorld = Awaited<ReturnType<typeof buildSealWorld>>;

export async function buildAgreement(
  t: TestApp,
  municipalityId: string,
  centreId: string,
  partnerId: string,
  values: Pick<typeof agreements.$inferInsert, 'title' | 'status' | 'startDate' | 'endDate'>,
) {
  const [row] = await t.db
    .insert(agreements)
    .values({
      reference: `V-SEAL-${++counter}`,
      type: 'consultation_hour',
      municipalityId,
      municipalityIds: [municipalityId],
      inForceVersion: 1,
      ...values,
    })
    .returning();
  if (!row) throw new Error('no agreement');
  await t.db.insert(agreementParties).values([
    { agreementId: row.id, position: 1, organizationId: centreId },
    { agreementId: row.id, position: 2, organizationId: partnerId },
  ]);
  return row;
}

export async function buildOffering(
  t: TestApp,
  municipalityId: string,
  organizerId: string,
  title: string,
  sealCriteria: string[],
  sessionStarts: string[],
) {
  const [row] = await t.db
    .insert(offerings)
    .values({
      title,
      format: 'course',
      registration: {
        mode: 'none',
        phone: null,
        email: null,
        url: null,
        capacity: null,
        waitlistCount: null,
        note: null,
      },
      sealCriteria,
      status: 'running',
      leadOrganizationId: organizerId,
      municipalityId,
    })
    .returning();
  if (!row) throw new Error('no offering');
  await t.db
    .insert(offeringOrganizers)
    .values({ offeringId: row.id, organizationId: organizerId, responsibilities: ['lead'] });
  if (sessionStarts.length > 0) {
    await t.db.insert(offeringSessions).values(
      sessionStarts.map((s) => ({
        offeringId: row.id,
        startsAt: new Date(s),
        endsAt: new Date(new Date(s).getTime() + 3_600_000),
      })),
    );
  }
  return row;
}
