import { invalidField } from '../../http/errors';
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
} from '../../policy';
import type { ServiceContext } from '../../service-context';
import * as repo from './repo';

/**
 * Who may do what in the directory (decision 013): profiles, a centre's relationships with its partners,
 * the freshness report, the partner taxonomy. Services call the loaders and deciders below, nothing else.
 */

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

export type ProfileRow = NonNullable<Awaited<ReturnType<typeof repo.findProfileOf>>>;

/** A profile with its organisation: 404 when either is missing, 403 for an action the rules refuse. */
export const loadProfile = makeLoader<ProfileRow, ProfileRef, keyof typeof profileRules>({
  rules: profileRules,
  visible: profileRules.read,
  find: repo.findProfileOf,
  refOf: async (db, { organization }) => ({
    organizationId: organization.id,
    municipalityId: organization.municipalityId,
    isClaimed: await repo.hasMembers(db, organization.id),
  }),
  versionOf: (row) => row.profile.version,
});

export const profilePermissions = (actor: Actor, ref: ProfileRef) =>
  permissionsFor(
    actor,
    { update: profileRules.update, deleteContactPerson: profileRules.deleteContactPerson },
    ref,
  );

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

type RelationshipAction = keyof typeof relationshipRules;
type Centre = NonNullable<Awaited<ReturnType<typeof repo.findCentre>>>;

const centreRefOf = (centre: Centre): RelationshipRef => ({
  centreId: centre.id,
  centreMunicipalityId: centre.municipalityId,
});

/**
 * A centre as the owner of its network. Which centres exist is no secret (every organisation is listed),
 * so who may not do `action` gets 403; an organisation that is no family centre is 404.
 */
export const loadCentre = makeLoader<Centre, RelationshipRef, RelationshipAction>({
  rules: relationshipRules,
  visible: () => true,
  find: (db, id) => repo.findCentre(db, id),
  refOf: (_db, centre) => centreRefOf(centre),
  // A centre's network has no version of its own; each relationship has one.
  versionOf: () => 0,
});

type RelationshipRow = NonNullable<Awaited<ReturnType<typeof repo.findRelationship>>>;

/** One relationship of a centre: outsiders learn nothing, not even that it exists (404). */
export function loadRelationship(
  ctx: ServiceContext,
  centreId: string,
  partnerId: string,
  action: RelationshipAction,
) {
  return makeLoader<{ centre: Centre; relationship: RelationshipRow }, RelationshipRef, RelationshipAction>({
    rules: relationshipRules,
    visible: relationshipRules.read,
    find: async (db, id, lock) => {
      const centre = await repo.findCentre(db, id);
      const relationship = centre && (await repo.findRelationship(db, id, partnerId, lock));
      return centre && relationship ? { centre, relationship } : undefined;
    },
    refOf: (_db, row) => centreRefOf(row.centre),
    versionOf: (row) => row.relationship.version,
  })(ctx, centreId, action);
}

export const relationshipPermissions = (actor: Actor, ref: RelationshipRef) =>
  permissionsFor(actor, relationshipRules, ref);

/**
 * The directory is open to every participant: the search has no list scope. The relationship filter shows
 * one centre's relationships: a centre of the caller's (the first one unless asked), any for instance admins.
 */
export function searchAccess(ctx: ServiceContext, centreId: string | undefined) {
  const actor = signedIn(ctx);
  const centres = actor.memberships.filter((m) => m.organizationType === 'family_centre');
  if (centreId === undefined) return { actor, centreId: centres[0]?.organizationId };
  if (!actor.isInstanceAdmin && !centres.some((m) => m.organizationId === centreId)) {
    throw invalidField('centreId', 'validation.notACentre', 'bad_request');
  }
  return { actor, centreId };
}

/** The taxonomy is read by every participant and extended by instance admins. */
export const kindRules = {
  read: (_actor, _none) => true,
  create: (actor, _none) => actor.isInstanceAdmin,
} satisfies Record<string, Rule<null>>;

export const readKinds = (ctx: ServiceContext) => allow(ctx, kindRules.read, null);
export const createKindAccess = (ctx: ServiceContext) => allow(ctx, kindRules.create, null);

/** Centres and planners record partners that have no account yet; the partner claims the profile later. */
export const createUnclaimedPartner: Rule<{ municipalityId: string }> = (actor, target) =>
  actor.isInstanceAdmin ||
  isPlannerOf(actor, target.municipalityId) ||
  leadsACentreIn(actor, target.municipalityId);

export const createPartnerAccess = (ctx: ServiceContext, target: { municipalityId: string }) =>
  allow(ctx, createUnclaimedPartner, target);

export const freshnessRules = {
  // The share of stale profiles is a planning figure: the municipality's planners and instance admins.
  read: (actor, municipality) => actor.isInstanceAdmin || isPlannerOf(actor, municipality.id),
} satisfies Record<string, Rule<{ id: string }>>;

/** A municipality as the subject of the freshness report: 404 when unknown, 403 for non-planners. */
export const loadMunicipality = makeLoader({
  rules: freshnessRules,
  visible: () => true,
  find: (db, id) => repo.findMunicipality(db, id),
  refOf: (_db, row) => row,
  versionOf: () => 0,
});

/** What the web app's navigation shows of the directory for this person (sent with GET /me). */
export function directoryPermissions(actor: Actor) {
  return {
    searchDirectory: true,
    // The network page is a centre's own; planners read networks through the centres' pages.
    viewNetwork: actor.memberships.some(
      (m) =>
        m.organizationType === 'family_centre' && relationshipRules.read(actor, centreRefOfMembership(m)),
    ),
    // The report page shows the municipality one plans; instance admins reach others through the API.
    viewFreshness: plannedMunicipalities(actor).some((id) => freshnessRules.read(actor, { id })),
    manageKinds: kindRules.create(actor, null),
    createPartner:
      actor.isInstanceAdmin ||
      actor.memberships.some((m) => createUnclaimedPartner(actor, { municipalityId: m.municipalityId })),
  };
}

const centreRefOfMembership = (m: Actor['memberships'][number]): RelationshipRef => ({
  centreId: m.organizationId,
  centreMunicipalityId: m.municipalityId,
});
