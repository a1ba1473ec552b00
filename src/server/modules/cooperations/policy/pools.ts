import { type SQL, sql } from 'drizzle-orm';
import { arrayLiteral } from '../../../db/client';
import { AppError, invalidField } from '../../../http/errors';
import {
  type Actor,
  allow,
  hasRoleIn,
  isMemberOf,
  isPlannerOf,
  makeLoader,
  permissionsFor,
  plannedMunicipalities,
  type Rule,
  signedIn,
} from '../../../policy';
import type { ServiceContext } from '../../../service-context';
import { organizations } from '../../accounts/schema';
import { eligibleCentreIdsOf, findPool, type PoolRow } from '../pool-repo';
import { capacityPools } from '../schema';

/**
 * Access to capacity pools (issue 17 §6, the team's access rules): planners of the pool's municipality (and
 * instance admins) create, edit, allocate and read everything; the partner's members read the pool and the
 * allocations per centre (never the reasons), its leads confirm; the family centres of the pool's districts
 * (all of the municipality when none are named) read the pool's title, total and period and only their own
 * request and allocation; their leads ask for a share.
 */
export interface PoolRef {
  id: string;
  municipalityId: string;
  partnerId: string;
  /** The family centres the pool serves. */
  eligibleCentreIds: readonly string[];
}

const LEADS = ['lead', 'admin'] as const;

const plans: Rule<PoolRef> = (actor, pool) =>
  actor.isInstanceAdmin || isPlannerOf(actor, pool.municipalityId);
const isPartnerMember: Rule<PoolRef> = (actor, pool) => isMemberOf(actor, pool.partnerId);
const ownCentres = (actor: Actor, pool: PoolRef) =>
  pool.eligibleCentreIds.filter((id) => isMemberOf(actor, id));
const requestCentres = (actor: Actor, pool: PoolRef) =>
  pool.eligibleCentreIds.filter((id) => hasRoleIn(actor, id, LEADS));

const poolPermissionRules = {
  update: plans,
  allocate: plans,
  confirm: (actor, pool) => hasRoleIn(actor, pool.partnerId, LEADS),
  request: (actor, pool) => requestCentres(actor, pool).length > 0,
  produceAgreements: plans,
} satisfies Record<string, Rule<PoolRef>>;

export const poolRules = {
  ...poolPermissionRules,
  read: (actor, pool) =>
    plans(actor, pool) || isPartnerMember(actor, pool) || ownCentres(actor, pool).length > 0,
} satisfies Record<string, Rule<PoolRef>>;

export async function refOfPool(
  db: Parameters<typeof eligibleCentreIdsOf>[0],
  row: PoolRow,
): Promise<PoolRef> {
  return {
    id: row.id,
    municipalityId: row.municipalityId,
    partnerId: row.partnerId,
    eligibleCentreIds: await eligibleCentreIdsOf(db, row.municipalityId, row.districtIds),
  };
}

/** The one loader of a pool: 404 for who may not see it, 403 for who may not do `action`, 409 when stale. */
export const loadPool = makeLoader({
  rules: poolRules,
  visible: poolRules.read,
  find: findPool,
  refOf: refOfPool,
  versionOf: (row: PoolRow) => row.version,
});

export type PoolPermissions = Record<keyof typeof poolPermissionRules, boolean>;

export function poolPermissions(actor: Actor, pool: PoolRef): PoolPermissions {
  return permissionsFor(actor, poolPermissionRules, pool);
}

/** What of a pool the viewer sees: everything (planners), the allocations (partner), own centres' rows. */
export interface PoolView {
  full: boolean;
  partner: boolean;
  ownCentreIds: string[];
  requestCentreIds: string[];
}

export function poolViewOf(actor: Actor, pool: PoolRef): PoolView {
  return {
    full: plans(actor, pool),
    partner: isPartnerMember(actor, pool),
    ownCentreIds: ownCentres(actor, pool),
    requestCentreIds: requestCentres(actor, pool),
  };
}

/** Creating a pool in a municipality: its planners and instance admins. */
export function allowCreatePool(ctx: ServiceContext, municipalityId: string): Actor {
  return allow(
    ctx,
    (actor, target: { municipalityId: string }) =>
      actor.isInstanceAdmin || isPlannerOf(actor, target.municipalityId),
    {
      municipalityId,
    },
  );
}

/** Asking (or withdrawing) a share for a centre: lead/admin of that centre, which the pool must serve. */
export function allowRequestFor(ctx: ServiceContext, pool: PoolRef, centreId: string): Actor {
  return allow(
    ctx,
    (actor, target: { pool: PoolRef; centreId: string }) =>
      requestCentres(actor, target.pool).includes(target.centreId),
    { pool, centreId },
  );
}

/**
 * The pool list, in SQL: the planner's municipalities, pools of which one of the caller's organisations is
 * the partner, and pools serving the district of one of the caller's family centres; all for instance admins.
 */
export function poolListScope(ctx: ServiceContext): {
  actor: Actor;
  scope: SQL | undefined;
  createIn: string[];
} {
  const actor = signedIn(ctx);
  const municipalities = [...new Set(plannedMunicipalities(actor))];
  const createIn = actor.isInstanceAdmin ? [] : municipalities;
  if (actor.isInstanceAdmin) return { actor, scope: undefined, createIn: municipalities };
  const orgIds = actor.memberships.map((m) => m.organizationId);
  if (orgIds.length === 0) return { actor, scope: sql`false`, createIn };
  const ids = arrayLiteral(orgIds);
  const planned =
    municipalities.length > 0
      ? sql`${capacityPools.municipalityId} = any(${arrayLiteral(municipalities)}::uuid[])`
      : sql`false`;
  const scope = sql`(${planned}
    or ${capacityPools.partnerId} = any(${ids}::uuid[])
    or exists (select 1 from ${organizations} o
               where o.id = any(${ids}::uuid[]) and o.type = 'family_centre'
                 and o.municipality_id = ${capacityPools.municipalityId}
                 and (cardinality(${capacityPools.districtIds}) = 0 or o.district_id = any(${capacityPools.districtIds}))))`;
  return { actor, scope, createIn };
}

/**
 * The municipality a new pool is for: the one named (its planners, instance admins), else the caller's only
 * planned one. 403 for who plans none; 422 naming `municipalityId` for who plans several and named none.
 */
export function allowCreatePoolIn(ctx: ServiceContext, requested: string | undefined): string {
  if (requested) {
    allowCreatePool(ctx, requested);
    return requested;
  }
  const actor = signedIn(ctx);
  const planned = [...new Set(plannedMunicipalities(actor))];
  const [only] = planned;
  if (only === undefined)
    throw new AppError(
      actor.isInstanceAdmin ? 'validation' : 'forbidden',
      actor.isInstanceAdmin
        ? { errors: [{ path: 'municipalityId', message: 'pools.validation.municipality' }] }
        : {},
    );
  if (planned.length > 1) throw invalidField('municipalityId', 'pools.validation.municipality');
  return only;
}
