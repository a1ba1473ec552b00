import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { AppError, type FieldError, notFound } from '../../http/errors';
import { type Actor, authorize, can, permissionsFor, requireActor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import {
  createOrganization,
  isRoleAllowedFor,
  organizationPermissionRules,
  organizationRules,
} from './policy';
import type { OrganizationRow } from './repo';
import * as repo from './repo';
import { membershipRoles, organizations } from './schema';
import type { CreateOrganizationInput, OrganizationListQuery, UpdateOrganizationInput } from './schemas';

const ENTITY = 'organization';

/** The record as the actor may see it, with the actions the policy allows. */
export function presentOrganization(ctx: ServiceContext, row: OrganizationRow) {
  const { internalNotes, ...rest } = row;
  return {
    ...rest,
    ...(can(ctx.actor, organizationRules.readInternal, row) && { internalNotes }),
    permissions: permissionsFor(ctx.actor, organizationPermissionRules, row),
    assignableRoles: membershipRoles.filter((role) => isRoleAllowedFor(role, row.type)),
  };
}

export async function listOrganizations(ctx: ServiceContext, query: OrganizationListQuery) {
  requireActor(ctx.actor);
  const page = await repo.listOrganizations(ctx.db, query);
  return { items: page.items.map((row) => presentOrganization(ctx, row)), nextCursor: page.nextCursor };
}

export async function getOrganization(ctx: ServiceContext, id: string) {
  requireActor(ctx.actor);
  const row = await repo.findOrganization(ctx.db, id);
  if (!row) throw notFound();
  authorize(ctx.actor, organizationRules.read, row);
  return presentOrganization(ctx, row);
}

export async function createOrganizationRecord(ctx: ServiceContext, input: CreateOrganizationInput) {
  authorize(ctx.actor, createOrganization, { ...input, providerId: input.providerId ?? null });
  const actor = ctx.actor;
  return ctx.db.transaction(async (tx) =>
    presentOrganization(ctx, await insertOrganization(tx, actor, input)),
  );
}

/** Checks references, inserts and audits, inside the caller's transaction; the caller has authorised it. */
export async function insertOrganization(tx: Executor, actor: Actor, input: CreateOrganizationInput) {
  await checkReferences(tx, { ...input, id: null });
  const [row] = await tx.insert(organizations).values(input).returning();
  if (!row) throw new AppError('internal');
  await recordAudit(tx, {
    actor,
    organizationId: row.id,
    entityType: ENTITY,
    entityId: row.id,
    action: 'create',
    after: row,
  });
  return row;
}

export async function updateOrganization(ctx: ServiceContext, id: string, input: UpdateOrganizationInput) {
  requireActor(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const before = await repo.findOrganizationForUpdate(tx, id);
    if (!before) throw notFound();
    authorize(ctx.actor, organizationRules.update, before);
    if (before.version !== input.version) {
      throw new AppError('conflict', {
        detail: 'error.staleVersion.detail',
        params: { current: before.version },
      });
    }
    const { version: _version, ...changes } = input;
    await checkReferences(tx, { ...before, ...changes, id });
    const [after] = await tx
      .update(organizations)
      .set({ ...changes, version: before.version + 1, updatedAt: new Date() })
      .where(eq(organizations.id, id))
      .returning();
    if (!after) throw new AppError('internal');
    await recordAudit(tx, {
      actor: ctx.actor,
      organizationId: id,
      entityType: ENTITY,
      entityId: id,
      action: 'update',
      before,
      after,
    });
    return presentOrganization(ctx, after);
  });
}

interface References {
  id: string | null;
  type: OrganizationRow['type'];
  municipalityId: string;
  districtId?: string | null | undefined;
  providerId?: string | null | undefined;
  networkId?: string | null | undefined;
}

/** Referenced records must exist and fit; each problem is reported on its field (422). */
async function checkReferences(db: Executor, org: References): Promise<void> {
  const errors: FieldError[] = [];
  if (!(await repo.findMunicipality(db, org.municipalityId))) {
    errors.push({ path: 'municipalityId', message: 'validation.unknownMunicipality' });
  }
  if (org.districtId) {
    const district = await repo.findDistrict(db, org.districtId);
    if (district?.municipalityId !== org.municipalityId) {
      errors.push({ path: 'districtId', message: 'validation.unknownDistrict' });
    }
  }
  if (org.providerId) {
    const provider = await repo.findOrganization(db, org.providerId);
    if (org.providerId === org.id) errors.push({ path: 'providerId', message: 'validation.notOwnParent' });
    else if (provider?.type !== 'provider') {
      errors.push({ path: 'providerId', message: 'validation.providerMustBeProvider' });
    }
  }
  if (org.networkId) {
    const network = await repo.findOrganization(db, org.networkId);
    if (org.type !== 'family_centre' && org.type !== 'partner') {
      errors.push({ path: 'networkId', message: 'validation.networkOnlyForFacilities' });
    } else if (network?.type !== 'network') {
      errors.push({ path: 'networkId', message: 'validation.networkMustBeNetwork' });
    }
  }
  if (errors.length > 0) throw new AppError('validation', { errors });
}

export async function listMunicipalities(ctx: ServiceContext) {
  requireActor(ctx.actor);
  return { items: await repo.listMunicipalities(ctx.db) };
}

export async function listDistricts(ctx: ServiceContext, municipalityId: string) {
  requireActor(ctx.actor);
  if (!(await repo.findMunicipality(ctx.db, municipalityId))) throw notFound();
  return { items: await repo.listDistricts(ctx.db, municipalityId) };
}
