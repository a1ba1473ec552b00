import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { Actor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { mailCoOrganizers } from './mail-co-organizers';
import type * as repo from './repo';
import { type OfferingStatus, offeringConsents, offerings } from './schema';

/**
 * Consent rounds (issue 5, item 3):
 * - Proposing records the lead organisation's consent (it proposes) and mails the co-organisers; "agreed"
 *   needs the consent of every other co-organiser in the current round (transition-offering.ts).
 * - Changing responsibilities or schedules after agreement starts a new round: an "agreed" offering goes
 *   back to "proposed"; a published or running one stays visible to families (they rely on it) while the
 *   co-organisers are asked again (`needsConsentFrom`, e-mail).
 */
export async function recordLeadConsent(tx: Executor, row: repo.OfferingRow, round: number, actor: Actor) {
  await tx
    .insert(offeringConsents)
    .values({ offeringId: row.id, organizationId: row.leadOrganizationId, round, userId: actor.userId })
    .onConflictDoNothing();
}

/** Called inside the updating transaction when agreed terms changed. */
export async function startNewRound(ctx: ServiceContext, tx: Executor, row: repo.OfferingRow, actor: Actor) {
  const status: OfferingStatus = row.status === 'agreed' ? 'proposed' : row.status;
  const [updated] = await tx
    .update(offerings)
    .set({
      consentRound: sql`${offerings.consentRound} + 1`,
      status,
      ...(status !== row.status && { statusChangedAt: new Date() }),
    })
    .where(eq(offerings.id, row.id))
    .returning();
  if (!updated) throw new Error('offering vanished');
  await recordLeadConsent(tx, row, updated.consentRound, actor);
  await recordAudit(tx, {
    actor,
    organizationId: row.leadOrganizationId,
    entityType: 'offering',
    entityId: row.id,
    action: 'consent_round',
    before: { status: row.status, consentRound: row.consentRound },
    after: { status: updated.status, consentRound: updated.consentRound },
  });
  await mailCoOrganizers(ctx, tx, updated, 'newRound');
  return updated;
}
