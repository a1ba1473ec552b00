import { type AnyColumn, and, asc, eq, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { type ScrubTarget, scrubJson } from '../../scrub';
import type { PersonIdentity } from '../accounts/personal-data';
import { auditLog } from './schema';

/**
 * Art. 15/20: what the person did (entries with them as the actor). The before/after images are left
 * out: they describe records of the organisations and other people, not the person.
 */
export function auditDataOf(db: Executor, person: PersonIdentity) {
  return db
    .select({
      at: auditLog.at,
      organizationId: auditLog.organizationId,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      action: auditLog.action,
    })
    .from(auditLog)
    .where(eq(auditLog.actorUserId, person.userId))
    .orderBy(asc(auditLog.at));
}

/**
 * Art. 17: the trail keeps every entry (an erased actor's id points at the tombstone), but the name and
 * e-mail are replaced by the pseudonym wherever they appear in before/after images: membership changes,
 * invitations, comments, signatures, profiles of other organisations. Without `organizationId` this reads
 * every entry that contains the address or the name, a sequential scan that an erasure (rare, by an
 * admin) can afford.
 */
export async function pseudonymiseAuditTrail(
  tx: Executor,
  target: ScrubTarget,
  scope: { organizationId?: string } = {},
): Promise<number> {
  const needles = [target.email, target.name.trim()]
    .filter((text) => text.length > 0)
    .map((text) => `%${text}%`);
  const matches = (column: AnyColumn) => or(...needles.map((needle) => sql`${column}::text ilike ${needle}`));
  const rows = await tx
    .select({ id: auditLog.id, before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(
      and(
        scope.organizationId ? eq(auditLog.organizationId, scope.organizationId) : undefined,
        or(matches(auditLog.before), matches(auditLog.after)),
      ),
    );
  for (const row of rows) {
    await tx
      .update(auditLog)
      .set({ before: scrubJson(row.before, target), after: scrubJson(row.after, target) })
      .where(eq(auditLog.id, row.id));
  }
  return rows.length;
}
