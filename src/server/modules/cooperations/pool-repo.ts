import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { districts, organizations } from '../accounts/schema';
import { capacityPools, poolAllocations, poolRequests } from './schema';

/** Reads of the capacity pools and of the reference tables they name (centres, districts, the partner). */

export type PoolRow = typeof capacityPools.$inferSelect;

export async function findPool(db: Executor, id: string, lock: boolean): Promise<PoolRow | undefined> {
  const query = db.select().from(capacityPools).where(eq(capacityPools.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Family centres of the municipality in the given districts (all districts when none are named). */
function eligibleCondition(municipalityId: string, districtIds: readonly string[]): SQL | undefined {
  return and(
    eq(organizations.type, 'family_centre'),
    eq(organizations.municipalityId, municipalityId),
    districtIds.length > 0 ? inArray(organizations.districtId, [...districtIds]) : undefined,
  );
}

export async function eligibleCentreIdsOf(
  db: Executor,
  municipalityId: string,
  districtIds: readonly string[],
): Promise<string[]> {
  const rows = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eligibleCondition(municipalityId, districtIds));
  return rows.map((r) => r.id);
}

export interface CentreInfo {
  id: string;
  name: string;
  providerId: string | null;
  districtId: string | null;
  districtName: string | null;
}

/** The centres the pool serves, by name, with their districts. */
export async function eligibleCentres(db: Executor, pool: PoolRow): Promise<CentreInfo[]> {
  return db
    .select({
      id: organizations.id,
      name: organizations.name,
      providerId: organizations.providerId,
      districtId: organizations.districtId,
      districtName: districts.name,
    })
    .from(organizations)
    .leftJoin(districts, eq(districts.id, organizations.districtId))
    .where(eligibleCondition(pool.municipalityId, pool.districtIds))
    .orderBy(asc(districts.name), asc(organizations.name), asc(organizations.id));
}

export interface OrganizationInfo {
  id: string;
  name: string;
  type: string;
  providerId: string | null;
  municipalityId: string;
}

export async function findOrganizationInfo(db: Executor, id: string): Promise<OrganizationInfo | undefined> {
  const [row] = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      type: organizations.type,
      providerId: organizations.providerId,
      municipalityId: organizations.municipalityId,
    })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row;
}

export async function districtsByIds(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: districts.id, name: districts.name, municipalityId: districts.municipalityId })
    .from(districts)
    .where(inArray(districts.id, [...ids]))
    .orderBy(asc(districts.name));
}

export async function requestsOf(db: Executor, poolId: string) {
  const rows = await db.select().from(poolRequests).where(eq(poolRequests.poolId, poolId));
  return rows.map((r) => ({ ...r, hoursPerMonth: Number(r.hoursPerMonth) }));
}

export async function allocationsOf(db: Executor, poolId: string) {
  const rows = await db.select().from(poolAllocations).where(eq(poolAllocations.poolId, poolId));
  return rows.map((r) => ({ ...r, hoursPerMonth: Number(r.hoursPerMonth) }));
}

/** Pools in the caller's scope, newest period first. */
export async function listPools(db: Executor, scope: SQL | undefined, municipalityId: string | undefined) {
  const rows = await db
    .select({ pool: capacityPools, partnerName: organizations.name })
    .from(capacityPools)
    .innerJoin(organizations, eq(organizations.id, capacityPools.partnerId))
    .where(and(scope, municipalityId ? eq(capacityPools.municipalityId, municipalityId) : undefined))
    .orderBy(sql`${capacityPools.validFrom} desc`, asc(capacityPools.title), asc(capacityPools.id))
    .limit(500);
  return rows;
}
