import type { MembershipRole, OrganizationType } from '../../api/types';
import { membershipRoles } from '../../api/types';

/**
 * Roles offered in the pickers. Planner exists only in a youth welfare office; the server enforces this and
 * answers 422 otherwise — this only keeps an impossible choice out of the list.
 */
export function rolesFor(type: OrganizationType): MembershipRole[] {
  return membershipRoles.filter((role) => role !== 'planner' || type === 'youth_office');
}
