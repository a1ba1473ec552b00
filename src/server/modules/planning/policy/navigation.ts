import { type Actor, plannedMunicipalities, stateOfficeStates } from '../../../policy';

/** What the web app's navigation shows of planning for this person (sent with GET /me). */
export function planningPermissions(actor: Actor) {
  return {
    // Planners plan their municipality; instance admins may open any municipality's planning.
    viewPlanning: actor.isInstanceAdmin || plannedMunicipalities(actor).length > 0,
    // A Landesjugendamt (and instance admins) see the state-wide aggregates.
    viewStatePlanning: actor.isInstanceAdmin || stateOfficeStates(actor).length > 0,
  };
}
