import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import {
  type Actor,
  allow,
  hasRoleIn,
  isMemberOf,
  isPlannerOf,
  makeLoader,
  permissionsFor,
  type Rule,
} from '../../../policy';
import type { ServiceContext } from '../../../service-context';
import { findOrganization, type OrganizationRow } from '../../accounts/find-organization';
import { organizationMandates } from '../schema';

/** What the capacity rules look at: the organisation and its municipality. */
export interface CapacityRef {
  organizationId: string;
  municipalityId: string;
}

/**
 * Capacity of an organisation (mandate, hours, the derived figures): its members, the planners of its
 * municipality and instance admins read it; its leads and admins (and instance admins) change it.
 */
export const capacityRules = {
  read: (actor, c) =>
    isMemberOf(actor, c.organizationId) || isPlannerOf(actor, c.municipalityId) || actor.isInstanceAdmin,
  update: (actor, c) => hasRoleIn(actor, c.organizationId, ['lead', 'admin']) || actor.isInstanceAdmin,
} satisfies Record<string, Rule<CapacityRef>>;

export type MandateRow = typeof organizationMandates.$inferSelect;

export interface CapacityRecord {
  organization: OrganizationRow;
  /** Undefined until the first change (version 0). */
  mandate: MandateRow | undefined;
}

async function findCapacity(db: Executor, id: string, lock: boolean): Promise<CapacityRecord | undefined> {
  const organization = await findOrganization(db, id);
  if (!organization) return undefined;
  const query = db.select().from(organizationMandates).where(eq(organizationMandates.organizationId, id));
  const [mandate] = lock ? await query.for('update') : await query;
  return { organization, mandate };
}

/** 404 for an unknown organisation, 403 for who may not read (or change) its capacity, 409 when stale. */
export const loadCapacity = makeLoader({
  rules: capacityRules,
  // Organisations are public in the directory: their existence is no secret, their capacity is.
  visible: () => true,
  find: findCapacity,
  refOf: (_db, record) => ({
    organizationId: record.organization.id,
    municipalityId: record.organization.municipalityId,
  }),
  versionOf: (record) => record.mandate?.version ?? 0,
});

export function capacityPermissions(actor: Actor, ref: CapacityRef) {
  return { update: permissionsFor(actor, capacityRules, ref).update };
}

/** The capacity figures of a municipality's organisations: its planners and instance admins. */
const overviewRule: Rule<{ municipalityId: string }> = (actor, target) =>
  isPlannerOf(actor, target.municipalityId) || actor.isInstanceAdmin;

export function allowCapacityOverview(ctx: ServiceContext, municipalityId: string): Actor {
  return allow(ctx, overviewRule, { municipalityId });
}

/** Whether the caller may see an organisation's figures in a capacity warning (else only name and month). */
export function readsCapacityOf(actor: Actor | null, ref: CapacityRef): boolean {
  return actor !== null && capacityRules.read(actor, ref);
}

/** A "go" is checked by the assessing organisation's members (its assessment is theirs alone). */
const assessmentCheckRule: Rule<{ organizationId: string }> = (actor, target) =>
  isMemberOf(actor, target.organizationId);

export function allowAssessmentCheck(ctx: ServiceContext, organizationId: string): Actor {
  return allow(ctx, assessmentCheckRule, { organizationId });
}
