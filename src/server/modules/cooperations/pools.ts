import { eq, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/client';
import { AppError, type FieldError } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { allowCreatePoolIn, loadPool, poolListScope } from './policy/pools';
import { presentPool, presentPoolSummary } from './pool-present';
import {
  allocationsOf,
  eligibleCentreIdsOf,
  listPools as listPoolRows,
  type PoolRow,
  requestsOf,
} from './pool-repo';
import type { CreatePoolInput, UpdatePoolInput } from './pool-schemas';
import { checkPoolFields, throwIfAny } from './pool-validation';
import { capacityPools } from './schema';

/** Capacity pools: the planner creates and edits them, the partner confirms its hours (issue 17 §6). */

const hoursText = (hours: number) => String(Math.round(hours * 10) / 10);

export async function listPools(ctx: ServiceContext, query: { municipalityId?: string | undefined }) {
  const { scope, createIn } = poolListScope(ctx);
  const rows = await listPoolRows(ctx.db, scope, query.municipalityId);
  return { items: rows.map((r) => presentPoolSummary(r.pool, r.partnerName)), createIn };
}

/** The pool as the caller may see it, freshly read (after a change or for GET). */
export async function getPool(ctx: ServiceContext, id: string) {
  const { row, ref, actor } = await loadPool(ctx, id, 'read');
  return presentPool(ctx.db, actor, row, ref);
}

export async function createPool(ctx: ServiceContext, input: CreatePoolInput) {
  const municipalityId = allowCreatePoolIn(ctx, input.municipalityId);
  await checkPoolFields(ctx.db, municipalityId, input);
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(capacityPools)
      .values({
        municipalityId,
        partnerId: input.partnerId,
        title: input.title,
        hoursPerMonth: hoursText(input.hoursPerMonth),
        validFrom: input.validFrom,
        validTo: input.validTo,
        districtIds: input.districtIds,
        needWeights: input.needWeights,
        createdBy: ctx.actor?.userId ?? null,
      })
      .returning();
    if (!row) throw new AppError('internal');
    await audit(ctx, tx, row, 'create', undefined, row);
    return row.id;
  });
  return getPool(ctx, id);
}

async function audit(
  ctx: ServiceContext,
  tx: Transaction,
  row: PoolRow,
  action: string,
  before: unknown,
  after: unknown,
) {
  await recordAudit(tx, {
    actor: ctx.actor,
    organizationId: null,
    entityType: 'capacity_pool',
    entityId: row.id,
    action,
    before,
    after,
  });
}

/** Centres with a request or an allocation must stay served; the hours may not drop below the allocations. */
async function checkUsedBy(tx: Transaction, row: PoolRow, next: PoolRow) {
  const errors: FieldError[] = [];
  const [requests, allocations] = [await requestsOf(tx, row.id), await allocationsOf(tx, row.id)];
  const eligible = new Set(await eligibleCentreIdsOf(tx, next.municipalityId, next.districtIds));
  const used = [...requests, ...allocations].map((r) => r.centreId);
  if (used.some((id) => !eligible.has(id)))
    errors.push({ path: 'districtIds', message: 'pools.validation.districtsInUse' });
  const allocated = allocations.reduce((sum, a) => sum + a.hoursPerMonth, 0);
  if (Number(next.hoursPerMonth) < allocated - 1e-6)
    errors.push({
      path: 'hoursPerMonth',
      message: 'pools.validation.belowAllocated',
      params: { allocated: hoursText(allocated) },
    });
  if (row.frameworkId && next.partnerId !== row.partnerId)
    errors.push({ path: 'partnerId', message: 'pools.validation.partnerFixed' });
  throwIfAny(errors);
}

/** A change of districts without new figures keeps the figures of the districts still served. */
function weightsStillServed(weights: Record<string, number>, districtIds: string[] | undefined) {
  if (districtIds === undefined || districtIds.length === 0) return weights;
  return Object.fromEntries(Object.entries(weights).filter(([id]) => districtIds.includes(id)));
}

export async function updatePool(ctx: ServiceContext, id: string, input: UpdatePoolInput) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadPool(ctx, id, 'update', { db: tx, lock: true, version: input.version });
    const fields = {
      partnerId: input.partnerId ?? row.partnerId,
      hoursPerMonth: input.hoursPerMonth ?? Number(row.hoursPerMonth),
      validFrom: input.validFrom ?? row.validFrom,
      validTo: input.validTo ?? row.validTo,
      districtIds: input.districtIds ?? row.districtIds,
      needWeights: input.needWeights ?? weightsStillServed(row.needWeights, input.districtIds),
    };
    await checkPoolFields(tx, row.municipalityId, fields);
    const next = { ...row, ...fields, hoursPerMonth: hoursText(fields.hoursPerMonth) };
    await checkUsedBy(tx, row, next);
    // The partner confirmed these hours for this period: another partner, figure or period asks it again.
    const reconfirm =
      next.partnerId !== row.partnerId ||
      Number(next.hoursPerMonth) !== Number(row.hoursPerMonth) ||
      next.validFrom !== row.validFrom ||
      next.validTo !== row.validTo;
    const [updated] = await tx
      .update(capacityPools)
      .set({
        ...fields,
        hoursPerMonth: next.hoursPerMonth,
        title: input.title ?? row.title,
        ...(reconfirm ? { confirmedAt: null, confirmedBy: null } : {}),
        version: sql`${capacityPools.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(capacityPools.id, id))
      .returning();
    if (updated) await audit(ctx, tx, updated, 'update', row, updated);
  });
  return getPool(ctx, id);
}

/** The partner's lead confirms it gives the pool's hours; only then may the planner allocate them. */
export async function confirmPool(ctx: ServiceContext, id: string, version: number) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadPool(ctx, id, 'confirm', { db: tx, lock: true, version });
    if (row.confirmedAt) return;
    const [updated] = await tx
      .update(capacityPools)
      .set({
        confirmedAt: new Date(),
        confirmedBy: ctx.actor?.userId ?? null,
        version: sql`${capacityPools.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(capacityPools.id, id))
      .returning();
    if (updated) await audit(ctx, tx, updated, 'confirm', row, updated);
  });
  return getPool(ctx, id);
}

export { audit as auditPool, hoursText };
