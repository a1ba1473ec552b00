import { type Actor, isPlannerOf, type Rule } from '../../policy';
import type { MembershipRole } from '../accounts/schema';
import type { AgreementStatus } from './schema';

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

function organizationsOf(party: PartyRef): string[] {
  return [party.organizationId, ...party.facilityIds];
}

/** A member of the Träger or of one of the facilities it acts for, with one of the roles. */
export function actsFor(actor: Actor, party: PartyRef, roles: readonly MembershipRole[]): boolean {
  const orgs = organizationsOf(party);
  return actor.memberships.some((m) => orgs.includes(m.organizationId) && roles.includes(m.role));
}

/** Signing needs someone who represents the party: a lead or admin of the Träger or its facility. */
export const representsParty = (actor: Actor, party: PartyRef) => actsFor(actor, party, MANAGERS);

function inAnyParty(actor: Actor, ref: AgreementRef, roles: readonly MembershipRole[]): boolean {
  return ref.parties.some((party) => actsFor(actor, party, roles));
}

const ALL_ROLES: readonly MembershipRole[] = ['admin', 'lead', 'staff', 'planner'];
const isParty = (actor: Actor, ref: AgreementRef) => inAnyParty(actor, ref, ALL_ROLES);
const isPlannerOfAny = (actor: Actor, ref: AgreementRef) =>
  ref.municipalityIds.some((municipalityId) => isPlannerOf(actor, municipalityId));
const EDITABLE: readonly AgreementStatus[] = [
  'draft',
  'in_review',
  'amended',
  'signed',
  'active',
  'review_due',
];
const UNDER_REVIEW: readonly AgreementStatus[] = ['draft', 'in_review', 'amended', 'ready_for_signature'];

export const agreementRules = {
  // Planners of a municipality a party's facility lies in see that an agreement exists: parties, type, term, status.
  readMetadata: (actor, ref) => actor.isInstanceAdmin || isParty(actor, ref) || isPlannerOfAny(actor, ref),
  readContent: (actor, ref) =>
    actor.isInstanceAdmin || isParty(actor, ref) || (ref.sharedWithYouthOffice && isPlannerOfAny(actor, ref)),
  edit: (actor, ref) => EDITABLE.includes(ref.status) && inAnyParty(actor, ref, EDITORS),
  comment: (actor, ref) => UNDER_REVIEW.includes(ref.status) && isParty(actor, ref),
  transition: (actor, ref) => inAnyParty(actor, ref, MANAGERS),
  /** Whether the actor can sign for some party now; `signableParties` says for which. */
  sign: (actor, ref) => signableParties(actor, ref).length > 0,
  share: (actor, ref) => inAnyParty(actor, ref, MANAGERS),
} satisfies Record<string, Rule<AgreementRef>>;

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
export const createAgreement: Rule<PartyRef[]> = (actor, parties) =>
  parties.some((party) => representsParty(actor, party));
