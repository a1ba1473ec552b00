import {
  type Actor,
  allow,
  hasRoleIn,
  isMemberOf,
  isPlannerOf,
  makeLoader,
  permissionsFor,
  type Rule,
  signedIn,
} from '../../../policy';
import type { ServiceContext } from '../../../service-context';
import { findOrganization } from '../find-organization';
import * as repo from '../repo';
import type { MembershipRole, OrganizationType } from '../schema';

/** What the rules need to know about an organisation. */
export interface OrganizationRef {
  id: string;
  type: OrganizationType;
  municipalityId: string;
  providerId: string | null;
}

/** An organisation about to be created. */
export type NewOrganizationRef = Omit<OrganizationRef, 'id'>;

const isInstanceAdmin = (actor: Actor) => actor.isInstanceAdmin;

export const organizationRules = {
  // Every participant may see every organisation's profile: the directory's first promise (domain.md §2).
  read: (_actor, _org) => true,
  // Internal notes stay inside the organisation — not even instance admins or planners read them.
  readInternal: (actor, org) => isMemberOf(actor, org.id),
  update: (actor, org) => isInstanceAdmin(actor) || hasRoleIn(actor, org.id, ['admin', 'lead']),
  readMembers: (actor, org) =>
    isInstanceAdmin(actor) || isMemberOf(actor, org.id) || isPlannerOf(actor, org.municipalityId),
  manageMembers: (actor, org) => isInstanceAdmin(actor) || hasRoleIn(actor, org.id, ['admin']),
  readAudit: (actor, org) => isInstanceAdmin(actor) || hasRoleIn(actor, org.id, ['admin']),
} satisfies Record<string, Rule<OrganizationRef>>;

export type OrganizationAction = keyof typeof organizationRules;

/**
 * An organisation: 404 when it does not exist, 403 for an action the rules refuse, 409 when `version` is
 * stale; `lock` holds the row for the audit's before-image.
 */
export const loadOrganization = makeLoader<repo.OrganizationRow, OrganizationRef, OrganizationAction>({
  rules: organizationRules,
  visible: organizationRules.read,
  find: (db, id, lock) => (lock ? repo.findOrganizationForUpdate(db, id) : findOrganization(db, id)),
  refOf: (_db, row) => row,
  versionOf: (row) => row.version,
});

/** Every organisation is listed to every participant: the list has no scope beyond being signed in. */
export function organizationScope(ctx: ServiceContext): undefined {
  signedIn(ctx);
  return undefined;
}

/** Municipalities and districts are reference data for every participant. */
export function readReferenceData(ctx: ServiceContext): Actor {
  return signedIn(ctx);
}

/** What the web app gets with an organisation. */
export function organizationPermissions(actor: Actor | null, org: OrganizationRef) {
  return permissionsFor(
    actor,
    {
      update: organizationRules.update,
      manageMembers: organizationRules.manageMembers,
      readMembers: organizationRules.readMembers,
      readAudit: organizationRules.readAudit,
    },
    org,
  );
}

/** Whether the internal notes go out with the record. */
export const readsInternalNotes = (actor: Actor | null, org: OrganizationRef): boolean =>
  actor !== null && organizationRules.readInternal(actor, org);

/**
 * Instance admins anywhere, planners in their municipality, admins of the Träger for its facilities. A
 * Landesjugendamt sees a whole state's aggregates: only instance admins create one.
 */
export const createOrganization: Rule<NewOrganizationRef> = (actor, org) =>
  isInstanceAdmin(actor) ||
  (org.type !== 'state_office' &&
    (isPlannerOf(actor, org.municipalityId) ||
      (org.providerId !== null && hasRoleIn(actor, org.providerId, ['admin']))));

export const createOrganizationAccess = (ctx: ServiceContext, org: NewOrganizationRef) =>
  allow(ctx, createOrganization, org);

/** Which roles exist in which kind of organisation. */
export function isRoleAllowedFor(role: MembershipRole, type: OrganizationType): boolean {
  return role === 'planner' ? type === 'youth_office' : true;
}
