import { type Actor, plannedMunicipalities } from '../../../policy';

/** What the web app's navigation shows of the quality seal for this person (sent with GET /me). */
export function sealPermissions(actor: Actor) {
  return {
    // Members of a centre, a Verbund or a Träger check their centres against the catalogue.
    viewSeal:
      actor.isInstanceAdmin ||
      actor.memberships.some(
        (m) => ['family_centre', 'network', 'provider'].includes(m.organizationType) && m.role !== 'planner',
      ),
    // Planners see their municipality's aggregated overview, no documents.
    viewSealOverview: actor.isInstanceAdmin || plannedMunicipalities(actor).length > 0,
    importSealCatalogue: actor.isInstanceAdmin,
  };
}
