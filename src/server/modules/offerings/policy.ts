import { type Actor, hasRoleIn, isMemberOf, isPlannerOf, type Rule } from '../../policy';
import type { OfferingStatus } from './schema';

/**
 * Who may do what with an offering (issue 5, decided here):
 * - The lead organisation's leads and admins run the offering: edit it in every open state and move it
 *   through the lifecycle. Its staff may create ideas and edit them while they are ideas.
 * - Co-organisers' members (lead, admin or staff) consent for their organisation while consent is asked:
 *   the counsellor who will run the session is the one who can say "yes, we carry this" (issue 5's
 *   acceptance has the partner's staff member consent). Binding signatures are the agreements' business.
 * - Every member of a co-organiser reads everything and writes in the comment thread; planners of the
 *   municipality read everything (not write). Other participants read published and later offerings.
 * - Attendance and evaluation: members of the lead organisation or of an organisation carrying
 *   "evaluation", once the offering is published.
 */
export interface OfferingRef {
  leadOrganizationId: string;
  organizers: { organizationId: string; responsibilities: string[] }[];
  municipalityId: string;
  status: OfferingStatus;
}

const MANAGERS = ['lead', 'admin'] as const;
const MEMBERS = ['lead', 'admin', 'staff'] as const;
const OPEN: readonly OfferingStatus[] = ['idea', 'proposed', 'agreed', 'published', 'running', 'evaluated'];
const SHOWN: readonly OfferingStatus[] = ['published', 'running', 'evaluated', 'ended'];
const EVALUABLE: readonly OfferingStatus[] = ['published', 'running', 'evaluated', 'ended'];

/** The lifecycle; "cancelled" is reachable from every state but the final ones. */
export const transitionsFrom: Record<OfferingStatus, readonly OfferingStatus[]> = {
  idea: ['proposed', 'cancelled'],
  proposed: ['idea', 'agreed', 'cancelled'],
  agreed: ['published', 'cancelled'],
  published: ['running', 'ended', 'cancelled'],
  running: ['evaluated', 'ended', 'cancelled'],
  evaluated: ['ended', 'cancelled'],
  ended: [],
  cancelled: [],
};

/** Statuses in which changing responsibilities or the schedule needs the co-organisers' consent again. */
export const AGREED_STATES: readonly OfferingStatus[] = ['agreed', 'published', 'running'];

export function isCoOrganizerMember(actor: Actor, offering: OfferingRef): boolean {
  return offering.organizers.some((o) => isMemberOf(actor, o.organizationId));
}

export function managesLead(actor: Actor, offering: OfferingRef): boolean {
  return actor.isInstanceAdmin || hasRoleIn(actor, offering.leadOrganizationId, MANAGERS);
}

/** Organisations (other than the lead) for which this actor may consent. */
export function consentableOrganizations(actor: Actor, offering: OfferingRef): string[] {
  return offering.organizers
    .filter((o) => o.organizationId !== offering.leadOrganizationId)
    .filter((o) => actor.isInstanceAdmin || hasRoleIn(actor, o.organizationId, MEMBERS))
    .map((o) => o.organizationId);
}

export const offeringRules = {
  read: (actor, o) =>
    actor.isInstanceAdmin ||
    isCoOrganizerMember(actor, o) ||
    isPlannerOf(actor, o.municipalityId) ||
    (SHOWN.includes(o.status) && actor.memberships.length > 0),
  readInternal: (actor, o) =>
    actor.isInstanceAdmin || isCoOrganizerMember(actor, o) || isPlannerOf(actor, o.municipalityId),
  update: (actor, o) =>
    OPEN.includes(o.status) &&
    (managesLead(actor, o) || (o.status === 'idea' && hasRoleIn(actor, o.leadOrganizationId, ['staff']))),
  comment: (actor, o) => actor.isInstanceAdmin || isCoOrganizerMember(actor, o),
  evaluate: (actor, o) =>
    EVALUABLE.includes(o.status) &&
    (actor.isInstanceAdmin ||
      hasRoleIn(actor, o.leadOrganizationId, MEMBERS) ||
      o.organizers.some(
        (org) => org.responsibilities.includes('evaluation') && hasRoleIn(actor, org.organizationId, MEMBERS),
      )),
} satisfies Record<string, Rule<OfferingRef>>;

/** Transitions are the lead organisation's; the state machine decides which ones exist. */
export function allowedTransitions(actor: Actor | null, offering: OfferingRef): OfferingStatus[] {
  if (!actor || !managesLead(actor, offering)) return [];
  return [...transitionsFrom[offering.status]];
}

/** Creating: members (lead, admin, staff) of the organisation that will lead it. */
export const createForLead: Rule<{ leadOrganizationId: string }> = (actor, target) =>
  actor.isInstanceAdmin || hasRoleIn(actor, target.leadOrganizationId, MEMBERS);
