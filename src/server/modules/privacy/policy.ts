import { type Actor, hasRoleIn, isMemberOf, type Rule } from '../../policy';

/** What the erasure rules need to know about a person. */
export interface PersonRef {
  userId: string;
  isInstanceAdmin: boolean;
  isErased: boolean;
  organizationIds: string[];
}

const administers = (actor: Actor, organizationId: string) => hasRoleIn(actor, organizationId, ['admin']);

/**
 * The whole account goes only when nothing of the person stays outside the actor's reach: an
 * organisation admin cannot delete an account another organisation still relies on, nor an instance
 * admin's. An instance admin does not erase their own account (the instance would lose its admin).
 */
const eraseAccount: Rule<PersonRef> = (actor, person) =>
  !person.isErased &&
  (actor.isInstanceAdmin
    ? !(person.isInstanceAdmin && person.userId === actor.userId)
    : !person.isInstanceAdmin &&
      person.organizationIds.length > 0 &&
      person.organizationIds.every((id) => administers(actor, id)));

export const personRules = {
  // Colleagues may know that a person exists; anyone else gets 404 (not 403) so nothing leaks.
  see: (actor, person) =>
    actor.isInstanceAdmin ||
    actor.userId === person.userId ||
    person.organizationIds.some((id) => isMemberOf(actor, id)),
  eraseAccount,
  // The account, or else the person's memberships in the organisations the actor administers.
  erase: (actor, person) =>
    eraseAccount(actor, person) ||
    (!person.isErased && person.organizationIds.some((id) => administers(actor, id))),
} satisfies Record<string, Rule<PersonRef>>;

/** The subset sent with a member record: may the viewer start an erasure of this person? */
export const personPermissionRules = { erase: personRules.erase };
