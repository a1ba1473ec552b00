import { and, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { recordAudit } from '../audit/service';
import { addMonths, LIVE_STATUSES, todayInBerlin } from './lifecycle';
import type { AgreementRow } from './repo';
import { agreements } from './schema';

/**
 * Date-driven lifecycle steps: start → active, review date → review due, end date → ended or renewed.
 * Returns the number of agreements changed.
 */
export async function advanceByDate(db: Database, now = new Date()): Promise<number> {
  const today = todayInBerlin(now);
  const due = await db
    .select()
    .from(agreements)
    .where(
      or(
        and(eq(agreements.status, 'signed'), lte(agreements.startDate, today)),
        and(eq(agreements.status, 'active'), lte(agreements.reviewDate, today)),
        and(inArray(agreements.status, [...LIVE_STATUSES]), lt(agreements.endDate, today)),
      ),
    );
  let changed = 0;
  for (const row of due) {
    // E.g. an amended agreement past its end date waits for its new version: no transaction for nothing.
    const changes = dateChanges(row, today);
    if (!changes) continue;
    await db.transaction(async (tx) => {
      const [after] = await tx
        .update(agreements)
        .set({ ...changes, version: sql`${agreements.version} + 1`, updatedAt: new Date() })
        .where(and(eq(agreements.id, row.id), eq(agreements.version, row.version)))
        .returning();
      if (!after) return; // changed by someone meanwhile: the next run looks again
      await recordAudit(tx, {
        actor: null,
        organizationId: null,
        entityType: 'agreement',
        entityId: row.id,
        action: 'date_step',
        before: row,
        after,
      });
      changed++;
    });
  }
  return changed;
}

function dateChanges(row: AgreementRow, today: string): Partial<AgreementRow> | null {
  if (row.endDate && row.endDate < today && row.status !== 'amended') {
    if (!row.autoRenewal) return { status: 'ended' };
    let endDate = row.endDate;
    while (endDate < today) endDate = addMonths(endDate, row.renewalMonths);
    return { endDate };
  }
  if (row.status === 'signed' && row.startDate <= today) return { status: 'active' };
  if (row.status === 'active' && row.reviewDate && row.reviewDate <= today) return { status: 'review_due' };
  return null;
}
