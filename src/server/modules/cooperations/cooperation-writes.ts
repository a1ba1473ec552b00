import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { AppError, invalidField } from '../../http/errors';
import type { Actor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { findOrganization } from '../accounts/find-organization';
import { recordAudit } from '../audit/service';
import { findRelationshipOfPair, startRelationship } from '../directory/cooperation-relationships';
import { type CooperationRow, findCooperation, findUsableModel } from './cooperation-repo';
import type { CreateCooperationInput, UpdateCooperationInput } from './cooperation-schemas';
import { presentCooperation } from './cooperations';
import { actingSide, allowStart, allowUpdate, loadCooperation, startingSide } from './policy/cooperations';
import { cooperationEvents, cooperations } from './schema';

/** Changing a cooperation (model, the partner's notes) and starting one (issue 17 §1, §5). */

async function assertUsableModel(db: Executor, modelId: string | null | undefined, municipalityId: string) {
  if (!modelId) return;
  if (!(await findUsableModel(db, modelId, municipalityId))) {
    throw invalidField('modelId', 'cooperations.validation.unknownModel');
  }
}

/** Writes the cooperation row (created on the first write with version 1), checked against `version`. */
async function writeRow(
  tx: Executor,
  id: string,
  input: UpdateCooperationInput,
  before: typeof cooperations.$inferSelect | undefined,
) {
  const fields = {
    ...(input.modelId !== undefined && { modelId: input.modelId }),
    ...(input.partnerNotes !== undefined && { partnerNotes: input.partnerNotes || null }),
  };
  if (!before) {
    const [row] = await tx
      .insert(cooperations)
      .values({ id, ...fields, version: 1 })
      .onConflictDoNothing()
      .returning();
    // A concurrent first write won: the client's version 0 is stale now.
    if (!row) throw new AppError('conflict', { detail: 'error.staleVersion.detail', params: { current: 1 } });
    return row;
  }
  const [row] = await tx
    .update(cooperations)
    .set({ ...fields, version: before.version + 1, updatedAt: new Date() })
    .where(and(eq(cooperations.id, id), eq(cooperations.version, before.version)))
    .returning();
  if (!row)
    throw new AppError('conflict', {
      detail: 'error.staleVersion.detail',
      params: { current: before.version },
    });
  return row;
}

async function recordModelChange(
  tx: Executor,
  actor: Actor,
  change: {
    cooperationId: string;
    organizationId: string;
    modelId: string | null;
    previousModelId: string | null;
  },
) {
  await tx.insert(cooperationEvents).values({
    cooperationId: change.cooperationId,
    kind: 'model_changed',
    organizationId: change.organizationId,
    userId: actor.userId,
    details: { modelId: change.modelId, previousModelId: change.previousModelId },
  });
}

export async function updateCooperation(ctx: ServiceContext, id: string, input: UpdateCooperationInput) {
  const { ref } = await loadCooperation(ctx, id, 'read');
  const actor = allowUpdate(ctx, ref, input);
  await ctx.db.transaction(async (tx) => {
    // Locked and checked again inside the transaction: 409 when the version is stale.
    const { row } = await loadCooperation(ctx, id, 'read', { db: tx, lock: true, version: input.version });
    await assertUsableModel(tx, input.modelId, ref.centreMunicipalityId);
    const before = row.cooperation;
    const after = await writeRow(tx, id, input, before);
    const previousModelId = before?.modelId ?? null;
    if (input.modelId !== undefined && input.modelId !== previousModelId) {
      await recordModelChange(tx, actor, {
        cooperationId: id,
        organizationId: actingSide(actor, ref, input),
        modelId: input.modelId,
        previousModelId,
      });
    }
    // The partner's notes are the partner's: they are in its own history only, never in the centre's.
    const side = actingSide(actor, ref, input);
    const audited = (row: CooperationRow | undefined) =>
      row && side !== ref.partnerId ? { ...row, partnerNotes: undefined } : (row ?? null);
    await recordAudit(tx, {
      actor,
      organizationId: side,
      entityType: 'cooperation',
      entityId: id,
      action: before ? 'update' : 'create',
      before: audited(before),
      after: audited(after),
    });
  });
  const loaded = await findCooperation(ctx.db, id, false);
  if (!loaded) throw new AppError('internal');
  return presentCooperation(ctx, actor, loaded);
}

/** The centre and partner of a new cooperation: 422 naming the field that is not what it should be. */
async function checkPair(db: Executor, input: CreateCooperationInput) {
  const centre = await findOrganization(db, input.centreId);
  if (centre?.type !== 'family_centre') throw invalidField('centreId', 'cooperations.validation.notACentre');
  const partner = await findOrganization(db, input.partnerId);
  if (!partner || partner.id === centre.id || partner.type === 'provider' || partner.type === 'network') {
    throw invalidField('partnerId', 'cooperations.validation.notAPartner');
  }
  return centre;
}

function alreadyExists(id: string) {
  return new AppError('conflict', { detail: 'cooperations.error.exists.detail', params: { id } });
}

export async function createCooperation(ctx: ServiceContext, input: CreateCooperationInput) {
  const actor = allowStart(ctx, input);
  const centre = await checkPair(ctx.db, input);
  const existing = await findRelationshipOfPair(ctx.db, input.centreId, input.partnerId);
  if (existing) throw alreadyExists(existing.id);
  const id = await ctx.db.transaction(async (tx) => {
    await assertUsableModel(tx, input.modelId, centre.municipalityId);
    const relationship = await startRelationship(tx, { ...input, userId: actor.userId });
    if (!relationship) {
      const winner = await findRelationshipOfPair(tx, input.centreId, input.partnerId);
      throw alreadyExists(winner?.id ?? '');
    }
    const [row] = await tx
      .insert(cooperations)
      .values({ id: relationship.id, modelId: input.modelId ?? null, version: 1 })
      .returning();
    if (input.modelId) {
      await recordModelChange(tx, actor, {
        cooperationId: relationship.id,
        organizationId: startingSide(actor, input),
        modelId: input.modelId,
        previousModelId: null,
      });
    }
    await recordAudit(tx, {
      actor,
      organizationId: input.centreId,
      entityType: 'cooperation',
      entityId: relationship.id,
      action: 'create',
      after: { relationship, cooperation: row },
    });
    return relationship.id;
  });
  return { id, cooperation: await getCreated(ctx, id) };
}

async function getCreated(ctx: ServiceContext, id: string) {
  const { row, actor } = await loadCooperation(ctx, id, 'read');
  return presentCooperation(ctx, actor, row);
}
