import { AppError } from '../../../http/errors';
import { type Actor, makeLoader, openToAll, type Rule } from '../../../policy';
import type { ServiceContext } from '../../../service-context';
import { findOrganization } from '../find-organization';
import * as repo from '../repo';
import type { invitations } from '../schema';
import { type OrganizationRef, organizationRules } from './organizations';

type InvitationRow = typeof invitations.$inferSelect;

export const invitationRules = {
  // Whoever manages the members of the organisation manages its invitations.
  revoke: organizationRules.manageMembers,
} satisfies Record<string, Rule<OrganizationRef>>;

/** A pending invitation (an accepted or revoked one is gone: 404), judged by its organisation. */
export const loadInvitation = makeLoader<InvitationRow, OrganizationRef, keyof typeof invitationRules>({
  rules: invitationRules,
  visible: organizationRules.read,
  find: async (db, id) => {
    const row = await repo.findInvitation(db, id);
    return row && !row.acceptedAt && !row.revokedAt ? row : undefined;
  },
  refOf: async (db, row) => {
    const org = await findOrganization(db, row.organizationId);
    if (!org) throw new AppError('internal');
    return org;
  },
  versionOf: () => 0,
});

/** The link in the e-mail is the credential: anybody holding it may see what it offers. */
export const readInvitationByToken = (ctx: ServiceContext) => openToAll(ctx);

/**
 * Accepting needs the link; a signed-in person accepts only an invitation to their own address (403
 * otherwise), somebody signed out creates the account with it. Returns who accepts, if signed in.
 */
export function acceptInvitationAs(ctx: ServiceContext, invitation: { email: string }): Actor | null {
  const actor = openToAll(ctx);
  if (actor && actor.email.toLowerCase() !== invitation.email) {
    throw new AppError('forbidden', { detail: 'validation.invitationEmailMismatch' });
  }
  return actor;
}
