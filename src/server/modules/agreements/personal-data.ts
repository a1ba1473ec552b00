import { type AnyColumn, asc, eq, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { type ScrubTarget, scrubJson } from '../../scrub';
import type { PersonIdentity } from '../accounts/personal-data';
import {
  agreementComments,
  agreementParties,
  agreementSignatures,
  agreements,
  agreementVersions,
} from './schema';

/** A name as people type it: case and surrounding spaces do not matter. */
const sameName = (column: AnyColumn, name: string) => sql`lower(trim(${column})) = lower(trim(${name}))`;

/**
 * Art. 15/20: review comments the person wrote and signatures they gave (signed under their name) or
 * recorded. The scanned PDF of a signature is the agreement's document and is not part of the export.
 */
export async function agreementsDataOf(db: Executor, person: PersonIdentity) {
  const comments = await db
    .select({
      agreementReference: agreements.reference,
      agreementTitle: agreements.title,
      versionNumber: agreementComments.versionNumber,
      section: agreementComments.section,
      body: agreementComments.body,
      createdAt: agreementComments.createdAt,
    })
    .from(agreementComments)
    .innerJoin(agreements, eq(agreements.id, agreementComments.agreementId))
    .where(eq(agreementComments.authorId, person.userId))
    .orderBy(asc(agreementComments.createdAt));
  const signatures = await db
    .select({
      agreementReference: agreements.reference,
      agreementTitle: agreements.title,
      versionNumber: agreementSignatures.versionNumber,
      signerName: agreementSignatures.signerName,
      signerRole: agreementSignatures.signerRole,
      signedOn: agreementSignatures.signedOn,
      recordedAt: agreementSignatures.createdAt,
    })
    .from(agreementSignatures)
    .innerJoin(agreements, eq(agreements.id, agreementSignatures.agreementId))
    .where(
      or(
        eq(agreementSignatures.recordedBy, person.userId),
        sameName(agreementSignatures.signerName, person.name),
      ),
    )
    .orderBy(asc(agreementSignatures.createdAt));
  return { comments, signatures };
}

/**
 * Art. 17: agreements keep their comments, signatures and versions (they are the organisations' records),
 * but the copies of the person's name stored in them are replaced by the pseudonym.
 */
export async function pseudonymiseAgreements(tx: Executor, target: ScrubTarget & PersonIdentity) {
  await tx
    .update(agreementComments)
    .set({ authorName: target.pseudonym })
    .where(
      or(eq(agreementComments.authorId, target.userId), sameName(agreementComments.authorName, target.name)),
    );
  await tx
    .update(agreementSignatures)
    .set({ signerName: target.pseudonym })
    .where(sameName(agreementSignatures.signerName, target.name));
  await tx
    .update(agreementParties)
    .set({ representativeName: target.pseudonym })
    .where(sameName(agreementParties.representativeName, target.name));
  await pseudonymiseVersions(tx, target);
}

// Child-protection checks and the snapshot of parties may name the person (checked by, representative).
async function pseudonymiseVersions(tx: Executor, target: ScrubTarget) {
  const needle = `%${target.name.trim()}%`;
  const rows = await tx
    .select({
      id: agreementVersions.id,
      checks: agreementVersions.childProtectionChecks,
      snapshot: agreementVersions.snapshot,
    })
    .from(agreementVersions)
    .where(
      or(
        sql`${agreementVersions.childProtectionChecks}::text ilike ${needle}`,
        sql`${agreementVersions.snapshot}::text ilike ${needle}`,
      ),
    );
  for (const row of rows) {
    await tx
      .update(agreementVersions)
      .set({
        childProtectionChecks: scrubJson(row.checks, target) as typeof row.checks,
        snapshot: scrubJson(row.snapshot, target),
      })
      .where(eq(agreementVersions.id, row.id));
  }
}
