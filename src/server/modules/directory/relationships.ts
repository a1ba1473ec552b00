import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { AppError, invalidField, notFound } from '../../http/errors';
import { authorize, can, requireActor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import * as organizationsRepo from '../accounts/repo';
import { recordAudit } from '../audit/service';
import { relationshipRules } from './policy';
import * as repo from './repo';
import { partnerRelationships, relationshipStatusChanges } from './schema';
import type { PutRelationshipInput } from './schemas';

async function centreRefOf(db: Executor, centreId: string) {
  const centre = await organizationsRepo.findOrganization(db, centreId);
  if (centre?.type !== 'family_centre') throw notFound();
  return { centreId, centreMunicipalityId: centre.municipalityId };
}

async function present(ctx: ServiceContext, row: typeof partnerRelationships.$inferSelect) {
  const ref = await centreRefOf(ctx.db, row.centreId);
  const { internalNotes, createdAt: _c, updatedAt: _u, ...rest } = row;
  return {
    ...rest,
    ...(can(ctx.actor, relationshipRules.readInternal, ref) && { internalNotes }),
    history: await repo.statusHistory(ctx.db, row.id),
  };
}

export async function getRelationship(ctx: ServiceContext, centreId: string, partnerId: string) {
  requireActor(ctx.actor);
  const ref = await centreRefOf(ctx.db, centreId);
  // Outsiders learn nothing, not even that a relationship exists.
  if (!can(ctx.actor, relationshipRules.read, ref)) throw notFound();
  const row = await repo.findRelationship(ctx.db, centreId, partnerId);
  if (!row) throw notFound();
  return present(ctx, row);
}

/** Creates the relationship or moves it on; every status change is recorded with its date. */
export async function putRelationship(
  ctx: ServiceContext,
  centreId: string,
  partnerId: string,
  input: PutRelationshipInput,
) {
  requireActor(ctx.actor);
  authorize(ctx.actor, relationshipRules.write, await centreRefOf(ctx.db, centreId));
  const actor = ctx.actor;
  const partner = await organizationsRepo.findOrganization(ctx.db, partnerId);
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
    if (version !== before.version) {
      throw new AppError('conflict', {
        detail: 'error.staleVersion.detail',
        params: { current: before.version },
      });
    }
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
  return { relationship: await present(ctx, row), created };
}

/** The centre's network: partners by status, and the partner kinds it has no working relationship with. */
export async function getNetwork(ctx: ServiceContext, centreId: string) {
  requireActor(ctx.actor);
  const ref = await centreRefOf(ctx.db, centreId);
  authorize(ctx.actor, relationshipRules.read, ref);
  const rows = await repo.networkOf(ctx.db, centreId);
  const mayExport = can(ctx.actor, relationshipRules.export, ref);
  const covered = new Set(
    rows
      .filter((r) => r.status === 'active' || r.status === 'in_contact')
      .flatMap((r) => r.kinds.map((k) => k.key)),
  );
  const kinds = await repo.listKinds(ctx.db);
  return {
    items: rows.map((r) => ({
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
  requireActor(ctx.actor);
  const ref = await centreRefOf(ctx.db, centreId);
  authorize(ctx.actor, relationshipRules.export, ref);
  const centre = await organizationsRepo.findOrganization(ctx.db, centreId);
  return {
    centreName: centre?.name ?? '',
    partners: await repo.networkOf(ctx.db, centreId),
    contacts: await repo.networkContacts(ctx.db, centreId),
  };
}
