import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { PersonIdentity } from '../accounts/personal-data';
import { organizations } from '../accounts/schema';
import { sealCycles, sealEditions, sealManualEvidence } from './schema';

/**
 * Art. 15/20: what the person recorded for the quality seal. Cycles and manual evidence are the centre's
 * records: the export names those the person created (which centre, dates, titles, criteria; not the
 * uploaded files, which are the centre's documents), and they stay after an erasure, pointing at the
 * tombstone. Imported catalogue editions are our paraphrase, not personal data.
 */
export async function sealDataOf(db: Executor, person: PersonIdentity) {
  const cyclesRecorded = await db
    .select({
      organizationName: organizations.name,
      certifiedOn: sealCycles.certifiedOn,
      validUntil: sealCycles.validUntil,
      reviewYear: sealCycles.reviewYear,
      edition: sealEditions.key,
      note: sealCycles.note,
      createdAt: sealCycles.createdAt,
    })
    .from(sealCycles)
    .innerJoin(organizations, eq(organizations.id, sealCycles.organizationId))
    .innerJoin(sealEditions, eq(sealEditions.id, sealCycles.editionId))
    .where(eq(sealCycles.createdBy, person.userId))
    .orderBy(asc(sealCycles.createdAt));
  const evidenceRecorded = await db
    .select({
      organizationName: organizations.name,
      kind: sealManualEvidence.kind,
      title: sealManualEvidence.title,
      note: sealManualEvidence.note,
      criteria: sealManualEvidence.criteria,
      effectiveOn: sealManualEvidence.effectiveOn,
      expiresOn: sealManualEvidence.expiresOn,
      fileName: sealManualEvidence.fileName,
      createdAt: sealManualEvidence.createdAt,
    })
    .from(sealManualEvidence)
    .innerJoin(organizations, eq(organizations.id, sealManualEvidence.organizationId))
    .where(eq(sealManualEvidence.createdBy, person.userId))
    .orderBy(asc(sealManualEvidence.createdAt));
  return { cyclesRecorded, evidenceRecorded };
}
