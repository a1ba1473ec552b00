import { type Actor, hasRoleIn, isMemberOf, isPlannerOf, type Rule } from '../../../policy';
import type { MembershipRole } from '../../accounts/schema';
import { COMMENTABLE_STATUSES, EDITABLE_STATUSES } from '../lifecycle';
import type { AgreementStatus } from '../schema';

/** The rule tables of the agreements module: pure functions of the actor and a small reference. */

export interface PartyRef {
  id: string;
  organizationId: string;
  facilityIds: string[];
  /** Signed the current version (absent: not known, e.g. when creating). */
  signed?: boolean;
}

export interface AgreementRef {
  /** Every municipality a party's facility lies in: the planners of each see the agreement. */
  municipalityIds: string[];
  status: AgreementStatus;
  sharedWithYouthOffice: boolean;
  parties: PartyRef[];
}

const MANAGERS: readonly MembershipRole[] = ['admin', 'lead'];
const EDITORS: readonly MembershipRole[] = ['admin', 'lead', 'staff'];
const ALL_ROLES: readonly MembershipRole[] = ['admin', 'lead', 'staff', 'planner'];

function organizationsOf(party: PartyRef): string[] {
  return [party.organizationId, ...party.facilityIds];
}

/** A member of the Träger or of one of the facilities it acts for, with one of the roles. */
function actsFor(actor: Actor, party: PartyRef, roles: readonly MembershipRole[]): boolean {
  const orgs = organizationsOf(party);
  return actor.memberships.some((m) => orgs.includes(m.organizationId) && roles.includes(m.role));
}

/** Signing needs someone who represents the party: a lead or admin of the Träger or its facility. */
export const representsParty = (actor: Actor, party: PartyRef) => actsFor(actor, party, MANAGERS);

function inAnyParty(actor: Actor, ref: AgreementRef, roles: readonly MembershipRole[]): boolean {
  return ref.parties.some((party) => actsFor(actor, party, roles));
}

const isParty = (actor: Actor, ref: AgreementRef) => inAnyParty(actor, ref, ALL_ROLES);
const isEditor = (actor: Actor, ref: AgreementRef) => inAnyParty(actor, ref, EDITORS);
const isPlannerOfAny = (actor: Actor, ref: AgreementRef) =>
  ref.municipalityIds.some((municipalityId) => isPlannerOf(actor, municipalityId));

export const agreementRules = {
  // Planners of a municipality a party's facility lies in see that an agreement exists: parties, type, term, status.
  readMetadata: (actor, ref) => actor.isInstanceAdmin || isParty(actor, ref) || isPlannerOfAny(actor, ref),
  readContent: (actor, ref) =>
    actor.isInstanceAdmin || isParty(actor, ref) || (ref.sharedWithYouthOffice && isPlannerOfAny(actor, ref)),
  edit: (actor, ref) => EDITABLE_STATUSES.includes(ref.status) && isEditor(actor, ref),
  comment: (actor, ref) => COMMENTABLE_STATUSES.includes(ref.status) && isParty(actor, ref),
  resolveComment: isEditor,
  transition: (actor, ref) => inAnyParty(actor, ref, MANAGERS),
  /** Whether the actor can sign for some party now; `signableParties` says for which. */
  sign: (actor, ref) => signableParties(actor, ref).length > 0,
  share: (actor, ref) => inAnyParty(actor, ref, MANAGERS),
  // What a change needs of the actor; the agreement's state is the use case's to check (409, not 403): a party
  // member learns that the state forbids it now, not that they never could.
  editAsParty: isEditor,
  commentAsParty: isParty,
} satisfies Record<string, Rule<AgreementRef>>;

export type AgreementAction = keyof typeof agreementRules;

/**
 * The parties the actor may sign the current version for: those they represent (lead/admin of the Träger or
 * of a facility it acts for) that have not signed yet, while the agreement awaits signatures.
 */
export function signableParties(actor: Actor, ref: AgreementRef): string[] {
  if (ref.status !== 'ready_for_signature') return [];
  return ref.parties
    .filter((party) => !party.signed && representsParty(actor, party))
    .map((party) => party.id);
}

/** Who may create an agreement for these parties: someone who represents one of them. */
export const mayCreateAgreement: Rule<PartyRef[]> = (actor, parties) =>
  parties.some((party) => representsParty(actor, party));

/** The organisation a comment speaks for: the party organisation (Träger or facility) the author belongs to. */
export function commentingOrganization(actor: Actor, parties: PartyRef[]): string | null {
  const party = parties.find((p) => actsFor(actor, p, ALL_ROLES));
  if (!party) return null;
  const orgs = organizationsOf(party);
  return actor.memberships.find((m) => orgs.includes(m.organizationId))?.organizationId ?? null;
}

/** The attention list of an organisation (its members) or of a municipality (its planners). */
export type AttentionRef = { organizationId: string } | { municipalityId: string };

export const attentionRules = {
  read: (actor, ref) =>
    actor.isInstanceAdmin ||
    ('organizationId' in ref
      ? isMemberOf(actor, ref.organizationId)
      : isPlannerOf(actor, ref.municipalityId)),
  /** Start an agreement with this organisation as a party: its leads and admins. */
  createAgreement: (actor, ref) => 'organizationId' in ref && hasRoleIn(actor, ref.organizationId, MANAGERS),
  /** The Jugendamt's framework ("Basiskooperation") for a district of the municipality: its planners. */
  createFramework: (actor, ref) => 'municipalityId' in ref && isPlannerOf(actor, ref.municipalityId),
} satisfies Record<string, Rule<AttentionRef>>;

/** A template: instance-wide (no owner), or kept by a Träger or facility for itself and its facilities. */
export interface TemplateRef {
  ownerOrganizationId: string | null;
  /** The facilities whose Träger the owner is: their members use the owner's templates too. */
  ownerFacilityIds: string[];
}

function belongsToOwner(actor: Actor, ref: TemplateRef, roles: readonly MembershipRole[]): boolean {
  if (ref.ownerOrganizationId === null) return false;
  return [ref.ownerOrganizationId, ...ref.ownerFacilityIds].some((id) => hasRoleIn(actor, id, roles));
}

export const templateRules = {
  read: (actor, ref) =>
    actor.isInstanceAdmin || ref.ownerOrganizationId === null || belongsToOwner(actor, ref, ALL_ROLES),
  /** Instance-wide templates are the instance admins'; a Träger's are its (and its facilities') leads'. */
  edit: (actor, ref) => actor.isInstanceAdmin || belongsToOwner(actor, ref, MANAGERS),
} satisfies Record<string, Rule<TemplateRef>>;

export type TemplateAction = keyof typeof templateRules;
