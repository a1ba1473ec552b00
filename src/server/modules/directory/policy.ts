import { type Actor, hasRoleIn, isMemberOf, isPlannerOf, type Rule } from '../../policy';

export interface ProfileRef {
  organizationId: string;
  municipalityId: string;
  /** Whether the organisation has members; an unclaimed profile is kept by the centres and planners. */
  isClaimed: boolean;
}

/** Leads and admins of a family centre in the municipality. */
function leadsACentreIn(actor: Actor, municipalityId: string): boolean {
  return actor.memberships.some(
    (m) =>
      m.organizationType === 'family_centre' &&
      m.municipalityId === municipalityId &&
      (m.role === 'admin' || m.role === 'lead'),
  );
}

// Partners edit their own profile; a profile nobody has claimed yet is kept by the centres and planners.
const updateProfile: Rule<ProfileRef> = (actor, profile) =>
  actor.isInstanceAdmin ||
  hasRoleIn(actor, profile.organizationId, ['admin', 'lead', 'staff']) ||
  (!profile.isClaimed &&
    (isPlannerOf(actor, profile.municipalityId) || leadsACentreIn(actor, profile.municipalityId)));

export const profileRules = {
  // Every participant may read every profile (domain.md §2).
  read: (_actor, _profile) => true,
  update: updateProfile,
  /**
   * Erasing a business contact (DSGVO Art. 17) also scrubs it from the profile's history: the
   * organisation's admins decide that, or whoever keeps a profile nobody has claimed.
   */
  deleteContactPerson: (actor, profile) =>
    actor.isInstanceAdmin ||
    hasRoleIn(actor, profile.organizationId, ['admin']) ||
    (!profile.isClaimed && updateProfile(actor, profile)),
} satisfies Record<string, Rule<ProfileRef>>;

export interface RelationshipRef {
  centreId: string;
  centreMunicipalityId: string;
}

export const relationshipRules = {
  // Planners see how the centres of their municipality are connected, not the centres' notes.
  read: (actor, rel) => isMemberOf(actor, rel.centreId) || isPlannerOf(actor, rel.centreMunicipalityId),
  readInternal: (actor, rel) => isMemberOf(actor, rel.centreId),
  write: (actor, rel) => isMemberOf(actor, rel.centreId),
  // Exports leave the system with partners' contact data: the centre's own members only.
  export: (actor, rel) => isMemberOf(actor, rel.centreId),
} satisfies Record<string, Rule<RelationshipRef>>;

/** Centres and planners record partners that have no account yet; the partner claims the profile later. */
export const createUnclaimedPartner: Rule<{ municipalityId: string }> = (actor, target) =>
  actor.isInstanceAdmin ||
  isPlannerOf(actor, target.municipalityId) ||
  leadsACentreIn(actor, target.municipalityId);

export const manageKinds: Rule<null> = (actor) => actor.isInstanceAdmin;
