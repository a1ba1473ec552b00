import { eq } from 'drizzle-orm';
import type { TestApp } from '../../test/build-app';
import { agreementParties, agreementSignatures, agreements, agreementVersions } from '../agreements/schema';
import { buildAgreementWorld } from '../agreements/test-factories';
import { offeringOrganizers, offeringSessions, offerings } from '../offerings/schema';
import { sealCycles, sealEditions, sealManualEvidence } from './schema';

/**
 * Sonnenblume's evidence for the report and bundle tests, written straight into the tables (the other modules'
 * own tests cover how it is made): a cycle due 01.03.2027 with review year 2026, an agreement in force with
 * the counselling centre and an uploaded signed scan, one without scan that ends before the due date, one
 * that ended in June 2026, an offering with sessions in 2026, and an uploaded protocol. Checked at 01.12.2026.
 */
export const AT = '2026-12-01';

/** A small PDF that poppler reads (one empty page), as an uploaded scan or protocol. */
export const SCAN_PDF = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj',
    '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj',
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj',
    'trailer<</Root 1 0 R>>',
    '%%EOF',
    '',
  ].join('\n'),
  'latin1',
);

const EMPTY_SECTIONS = {
  purpose: 'Beratung vor Ort.',
  goals: '',
  services: '',
  contacts: '',
  rooms: '',
  costs: '',
  publicRelations: '',
  dataProtection: '',
  childProtection: '',
  evaluation: '',
  term: '',
  other: '',
};

export async function buildReportWorld(t: TestApp) {
  const w = await buildAgreementWorld(t);
  const [edition] = await t.db.select().from(sealEditions).where(eq(sealEditions.key, '2020'));
  if (!edition) throw new Error('edition 2020 missing: migration 0018 has the catalogue');
  await t.db.insert(sealCycles).values({
    organizationId: w.sonnenblume.id,
    editionId: edition.id,
    certifiedOn: '2023-03-01',
    validUntil: '2027-03-01',
    reviewYear: 2026,
  });

  let n = 0;
  async function agreement(input: {
    title: string;
    status: 'active' | 'signed' | 'ended';
    startDate: string;
    endDate: string | null;
    partner: { providerId: string; facilityId: string };
    scan: boolean;
  }) {
    n++;
    const [row] = await t.db
      .insert(agreements)
      .values({
        reference: `KV-2025-90${n}`,
        title: input.title,
        type: 'basic_cooperation',
        status: input.status,
        municipalityId: w.municipalityId,
        municipalityIds: [w.municipalityId],
        inForceVersion: 1,
        startDate: input.startDate,
        endDate: input.endDate,
      })
      .returning();
    const id = row?.id as string;
    const parties = await t.db
      .insert(agreementParties)
      .values([
        { agreementId: id, position: 1, organizationId: w.city.id, facilityIds: [w.sonnenblume.id] },
        {
          agreementId: id,
          position: 2,
          organizationId: input.partner.providerId,
          facilityIds: [input.partner.facilityId],
        },
      ])
      .returning();
    await t.db.insert(agreementVersions).values({
      agreementId: id,
      number: 1,
      status: 'signed',
      sections: EMPTY_SECTIONS,
      signedAt: new Date(`${input.startDate}T10:00:00Z`),
    });
    await t.db.insert(agreementSignatures).values(
      parties.map((p, i) => ({
        agreementId: id,
        versionNumber: 1,
        partyId: p.id,
        signerName: i === 0 ? 'Sabine Krüger' : 'Katharina Wolf',
        signerRole: 'Leitung',
        signedOn: input.startDate,
        ...(input.scan &&
          i === 0 && { pdf: SCAN_PDF, pdfSize: SCAN_PDF.length, pdfName: 'scan unterschrieben.pdf' }),
      })),
    );
    return { id, reference: row?.reference as string };
  }

  const counselling = await agreement({
    title: 'Beratung im Familienzentrum',
    status: 'active',
    startDate: '2025-01-01',
    endDate: null,
    partner: { providerId: w.city.id, facilityId: w.counselling.id },
    scan: true,
  });
  const rooms = await agreement({
    title: 'Räume für die Kita Regenbogen',
    status: 'signed',
    startDate: '2025-06-01',
    endDate: '2027-01-31',
    partner: { providerId: w.awo.id, facilityId: w.regenbogen.id },
    scan: false,
  });
  const ended = await agreement({
    title: 'Alte Sprechstunde',
    status: 'ended',
    startDate: '2023-05-01',
    endDate: '2026-06-30',
    partner: { providerId: w.city.id, facilityId: w.counselling.id },
    scan: false,
  });

  const [cafe] = await t.db
    .insert(offerings)
    .values({
      title: 'Elterncafé; offen für alle',
      format: 'meeting',
      registration: {
        mode: 'none',
        phone: null,
        email: null,
        url: null,
        capacity: null,
        waitlistCount: null,
        note: null,
      },
      sealCriteria: ['1.1', '6.2'],
      status: 'running',
      leadOrganizationId: w.sonnenblume.id,
      municipalityId: w.municipalityId,
    })
    .returning();
  const offeringId = cafe?.id as string;
  await t.db
    .insert(offeringOrganizers)
    .values({ offeringId, organizationId: w.sonnenblume.id, responsibilities: ['lead'] });
  const session = (day: string, cancelled = false) => ({
    offeringId,
    startsAt: new Date(`${day}T08:00:00Z`),
    endsAt: new Date(`${day}T10:00:00Z`),
    cancelled,
  });
  await t.db
    .insert(offeringSessions)
    .values([
      session('2025-11-04'),
      session('2026-02-03'),
      session('2026-05-05'),
      session('2026-09-08'),
      session('2026-10-06', true),
    ]);

  const [protocol] = await t.db
    .insert(sealManualEvidence)
    .values({
      organizationId: w.sonnenblume.id,
      kind: 'document',
      title: 'Protokoll Netzwerktreffen März',
      criteria: ['6.6'],
      effectiveOn: '2026-03-15',
      file: SCAN_PDF,
      fileName: 'protokoll.pdf',
      fileSize: SCAN_PDF.length,
    })
    .returning();

  return { ...w, agreements: { counselling, rooms, ended }, offeringId, protocolId: protocol?.id as string };
}
