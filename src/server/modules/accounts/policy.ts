import { type Actor, hasRoleIn, isMemberOf, isPlannerOf, type Rule } from '../../policy';
import type { MembershipRole, OrganizationType } from './schema';

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

/** The subset sent to the web app as `permissions`. */
export const organizationPermissionRules = {
  update: organizationRules.update,
  manageMembers: organizationRules.manageMembers,
  readMembers: organizationRules.readMembers,
  readAudit: organizationRules.readAudit,
};

/** Instance admins anywhere, planners in their municipality, admins of the Träger for its facilities. */
export const createOrganization: Rule<NewOrganizationRef> = (actor, org) =>
  isInstanceAdmin(actor) ||
  isPlannerOf(actor, org.municipalityId) ||
  (org.providerId !== null && hasRoleIn(actor, org.providerId, ['admin']));

/** Which roles exist in which kind of organisation. */
export function isRoleAllowedFor(role: MembershipRole, type: OrganizationType): boolean {
  return role === 'planner' ? type === 'youth_office' : true;
}
