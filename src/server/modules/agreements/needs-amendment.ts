import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { recordAudit } from '../audit/service';
import { agreements } from './schema';

/** Why an agreement in force no longer matches reality (kept until a new version is signed). */
export type NeedsAmendmentReason =
  | 'verbund_member_left'
  | 'offering_ended'
  | 'room_removed'
  | 'sessions_missing';

const flagOf = (row: typeof agreements.$inferSelect) => ({
  reason: row.needsAmendmentReason,
  detail: row.needsAmendmentDetail,
  since: row.needsAmendmentSince,
  version: row.version,
});

/**
 * Sets the "needs amendment" flag with its reason, audited with the flag it replaces. A flag with the same
 * reason is left as it is: the hourly checks find the same mismatch again and again. Returns whether it changed.
 */
export async function flagNeedsAmendment(
  tx: Executor,
  agreementId: string,
  reason: NeedsAmendmentReason,
  detail: string | null,
): Promise<boolean> {
  const [before] = await tx.select().from(agreements).where(eq(agreements.id, agreementId)).for('update');
  if (!before || before.needsAmendmentReason === reason) return false;
  const [after] = await tx
    .update(agreements)
    .set({
      needsAmendmentReason: reason,
      needsAmendmentDetail: detail,
      needsAmendmentSince: new Date(),
      version: sql`${agreements.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(agreements.id, agreementId))
    .returning();
  if (!after) return false;
  await recordAudit(tx, {
    actor: null,
    organizationId: null,
    entityType: 'agreement',
    entityId: agreementId,
    action: 'needs_amendment',
    before: flagOf(before),
    after: flagOf(after),
  });
  return true;
}
