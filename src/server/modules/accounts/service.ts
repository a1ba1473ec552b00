import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { AppError, type FieldError, notFound } from '../../http/errors';
import type { Actor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { findOrganization } from './find-organization';
import {
  createOrganizationAccess,
  isRoleAllowedFor,
  loadOrganization,
  organizationPermissions,
  organizationScope,
  readReferenceData,
  readsInternalNotes,
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
    ...(readsInternalNotes(ctx.actor, row) && { internalNotes }),
    permissions: organizationPermissions(ctx.actor, row),
    assignableRoles: membershipRoles.filter((role) => isRoleAllowedFor(role, row.type)),
  };
}

export async function listOrganizations(ctx: ServiceContext, query: OrganizationListQuery) {
  organizationScope(ctx);
  const page = await repo.listOrganizations(ctx.db, query);
  return { items: page.items.map((row) => presentOrganization(ctx, row)), nextCursor: page.nextCursor };
}

export async function getOrganization(ctx: ServiceContext, id: string) {
  const { row } = await loadOrganization(ctx, id, 'read');
  return presentOrganization(ctx, row);
}

export async function createOrganizationRecord(ctx: ServiceContext, input: CreateOrganizationInput) {
  const actor = createOrganizationAccess(ctx, { ...input, providerId: input.providerId ?? null });
  return ctx.db.transaction(async (tx) =>
    presentOrganization(ctx, await insertOrganization(tx, actor, input)),
  );
}

/** Checks references, inserts and audits, inside the caller's transaction; the caller's policy decided access. */
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
  return ctx.db.transaction(async (tx) => {
    const { row: before, actor } = await loadOrganization(ctx, id, 'update', {
      version: input.version,
      lock: true,
      db: tx,
    });
    const { version: _version, ...changes } = input;
    await checkReferences(tx, { ...before, ...changes, id });
    const [after] = await tx
      .update(organizations)
      .set({ ...changes, version: before.version + 1, updatedAt: new Date() })
      .where(eq(organizations.id, id))
      .returning();
    if (!after) throw new AppError('internal');
    await recordAudit(tx, {
      actor,
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
    const provider = await findOrganization(db, org.providerId);
    if (org.providerId === org.id) errors.push({ path: 'providerId', message: 'validation.notOwnParent' });
    else if (provider?.type !== 'provider') {
      errors.push({ path: 'providerId', message: 'validation.providerMustBeProvider' });
    }
  }
  if (org.networkId) {
    const network = await findOrganization(db, org.networkId);
    if (org.type !== 'family_centre' && org.type !== 'partner') {
      errors.push({ path: 'networkId', message: 'validation.networkOnlyForFacilities' });
    } else if (network?.type !== 'network') {
      errors.push({ path: 'networkId', message: 'validation.networkMustBeNetwork' });
    }
  }
  if (errors.length > 0) throw new AppError('validation', { errors });
}

export async function listMunicipalities(ctx: ServiceContext) {
  readReferenceData(ctx);
  return { items: await repo.listMunicipalities(ctx.db) };
}

export async function listDistricts(ctx: ServiceContext, municipalityId: string) {
  readReferenceData(ctx);
  if (!(await repo.findMunicipality(ctx.db, municipalityId))) throw notFound();
  return { items: await repo.listDistricts(ctx.db, municipalityId) };
}
