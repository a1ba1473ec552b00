import { type Actor, plannedMunicipalities } from '../../../policy';

/**
 * What the web app's navigation shows of cooperations for this person (sent with GET /me). The records'
 * own `permissions` decide everything beyond showing a page.
 */
export function cooperationsPermissions(actor: Actor) {
  const sides = actor.memberships.filter(
    (m) => m.organizationType === 'family_centre' || m.organizationType === 'partner',
  );
  const plans = actor.isInstanceAdmin || plannedMunicipalities(actor).length > 0;
  return {
    // Centres and partners see the cooperations they are part of, with their own assessments.
    viewCooperations: sides.length > 0,
    // Every organisation keeps its own mandate and hours; planners read them per municipality.
    viewCapacity: sides.length > 0,
    viewCapacityOverview: plans,
    // Planners broker pools; partners confirm theirs; centres ask for a share.
    viewPools: plans || sides.length > 0,
    // Instance admins add instance-wide models, planners their municipality's.
    manageCooperationModels: plans,
  };
}
