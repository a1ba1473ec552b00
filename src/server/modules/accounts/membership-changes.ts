import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { AppError } from '../../http/errors';
import type { Actor } from '../../policy';
import { recordAudit } from '../audit/service';
import { forgetMemberships } from './actor';
import * as repo from './repo';
import { memberships } from './schema';

type MembershipRow = typeof memberships.$inferSelect;

// An organisation with members keeps at least one admin, or nobody could manage it any more.
export async function ensureAnotherAdmin(tx: Executor, organizationId: string, conflict?: AppError) {
  if ((await repo.countAdmins(tx, organizationId)) <= 1) {
    throw conflict ?? new AppError('conflict', { detail: 'validation.lastAdmin' });
  }
}

export function auditMembership(
  tx: Executor,
  actor: Actor | null,
  action: string,
  before: MembershipRow | undefined,
  after: MembershipRow | undefined,
) {
  const row = after ?? before;
  if (!row) return;
  return recordAudit(tx, {
    actor,
    organizationId: row.organizationId,
    entityType: 'membership',
    entityId: row.id,
    action,
    before,
    after,
  });
}

/**
 * Deletes a membership with its audit entry, inside the caller's transaction; the caller has decided access
 * and checked that the organisation keeps an admin. Also used by the erasure (privacy).
 */
export async function deleteMembership(tx: Executor, actor: Actor, membershipId: string) {
  const [before] = await tx.delete(memberships).where(eq(memberships.id, membershipId)).returning();
  if (!before) return undefined;
  await auditMembership(tx, actor, 'delete', before, undefined);
  forgetMemberships(before.userId);
  return before;
}
