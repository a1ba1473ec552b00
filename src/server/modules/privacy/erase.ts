import { randomBytes } from 'node:crypto';
import type { Executor } from '../../db/client';
import { AppError } from '../../http/errors';
import type { Actor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { forgetMemberships } from '../accounts/actor';
import { deleteMembership, ensureAnotherAdmin } from '../accounts/membership-changes';
import { eraseAccountRows } from '../accounts/personal-data';
import { pseudonymiseAgreements } from '../agreements/personal-data';
import { pseudonymiseAuditTrail } from '../audit/personal-data';
import { recordAudit } from '../audit/service';
import { releaseDirectoryDuties } from '../directory/personal-data';
import { deleteMailTo } from '../outbox/personal-data';
import { erasesWholeAccount, loadPerson, membershipsErasableBy, type PersonToErase } from './policy';

/**
 * DSGVO Art. 17, started by an admin: the whole account when the person belongs only to organisations the
 * actor administers (or the actor is an instance admin), otherwise only the memberships in the actor's
 * organisations; the answer says which.
 */
export async function erasePerson(ctx: ServiceContext, userId: string) {
  const result = await ctx.db.transaction(async (tx) => {
    const { row: person, ref, actor } = await loadPerson(ctx, userId, 'erase', { db: tx, lock: true });
    return erasesWholeAccount(actor, ref)
      ? eraseAccount(tx, actor, person)
      : removeFromActorsOrganizations(tx, actor, person);
  });
  forgetMemberships(userId);
  return result;
}

async function removeFromActorsOrganizations(tx: Executor, actor: Actor, person: PersonToErase) {
  const removed = membershipsErasableBy(actor, person.memberships);
  for (const membership of removed) {
    await ensureNotLastAdmin(tx, membership);
    await deleteMembership(tx, actor, membership.id);
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
function ensureNotLastAdmin(tx: Executor, membership: PersonToErase['memberships'][number]) {
  if (membership.role !== 'admin') return;
  return ensureAnotherAdmin(
    tx,
    membership.organizationId,
    new AppError('conflict', {
      detail: 'privacy.lastAdmin',
      params: { organization: membership.organizationName },
    }),
  );
}
