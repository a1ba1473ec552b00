import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import { AppError } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { recordLeadConsent } from './consent-round';
import { mailCoOrganizers } from './mail-co-organizers';
import { loadOffering, missingConsents, type OfferingRef, transitionsFrom } from './policy';
import { presentOffering } from './present';
import * as repo from './repo';
import { offerings } from './schema';
import type { transitionSchema } from './schemas';

/** Moves an offering through its lifecycle (policy.ts: the state machine and who may move it). */
export async function transitionOffering(
  ctx: ServiceContext,
  id: string,
  input: z.infer<typeof transitionSchema>,
) {
  const row = await ctx.db.transaction(async (tx) => {
    const {
      row: before,
      ref,
      actor,
    } = await loadOffering(ctx, id, 'transition', {
      version: input.version,
      lock: true,
      db: tx,
    });
    if (!transitionsFrom[before.status].includes(input.to)) {
      throw new AppError('conflict', {
        detail: 'offerings.conflict.transition',
        params: { from: before.status, to: input.to },
      });
    }
    if (input.to === 'agreed') await requireAllConsents(tx, before, ref);
    const [updated] = await tx
      .update(offerings)
      .set({
        status: input.to,
        statusChangedAt: new Date(),
        version: sql`${offerings.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(offerings.id, id))
      .returning();
    if (!updated) throw new Error('offering vanished');
    if (input.to === 'proposed') {
      await recordLeadConsent(tx, before, before.consentRound, actor);
      await mailCoOrganizers(ctx, tx, updated, 'proposed');
    }
    await recordAudit(tx, {
      actor,
      organizationId: before.leadOrganizationId,
      entityType: 'offering',
      entityId: id,
      action: `transition:${input.to}`,
      before: { status: before.status },
      after: { status: input.to, reason: input.reason ?? null },
    });
    return updated;
  });
  return presentOffering(ctx.db, ctx.actor, row);
}

/** "Agreed" needs every co-organiser's consent in the current round: 409 naming who is missing. */
async function requireAllConsents(tx: Executor, row: repo.OfferingRow, ref: OfferingRef) {
  const consents = await repo.consentsOf(tx, [row.id]);
  const missing = missingConsents(ref, row.consentRound, consents);
  if (missing.length === 0) return;
  const names = (await repo.organizationsByIds(tx, missing)).map((o) => o.name).sort();
  throw new AppError('conflict', {
    detail: 'offerings.conflict.consentMissing',
    params: { names: names.join(', ') },
  });
}
