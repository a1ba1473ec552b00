import type { Executor } from '../../db/client';
import type { Actor } from '../../policy';
import { poolAgreementsOf } from '../agreements/pool-agreements';
import { type PoolRef, poolPermissions, poolViewOf } from './policy/pools';
import {
  allocationsOf,
  districtsByIds,
  eligibleCentres,
  findOrganizationInfo,
  type PoolRow,
  requestsOf,
} from './pool-repo';

/**
 * A pool as the viewer may see it: planners everything; the partner the allocations per centre (no requests,
 * no reasons); a centre the pool's title, total and period with only its own request and allocation.
 */
export async function presentPool(db: Executor, actor: Actor, row: PoolRow, ref: PoolRef) {
  const view = poolViewOf(actor, ref);
  const [partner, districts, centres, requests, allocations] = await Promise.all([
    findOrganizationInfo(db, row.partnerId),
    districtsByIds(db, row.districtIds),
    eligibleCentres(db, row),
    requestsOf(db, row.id),
    allocationsOf(db, row.id),
  ]);
  const agreements = view.full ? await poolAgreementsOf(db, row.frameworkId) : [];
  const requestOf = new Map(requests.map((r) => [r.centreId, r]));
  const allocationOf = new Map(allocations.map((a) => [a.centreId, a.hoursPerMonth]));
  const own = new Set(view.ownCentreIds);
  const rows = centres
    .filter((c) => view.full || own.has(c.id) || (view.partner && allocationOf.has(c.id)))
    .map((c) => {
      const request = view.full || own.has(c.id) ? requestOf.get(c.id) : undefined;
      return {
        centreId: c.id,
        centreName: c.name,
        districtId: c.districtId,
        districtName: c.districtName,
        request: request
          ? {
              hoursPerMonth: request.hoursPerMonth,
              reason: request.reason,
              updatedAt: request.updatedAt.toISOString(),
            }
          : null,
        allocatedHours: allocationOf.get(c.id) ?? null,
      };
    });
  const sum = allocations.reduce((total, a) => total + a.hoursPerMonth, 0);
  return {
    id: row.id,
    municipalityId: row.municipalityId,
    title: row.title,
    partner: { id: row.partnerId, name: partner?.name ?? '' },
    hoursPerMonth: Number(row.hoursPerMonth),
    validFrom: row.validFrom,
    validTo: row.validTo,
    districts: districts.map((d) => ({ id: d.id, name: d.name })),
    needWeights: view.full ? row.needWeights : {},
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    allocatedHours: view.full || view.partner ? Math.round(sum * 10) / 10 : null,
    centres: rows,
    requestCentreIds: view.requestCentreIds,
    agreements,
    version: row.version,
    permissions: poolPermissions(actor, ref),
  };
}

export function presentPoolSummary(row: PoolRow, partnerName: string) {
  return {
    id: row.id,
    municipalityId: row.municipalityId,
    title: row.title,
    partner: { id: row.partnerId, name: partnerName },
    hoursPerMonth: Number(row.hoursPerMonth),
    validFrom: row.validFrom,
    validTo: row.validTo,
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    version: row.version,
  };
}
