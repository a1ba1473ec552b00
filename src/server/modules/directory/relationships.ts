import { eq } from 'drizzle-orm';
import { AppError, invalidField, notFound } from '../../http/errors';
import { assertVersion } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { findOrganization } from '../accounts/find-organization';
import { recordAudit } from '../audit/service';
import { loadCentre, loadRelationship, relationshipPermissions } from './policy';
import * as repo from './repo';
import { partnerRelationships, relationshipStatusChanges } from './schema';
import type { PutRelationshipInput } from './schemas';

async function present(
  ctx: ServiceContext,
  row: typeof partnerRelationships.$inferSelect,
  permissions: Record<'readInternal', boolean>,
) {
  const { internalNotes, createdAt: _c, updatedAt: _u, ...rest } = row;
  return {
    ...rest,
    ...(permissions.readInternal && { internalNotes }),
    history: await repo.statusHistory(ctx.db, row.id),
  };
}

export async function getRelationship(ctx: ServiceContext, centreId: string, partnerId: string) {
  const { row, ref, actor } = await loadRelationship(ctx, centreId, partnerId, 'read');
  return present(ctx, row.relationship, relationshipPermissions(actor, ref));
}

/** Creates the relationship or moves it on; every status change is recorded with its date. */
export async function putRelationship(
  ctx: ServiceContext,
  centreId: string,
  partnerId: string,
  input: PutRelationshipInput,
) {
  const { ref, actor } = await loadCentre(ctx, centreId, 'write');
  const partner = await findOrganization(ctx.db, partnerId);
  if (!partner) throw notFound();
  if (partner.id === centreId || partner.type === 'provider' || partner.type === 'network') {
    throw invalidField('partnerId', 'validation.notAPartner');
  }
  if (input.nextStepAssigneeId && !(await repo.isMember(ctx.db, centreId, input.nextStepAssigneeId))) {
    throw invalidField('nextStepAssigneeId', 'validation.assigneeNotMember');
  }
  const { row, created } = await ctx.db.transaction(async (tx) => {
    const before = await repo.findRelationship(tx, centreId, partnerId, true);
    const now = new Date();
    const { version, ...fields } = input;
    if (!before) {
      const [inserted] = await tx
        .insert(partnerRelationships)
        .values({ ...fields, centreId, partnerId, statusChangedAt: now })
        // A concurrent first write for the same pair: the loser gets 409 below.
        .onConflictDoNothing()
        .returning();
      if (!inserted) throw new AppError('conflict', { detail: 'validation.versionRequired' });
      await tx
        .insert(relationshipStatusChanges)
        .values({ relationshipId: inserted.id, status: inserted.status, changedBy: actor.userId });
      await recordAudit(tx, {
        actor,
        organizationId: centreId,
        entityType: 'partner_relationship',
        entityId: inserted.id,
        action: 'create',
        after: inserted,
      });
      return { row: inserted, created: true };
    }
    if (version === undefined) throw invalidField('version', 'validation.versionRequired');
    assertVersion(before.version, version);
    const isStatusChange = fields.status !== before.status;
    const [updated] = await tx
      .update(partnerRelationships)
      .set({
        ...fields,
        version: before.version + 1,
        updatedAt: now,
        ...(isStatusChange && { statusChangedAt: now }),
      })
      .where(eq(partnerRelationships.id, before.id))
      .returning();
    if (!updated) throw new AppError('internal');
    if (isStatusChange) {
      await tx
        .insert(relationshipStatusChanges)
        .values({ relationshipId: before.id, status: fields.status, changedBy: actor.userId });
    }
    await recordAudit(tx, {
      actor,
      organizationId: centreId,
      entityType: 'partner_relationship',
      entityId: before.id,
      action: 'update',
      before,
      after: updated,
    });
    return { row: updated, created: false };
  });
  return { relationship: await present(ctx, row, relationshipPermissions(actor, ref)), created };
}

/** The centre's network: partners by status, and the partner kinds it has no working relationship with. */
export async function getNetwork(ctx: ServiceContext, centreId: string) {
  const { ref, actor } = await loadCentre(ctx, centreId, 'read');
  const rows = await repo.networkOf(ctx.db, centreId);
  const mayExport = relationshipPermissions(actor, ref).export;
  const covered = new Set(
    rows
      .filter((r) => r.status === 'active' || r.status === 'in_contact')
      .flatMap((r) => r.kinds.map((k) => k.key)),
  );
  const kinds = await repo.listKinds(ctx.db);
  return {
    items: rows.map((r) => ({
      cooperationId: r.id,
      partner: { id: r.partnerId, name: r.partnerName },
      kinds: r.kinds,
      status: r.status,
      statusChangedAt: new Date(r.statusChangedAt),
      nextStep: r.nextStep,
      nextStepDue: r.nextStepDue,
      nextStepAssignee: r.assigneeId && r.assigneeName ? { id: r.assigneeId, name: r.assigneeName } : null,
    })),
    missingKinds: kinds
      .filter((k) => !covered.has(k.key))
      .sort((a, b) => Number(b.isPriority) - Number(a.isPriority))
      .map(({ id: _id, ...k }) => k),
    exports: mayExport
      ? { csv: `/api/v1/centres/${centreId}/network.csv`, vcard: `/api/v1/centres/${centreId}/contacts.vcf` }
      : null,
  };
}

/** The network with addresses and the partners' contact persons, for the exports (centre members only). */
export async function getNetworkForExport(ctx: ServiceContext, centreId: string) {
  const { row: centre } = await loadCentre(ctx, centreId, 'export');
  return {
    centreName: centre.name,
    partners: await repo.networkOf(ctx.db, centreId),
    contacts: await repo.networkContacts(ctx.db, centreId),
  };
}
