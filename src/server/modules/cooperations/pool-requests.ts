import { and, eq } from 'drizzle-orm';
import { invalidField } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { allowRequestFor, loadPool } from './policy/pools';
import type { PoolRequestInput } from './pool-schemas';
import { isValidHours } from './pool-validation';
import { getPool, hoursText } from './pools';
import { poolRequests } from './schema';

/** A centre's request for a share of a pool, with a reason only the planners (and the centre) read. */

const ofCentre = (poolId: string, centreId: string) =>
  and(eq(poolRequests.poolId, poolId), eq(poolRequests.centreId, centreId));

export async function putPoolRequest(
  ctx: ServiceContext,
  id: string,
  centreId: string,
  input: PoolRequestInput,
) {
  await ctx.db.transaction(async (tx) => {
    const { row, ref } = await loadPool(ctx, id, 'read', { db: tx, lock: true });
    allowRequestFor(ctx, ref, centreId);
    if (!isValidHours(input.hoursPerMonth, false))
      throw invalidField('hoursPerMonth', 'pools.validation.requestHours');
    if (input.hoursPerMonth > Number(row.hoursPerMonth))
      throw invalidField('hoursPerMonth', 'pools.validation.requestAbovePool');
    const [before] = await tx.select().from(poolRequests).where(ofCentre(id, centreId));
    const values = {
      hoursPerMonth: hoursText(input.hoursPerMonth),
      reason: input.reason,
      requestedBy: ctx.actor?.userId ?? null,
      updatedAt: new Date(),
    };
    const [after] = await tx
      .insert(poolRequests)
      .values({ poolId: id, centreId, ...values })
      .onConflictDoUpdate({ target: [poolRequests.poolId, poolRequests.centreId], set: values })
      .returning();
    await recordAudit(tx, {
      actor: ctx.actor,
      organizationId: centreId,
      entityType: 'capacity_pool',
      entityId: id,
      action: before ? 'request_update' : 'request',
      before,
      after,
    });
  });
  return getPool(ctx, id);
}

export async function deletePoolRequest(ctx: ServiceContext, id: string, centreId: string) {
  await ctx.db.transaction(async (tx) => {
    const { ref } = await loadPool(ctx, id, 'read', { db: tx, lock: true });
    allowRequestFor(ctx, ref, centreId);
    const [before] = await tx.delete(poolRequests).where(ofCentre(id, centreId)).returning();
    if (!before) return;
    await recordAudit(tx, {
      actor: ctx.actor,
      organizationId: centreId,
      entityType: 'capacity_pool',
      entityId: id,
      action: 'request_withdraw',
      before,
    });
  });
  return getPool(ctx, id);
}
