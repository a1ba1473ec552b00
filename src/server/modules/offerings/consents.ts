import type { z } from 'zod';
import type { Executor } from '../../db/client';
import { AppError, invalidField, sqlState } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { capacityWarningsFor } from '../cooperations/capacity-warnings';
import type { consentInputSchema } from './collaboration-schemas';
import {
  consentAsked,
  consentableOrganizations,
  loadOffering,
  missingConsents,
  offeringRefOf,
} from './policy';
import * as repo from './repo';
import { offeringConsents } from './schema';

/** The co-organisers' consents to an offering's terms, round by round (consent-round.ts). */

export async function listConsents(ctx: ServiceContext, id: string) {
  const { row } = await loadOffering(ctx, id, 'read');
  return consentsView(ctx.db, row);
}

async function consentsView(db: Executor, row: repo.OfferingRow) {
  const [organizers, consents] = await Promise.all([
    repo.organizersOf(db, [row.id]),
    repo.consentsOf(db, [row.id]),
  ]);
  const ref = offeringRefOf(row, organizers);
  const current = consents.filter((c) => c.round === row.consentRound);
  const nameOf = (orgId: string) =>
    organizers.find((o) => o.organizationId === orgId)?.organizationName ?? '';
  return {
    round: row.consentRound,
    complete: missingConsents({ ...ref, status: 'proposed' }, row.consentRound, consents).length === 0,
    items: organizers.map((o) => {
      const given = current.find((c) => c.organizationId === o.organizationId);
      return {
        organizationId: o.organizationId,
        organizationName: o.organizationName,
        isLead: o.organizationId === row.leadOrganizationId,
        consentedAt: given?.givenAt ?? null,
        consentedByName: given?.userName ?? null,
      };
    }),
    history: consents.map((c) => ({
      round: c.round,
      organizationId: c.organizationId,
      organizationName: nameOf(c.organizationId),
      consentedAt: c.givenAt,
      consentedByName: c.userName,
    })),
  };
}

/** A co-organiser consents to the current terms; `round` is the round the client read (409 when newer). */
export async function giveConsent(
  ctx: ServiceContext,
  id: string,
  input: z.infer<typeof consentInputSchema>,
) {
  const row = await ctx.db.transaction(async (tx) => {
    const { row: current, ref, actor } = await loadOffering(ctx, id, 'consent', { lock: true, db: tx });
    const mine = consentableOrganizations(actor, ref);
    const organizationId = input.organizationId ?? mine[0];
    if (!organizationId || !mine.includes(organizationId)) {
      throw invalidField('organizationId', 'offerings.validation.notConsenting', 'bad_request');
    }
    if (!consentAsked(ref)) {
      throw new AppError('conflict', {
        detail: 'offerings.conflict.noConsentAsked',
        params: { status: current.status },
      });
    }
    if (input.round !== current.consentRound) {
      throw new AppError('conflict', {
        detail: 'offerings.conflict.staleRound',
        params: { current: current.consentRound },
      });
    }
    try {
      await tx
        .insert(offeringConsents)
        .values({ offeringId: id, organizationId, round: current.consentRound, userId: actor.userId });
    } catch (error) {
      if (sqlState(error) === '23505')
        throw new AppError('conflict', { detail: 'offerings.conflict.alreadyConsented' });
      throw error;
    }
    await recordAudit(tx, {
      actor,
      organizationId,
      entityType: 'offering',
      entityId: id,
      action: 'consent',
      after: { organizationId, round: current.consentRound },
    });
    return { current, organizationId };
  });
  // Consent binds the organisation's session hours: a warning (never a refusal) when they exceed its hours.
  const capacityWarnings = await capacityWarningsFor(ctx.db, ctx.actor, {
    kind: 'offering',
    offeringId: id,
    organizationId: row.organizationId,
  });
  return { ...(await consentsView(ctx.db, row.current)), capacityWarnings };
}
