import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  type Actor,
  hasRoleIn,
  isMemberOf,
  makeLoader,
  permissionsFor,
  type Rule,
  signedIn,
} from '../../policy';
import type { ServiceContext } from '../../service-context';
import type { PersonIdentity } from '../accounts/personal-data';
import { memberships, organizations, users } from '../accounts/schema';

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

/** Sent with a member record: may the viewer start an erasure of this person? */
export const personPermissions = (actor: Actor, person: PersonRef) =>
  permissionsFor(actor, { erase: personRules.erase }, person);

/** The export of one's own data (Art. 15/20): being signed in is the rule. */
export const exportOwnData = (ctx: ServiceContext): Actor => signedIn(ctx);

export interface PersonToErase extends PersonIdentity {
  isInstanceAdmin: boolean;
  isErased: boolean;
  memberships: { id: string; organizationId: string; organizationName: string; role: string }[];
}

// Users, memberships and organisations are reference tables (decision 014): read here.
async function findPerson(db: Executor, userId: string, lock: boolean): Promise<PersonToErase | undefined> {
  const query = db.select().from(users).where(eq(users.id, userId));
  const [user] = await (lock ? query.for('update') : query);
  if (!user) return undefined;
  const rows = await db
    .select({
      id: memberships.id,
      organizationId: memberships.organizationId,
      organizationName: organizations.name,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organizations.name));
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    isInstanceAdmin: user.isInstanceAdmin,
    isErased: user.erasedAt !== null,
    memberships: rows,
  };
}

/** A person to erase: who may not see them, or finds them erased already, gets 404; 403 when not theirs to erase. */
export const loadPerson = makeLoader<PersonToErase, PersonRef, keyof typeof personRules>({
  rules: personRules,
  visible: (actor, person) => personRules.see(actor, person) && !person.isErased,
  find: findPerson,
  refOf: (_db, person) => ({
    userId: person.userId,
    isInstanceAdmin: person.isInstanceAdmin,
    isErased: person.isErased,
    organizationIds: person.memberships.map((m) => m.organizationId),
  }),
  versionOf: () => 0,
});

/** Whether the erasure takes the whole account (else only the memberships the actor administers). */
export const erasesWholeAccount = (actor: Actor, person: PersonRef) =>
  personRules.eraseAccount(actor, person);

/** The memberships of the person the actor's erasure removes when the account stays. */
export const membershipsErasableBy = <M extends { organizationId: string }>(actor: Actor, list: M[]) =>
  list.filter((m) => administers(actor, m.organizationId));
