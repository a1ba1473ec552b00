import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import {
  type Actor,
  hasRoleIn,
  isMemberOf,
  isPlannerOf,
  makeLoader,
  permissionsFor,
  type Rule,
} from '../../../policy';
import type { MembershipRole } from '../../accounts/schema';
import { planningProposals } from '../schema';

/**
 * Access to proposals of a cooperation model (issue 18 §6): the municipality's planners (and instance admins)
 * make, list and withdraw them under /planning; the centre's and the partner's members read the proposal made
 * to them at /proposals/{id}, and the leads and admins of either side answer it. Nobody else learns of it.
 */
export interface ProposalRef {
  id: string;
  municipalityId: string;
  centreId: string;
  partnerId: string;
}

export type ProposalRow = typeof planningProposals.$inferSelect;

const ANSWERERS: readonly MembershipRole[] = ['lead', 'admin'];

const plans: Rule<ProposalRef> = (actor, p) => actor.isInstanceAdmin || isPlannerOf(actor, p.municipalityId);
const isSide: Rule<ProposalRef> = (actor, p) =>
  isMemberOf(actor, p.centreId) || isMemberOf(actor, p.partnerId);

const proposalPermissionRules = {
  answer: (actor, p) => hasRoleIn(actor, p.centreId, ANSWERERS) || hasRoleIn(actor, p.partnerId, ANSWERERS),
  withdraw: plans,
} satisfies Record<string, Rule<ProposalRef>>;

export const proposalRules = {
  ...proposalPermissionRules,
  read: (actor, p) => plans(actor, p) || isSide(actor, p),
} satisfies Record<string, Rule<ProposalRef>>;

async function findProposal(db: Executor, id: string, lock: boolean): Promise<ProposalRow | undefined> {
  const query = db.select().from(planningProposals).where(eq(planningProposals.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

const refOf = (_db: Executor, row: ProposalRow): ProposalRef => ({
  id: row.id,
  municipalityId: row.municipalityId,
  centreId: row.centreId,
  partnerId: row.partnerId,
});

/** The proposal as its two sides and the planners see it (/proposals/{id}): 404 for everyone else. */
export const loadProposal = makeLoader({
  rules: proposalRules,
  visible: proposalRules.read,
  find: findProposal,
  refOf,
  versionOf: (row: ProposalRow) => row.version,
});

/** The planners' side (/planning/proposals/…): like every planning endpoint, 403 for who does not plan. */
export const loadPlannedProposal = makeLoader({
  rules: { withdraw: plans, read: plans },
  visible: () => true,
  find: findProposal,
  refOf,
  versionOf: (row: ProposalRow) => row.version,
});

export function proposalPermissions(actor: Actor, proposal: ProposalRef) {
  return permissionsFor(actor, proposalPermissionRules, proposal);
}

/** Which side(s) the actor answers for: the centre, the partner (a person may lead both). */
export function answeringSides(actor: Actor, proposal: ProposalRef): ('centre' | 'partner')[] {
  return [
    ...(hasRoleIn(actor, proposal.centreId, ANSWERERS) ? (['centre'] as const) : []),
    ...(hasRoleIn(actor, proposal.partnerId, ANSWERERS) ? (['partner'] as const) : []),
  ];
}
