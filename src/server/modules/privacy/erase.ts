import { randomBytes } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { AppError, notFound } from '../../http/errors';
import { type Actor, authorize, can, hasRoleIn, requireActor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { forgetMemberships } from '../accounts/actor';
import { eraseAccountRows, type PersonIdentity } from '../accounts/personal-data';
import { memberships, organizations, users } from '../accounts/schema';
import { pseudonymiseAgreements } from '../agreements/personal-data';
import { pseudonymiseAuditTrail } from '../audit/personal-data';
import { recordAudit } from '../audit/service';
import { releaseDirectoryDuties } from '../directory/personal-data';
import { deleteMailTo } from '../outbox/personal-data';
import { type PersonRef, personRules } from './policy';

interface PersonToErase extends PersonIdentity {
  isInstanceAdmin: boolean;
  isErased: boolean;
  memberships: { id: string; organizationId: string; organizationName: string; role: string }[];
}

async function loadPersonForUpdate(tx: Executor, userId: string): Promise<PersonToErase | undefined> {
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
  if (!user) return undefined;
  const rows = await tx
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

const refOf = (person: PersonToErase): PersonRef => ({
  userId: person.userId,
  isInstanceAdmin: person.isInstanceAdmin,
  isErased: person.isErased,
  organizationIds: person.memberships.map((m) => m.organizationId),
});

/**
 * DSGVO Art. 17, started by an admin: the whole account when the person belongs only to organisations the
 * actor administers (or the actor is an instance admin), otherwise only the memberships in the actor's
 * organisations; the answer says which.
 */
export async function erasePerson(ctx: ServiceContext, userId: string) {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  const result = await ctx.db.transaction(async (tx) => {
    const person = await loadPersonForUpdate(tx, userId);
    if (!person || !can(actor, personRules.see, refOf(person))) throw notFound();
    if (person.isErased) throw notFound();
    authorize(actor, personRules.erase, refOf(person));
    return can(actor, personRules.eraseAccount, refOf(person))
      ? eraseAccount(tx, actor, person)
      : removeFromActorsOrganizations(tx, actor, person);
  });
  forgetMemberships(userId);
  return result;
}

async function removeFromActorsOrganizations(tx: Executor, actor: Actor, person: PersonToErase) {
  const removed = person.memberships.filter((m) => hasRoleIn(actor, m.organizationId, ['admin']));
  for (const membership of removed) {
    await ensureNotLastAdmin(tx, membership);
    const [before] = await tx.delete(memberships).where(eq(memberships.id, membership.id)).returning();
    await recordAudit(tx, {
      actor,
      organizationId: membership.organizationId,
      entityType: 'membership',
      entityId: membership.id,
      action: 'delete',
      before,
    });
  }
  return {
    outcome: 'memberships_removed' as const,
    pseudonym: null,
    removedFrom: removed.map(({ organizationId, organizationName }) => ({
      organizationId,
      organizationName,
    })),
    otherMemberships: person.memberships.length - removed.length,
  };
}

async function eraseAccount(tx: Executor, actor: Actor, person: PersonToErase) {
  for (const membership of person.memberships) await ensureNotLastAdmin(tx, membership);
  const pseudonym = `Gelöschte Person ${randomBytes(2).toString('hex')}`;
  const target = { ...person, pseudonym };
  const removed = await eraseAccountRows(tx, person, pseudonym);
  await releaseDirectoryDuties(tx, person);
  await pseudonymiseAgreements(tx, target);
  await deleteMailTo(tx, person);
  // Written before the trail is scrubbed: the images hold ids and roles, the scrub catches anything else.
  for (const before of removed) {
    await recordAudit(tx, {
      actor,
      organizationId: before.organizationId,
      entityType: 'membership',
      entityId: before.id,
      action: 'delete',
      before,
    });
  }
  await recordAudit(tx, {
    actor,
    organizationId: null,
    entityType: 'user',
    entityId: person.userId,
    action: 'erase',
    after: { name: pseudonym, organizationIds: removed.map((m) => m.organizationId) },
  });
  await pseudonymiseAuditTrail(tx, target);
  return {
    outcome: 'account_erased' as const,
    pseudonym,
    removedFrom: person.memberships.map(({ organizationId, organizationName }) => ({
      organizationId,
      organizationName,
    })),
    otherMemberships: 0,
  };
}

// An organisation keeps at least one admin, or nobody could manage it any more.
async function ensureNotLastAdmin(tx: Executor, membership: PersonToErase['memberships'][number]) {
  if (membership.role !== 'admin') return;
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.organizationId, membership.organizationId), eq(memberships.role, 'admin')));
  if ((row?.count ?? 0) <= 1) {
    throw new AppError('conflict', {
      detail: 'privacy.lastAdmin',
      params: { organization: membership.organizationName },
    });
  }
}
