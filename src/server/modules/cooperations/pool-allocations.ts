import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { AppError, type FieldError, invalidField } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import {
  poolAgreementsOf,
  preparePoolAgreements,
  producePoolAgreements,
} from '../agreements/pool-agreements';
import { loadPool } from './policy/pools';
import { allocationsOf, eligibleCentres, findOrganizationInfo, type PoolRow, requestsOf } from './pool-repo';
import type { AllocationsInput } from './pool-schemas';
import { fairShares, weightsOf } from './pool-suggestion';
import { isValidHours, throwIfAny } from './pool-validation';
import { auditPool, getPool, hoursText } from './pools';
import { capacityPools, poolAllocations } from './schema';

/** The planner's allocation of a pool's hours, the fair-share suggestion, and the framework agreements. */

const tenths = (hours: number) => Math.round(hours * 10);

function assertConfirmed(row: PoolRow): void {
  if (!row.confirmedAt) throw new AppError('conflict', { detail: 'pools.error.notConfirmed' });
}

function allocationErrors(input: AllocationsInput, eligible: ReadonlySet<string>, row: PoolRow) {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  input.allocations.forEach((a, i) => {
    if (!eligible.has(a.centreId))
      errors.push({ path: `allocations.${i}.centreId`, message: 'pools.validation.notEligible' });
    else if (seen.has(a.centreId))
      errors.push({ path: `allocations.${i}.centreId`, message: 'pools.validation.duplicate' });
    seen.add(a.centreId);
    if (!isValidHours(a.hoursPerMonth, true))
      errors.push({ path: `allocations.${i}.hoursPerMonth`, message: 'pools.validation.allocationHours' });
  });
  if (errors.length > 0) return errors;
  const sum = input.allocations.reduce((total, a) => total + tenths(a.hoursPerMonth), 0);
  if (sum > tenths(Number(row.hoursPerMonth)))
    errors.push({
      path: 'allocations',
      message: 'pools.validation.overAllocated',
      params: { sum: hoursText(sum / 10), pool: hoursText(Number(row.hoursPerMonth)) },
    });
  return errors;
}

/** Replaces the pool's allocations with the given set: all or nothing. */
export async function setAllocations(ctx: ServiceContext, id: string, input: AllocationsInput) {
  await ctx.db.transaction(async (tx) => {
    const { row, ref } = await loadPool(ctx, id, 'allocate', { db: tx, lock: true, version: input.version });
    assertConfirmed(row);
    throwIfAny(allocationErrors(input, new Set(ref.eligibleCentreIds), row));
    const before = await allocationsOf(tx, id);
    await tx.delete(poolAllocations).where(eq(poolAllocations.poolId, id));
    const rows = input.allocations
      .filter((a) => a.hoursPerMonth > 0)
      .map((a) => ({
        poolId: id,
        centreId: a.centreId,
        hoursPerMonth: hoursText(a.hoursPerMonth),
        allocatedBy: ctx.actor?.userId ?? null,
      }));
    if (rows.length > 0) await tx.insert(poolAllocations).values(rows);
    const [updated] = await tx
      .update(capacityPools)
      .set({ version: sql`${capacityPools.version} + 1`, updatedAt: new Date() })
      .where(eq(capacityPools.id, id))
      .returning();
    if (updated) await auditPool(ctx, tx, updated, 'allocate', before, rows);
  });
  return getPool(ctx, id);
}

/** A fair-share suggestion over the pool's centres (or those that asked for a share). */
export async function suggestAllocations(
  ctx: ServiceContext,
  id: string,
  query: { method: 'equal' | 'need'; among: 'eligible' | 'requesting' },
) {
  const { row } = await loadPool(ctx, id, 'allocate');
  const requesting = new Set((await requestsOf(ctx.db, id)).map((r) => r.centreId));
  const centres = (await eligibleCentres(ctx.db, row)).filter(
    (c) => query.among === 'eligible' || requesting.has(c.id),
  );
  const weights = weightsOf(
    centres.map((c) => ({ centreId: c.id, districtId: c.districtId })),
    query.method,
    row.needWeights,
  );
  if (query.method === 'need' && centres.length > 0 && !weights.some((w) => w > 0))
    throw invalidField('method', 'pools.validation.noNeedFigures');
  const hoursPerMonth = Number(row.hoursPerMonth);
  const shares = fairShares(hoursPerMonth, weights);
  const items = centres.map((c, i) => ({
    centreId: c.id,
    centreName: c.name,
    districtId: c.districtId,
    hoursPerMonth: shares[i] ?? 0,
  }));
  const total = shares.reduce((sum, s) => sum + s, 0);
  return { method: query.method, among: query.among, hoursPerMonth, total, items };
}

/** One framework agreement (Basiskooperation) per allocated centre that has none of this pool yet. */
export async function producePoolFramework(ctx: ServiceContext, id: string) {
  await preparePoolAgreements(ctx.db);
  const result = await ctx.db.transaction(async (tx) => {
    const { row } = await loadPool(ctx, id, 'produceAgreements', { db: tx, lock: true });
    assertConfirmed(row);
    const allocations = (await allocationsOf(tx, id)).filter((a) => a.hoursPerMonth > 0);
    if (allocations.length === 0) throw invalidField('allocations', 'pools.validation.noAllocations');
    const partner = await findOrganizationInfo(tx, row.partnerId);
    if (!partner) throw new AppError('internal');
    const centres = new Map((await eligibleCentres(tx, row)).map((c) => [c.id, c]));
    const frameworkId = row.frameworkId ?? randomUUID();
    const created = await producePoolAgreements(ctx, tx, {
      frameworkId,
      municipalityId: row.municipalityId,
      title: row.title,
      startDate: row.validFrom,
      endDate: row.validTo,
      partner,
      allocations: allocations.flatMap((a) => {
        const centre = centres.get(a.centreId);
        return centre ? [{ centre, hoursPerMonth: a.hoursPerMonth }] : [];
      }),
    });
    if (created.length === 0) return { frameworkId, created };
    const [updated] = await tx
      .update(capacityPools)
      .set({ frameworkId, version: sql`${capacityPools.version} + 1`, updatedAt: new Date() })
      .where(eq(capacityPools.id, id))
      .returning();
    if (updated) await auditPool(ctx, tx, updated, 'produce_agreements', row, { frameworkId, created });
    return { frameworkId, created };
  });
  return {
    frameworkId: result.frameworkId,
    created: result.created.map((a) => ({ ...a, centreId: a.centreId ?? '' })),
    agreements: await poolAgreementsOf(ctx.db, result.frameworkId),
  };
}
