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
} from '../../../policy';
import type { ServiceContext } from '../../../service-context';
import type { MembershipRole } from '../../accounts/schema';
import type { RelationshipScope } from '../../directory/cooperation-relationships';
import { findCooperation } from '../cooperation-repo';
import type { UpdateCooperationInput } from '../cooperation-schemas';

/**
 * Who may do what with a cooperation (decision 013; the team's rules for issue 17): its two sides, the
 * planners of the centre's municipality and instance admins read it; each side's notes stay with that side;
 * the leads and admins of either side change the model.
 */

export interface CooperationRef {
  centreId: string;
  partnerId: string;
  centreMunicipalityId: string;
}

const MANAGERS: readonly MembershipRole[] = ['admin', 'lead'];

const isSide = (actor: Actor, ref: CooperationRef) =>
  isMemberOf(actor, ref.centreId) || isMemberOf(actor, ref.partnerId);

export const cooperationRules = {
  // Planners and instance admins see status, model, decisions and hours: never notes or assessment texts.
  read: (actor, ref) =>
    actor.isInstanceAdmin || isSide(actor, ref) || isPlannerOf(actor, ref.centreMunicipalityId),
  readCentreNotes: (actor, ref) => isMemberOf(actor, ref.centreId),
  readPartnerNotes: (actor, ref) => isMemberOf(actor, ref.partnerId),
  writePartnerNotes: (actor, ref) => isMemberOf(actor, ref.partnerId),
  changeModel: (actor, ref) =>
    hasRoleIn(actor, ref.centreId, MANAGERS) || hasRoleIn(actor, ref.partnerId, MANAGERS),
  // The own side's assessment (the assessments' policy decides what happens there).
  assess: isSide,
  // Booking titles are the two sides' business; others see the room only.
  readBookingTitles: isSide,
} satisfies Record<string, Rule<CooperationRef>>;

/** 404 for who may not see the cooperation (or when it does not exist), 409 when `version` is stale. */
export const loadCooperation = makeLoader({
  rules: cooperationRules,
  visible: cooperationRules.read,
  find: findCooperation,
  refOf: (_db, { relationship }): CooperationRef => ({
    centreId: relationship.centreId,
    partnerId: relationship.partnerId,
    centreMunicipalityId: relationship.centreMunicipalityId,
  }),
  // Nobody has written yet: version 0 (updateCooperationSchema).
  versionOf: ({ cooperation }) => cooperation?.version ?? 0,
});

export const cooperationPermissions = (actor: Actor | null, ref: CooperationRef) =>
  permissionsFor(actor, cooperationRules, ref);

/** 403 unless the actor may change each part the input names (model; the partner's notes). */
export function allowUpdate(ctx: ServiceContext, ref: CooperationRef, input: UpdateCooperationInput): Actor {
  const actor = signedIn(ctx);
  if (input.modelId !== undefined) allow(ctx, cooperationRules.changeModel, ref);
  if (input.partnerNotes !== undefined) allow(ctx, cooperationRules.writePartnerNotes, ref);
  return actor;
}

/** The organisation a change speaks for: the side the actor belongs to (the partner's for its own notes). */
export function actingSide(actor: Actor, ref: CooperationRef, input: UpdateCooperationInput): string {
  if (input.partnerNotes !== undefined) return ref.partnerId;
  return hasRoleIn(actor, ref.centreId, MANAGERS) ? ref.centreId : ref.partnerId;
}

/** Which relationships a caller lists: their organisations' (either side), their municipalities' centres', or all. */
export function cooperationScope(ctx: ServiceContext): { actor: Actor; scope: RelationshipScope } {
  const actor = signedIn(ctx);
  return {
    actor,
    scope: {
      all: actor.isInstanceAdmin,
      organizationIds: actor.memberships.map((m) => m.organizationId),
      centreMunicipalityIds: plannedMunicipalities(actor),
    },
  };
}

/** Starting a cooperation: a lead or admin of either side (decided on the pair as named, before it is checked). */
export const startRule: Rule<{ centreId: string; partnerId: string }> = (actor, pair) =>
  hasRoleIn(actor, pair.centreId, MANAGERS) || hasRoleIn(actor, pair.partnerId, MANAGERS);

export const allowStart = (ctx: ServiceContext, pair: { centreId: string; partnerId: string }) =>
  allow(ctx, startRule, pair);

/** The side a person starting a cooperation speaks for: the centre when they lead it, else the partner. */
export const startingSide = (actor: Actor, pair: { centreId: string; partnerId: string }) =>
  hasRoleIn(actor, pair.centreId, MANAGERS) ? pair.centreId : pair.partnerId;
