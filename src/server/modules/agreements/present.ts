import type { Executor } from '../../db/client';
import type { ServiceContext } from '../../service-context';
import { allowedTransitions } from './lifecycle';
import { permissions, refOf } from './policy/agreements';
import { findVersion, type LoadedAgreement, type VersionRow } from './repo';

export function termOf(row: LoadedAgreement['row']) {
  return {
    startDate: row.startDate,
    endDate: row.endDate,
    autoRenewal: row.autoRenewal,
    renewalMonths: row.renewalMonths,
    noticePeriodMonths: row.noticePeriodMonths,
    reviewDate: row.reviewDate,
  };
}

/** The metadata every reader sees, with the actor's permissions. */
export function presentSummary(ctx: ServiceContext, loaded: LoadedAgreement) {
  const { row } = loaded;
  const ref = refOf(loaded);
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    type: row.type,
    status: row.status,
    parties: loaded.parties.map((p) => ({
      id: p.id,
      organization: { id: p.organizationId, name: p.organizationName },
      facilities: p.facilities,
      representative:
        p.representativeName && p.representativeRole
          ? { name: p.representativeName, role: p.representativeRole }
          : null,
      signed: loaded.signedPartyIds.has(p.id),
    })),
    term: termOf(row),
    currentVersion: row.currentVersion,
    inForceVersion: row.inForceVersion,
    sharedWithYouthOffice: row.sharedWithYouthOffice,
    needsAmendment:
      row.needsAmendmentReason && row.needsAmendmentSince
        ? {
            reason: row.needsAmendmentReason,
            detail: row.needsAmendmentDetail,
            since: row.needsAmendmentSince,
          }
        : null,
    frameworkId: row.frameworkId,
    municipalityId: row.municipalityId,
    municipalityIds: ref.municipalityIds,
    version: row.version,
    updatedAt: row.updatedAt,
    permissions: permissions(ctx.actor, ref),
  };
}

export function presentVersion(version: VersionRow) {
  return {
    number: version.number,
    status: version.status,
    sections: version.sections,
    services: version.services,
    childProtectionChecks: version.childProtectionChecks,
    createdAt: version.createdAt,
    signedAt: version.signedAt,
  };
}

/** The full record; content only for those allowed to read it. */
export async function presentFull(ctx: ServiceContext, db: Executor, loaded: LoadedAgreement) {
  const summary = presentSummary(ctx, loaded);
  const version = summary.permissions.readContent
    ? await findVersion(db, loaded.row.id, loaded.row.currentVersion)
    : undefined;
  return {
    ...summary,
    content: version ? presentVersion(version) : null,
    missingSignatures:
      loaded.row.status === 'ready_for_signature'
        ? loaded.parties
            .filter((p) => !loaded.signedPartyIds.has(p.id))
            .map((p) => ({ id: p.id, name: partyName(p) }))
        : [],
    allowedTransitions: summary.permissions.transition ? allowedTransitions(loaded.row.status) : [],
  };
}

/** "Stadt Musterstadt (Familienzentrum Sonnenblume)": the Träger with the facilities it acts for. */
export function partyName(party: LoadedAgreement['parties'][number]): string {
  const facilities = party.facilities.filter((f) => f.id !== party.organizationId).map((f) => f.name);
  return facilities.length > 0
    ? `${party.organizationName} (${facilities.join(', ')})`
    : party.organizationName;
}
