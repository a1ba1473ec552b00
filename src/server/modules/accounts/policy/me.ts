import { type Actor, plannedMunicipalities } from '../../../policy';
import { cooperationsPermissions } from '../../cooperations/policy/navigation';
import { directoryPermissions } from '../../directory/policy';
import { planningPermissions } from '../../planning/policy/navigation';
import { sealPermissions } from '../../seal/policy/navigation';
import { createOrganization } from './organizations';

/**
 * What the web app may offer the signed-in person, sent with GET /me: the navigation and the start pages
 * show exactly these and decide nothing themselves. Each record still carries its own `permissions`.
 */
export function mePermissions(actor: Actor) {
  const isMember = actor.memberships.length > 0;
  // A Landesjugendamt reads aggregates only: it runs no offerings, rooms or agreements of its own here.
  const works = actor.memberships.some((m) => m.organizationType !== 'state_office');
  return {
    ...directoryPermissions(actor),
    ...cooperationsPermissions(actor),
    ...planningPermissions(actor),
    ...sealPermissions(actor),
    // The organisation admin page lists and creates organisations: instance admins, and planners for
    // their municipality.
    administerOrganizations:
      actor.isInstanceAdmin ||
      plannedMunicipalities(actor).some((municipalityId) =>
        createOrganization(actor, { type: 'family_centre', municipalityId, providerId: null }),
      ),
    // A Landesjugendamt sees a whole state's aggregates: offered as a type only to who may create one.
    createStateOffice: createOrganization(actor, {
      type: 'state_office',
      municipalityId: '',
      providerId: null,
    }),
    viewOwnOrganizations: isMember,
    // Offerings, rooms and agreements are work of an organisation; each record's permissions decide the rest.
    manageOfferings: works,
    useRooms: works,
    useAgreements: works,
  };
}

export type MePermissions = ReturnType<typeof mePermissions>;
