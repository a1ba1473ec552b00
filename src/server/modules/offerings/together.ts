import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import { AppError, invalidField, sqlState } from '../../http/errors';
import { translate } from '../../http/i18n';
import { decodeCursor, instantCursorSchema, toPage } from '../../http/pagination';
import { type Actor, authorize, isMemberOf } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { organizations, users } from '../accounts/schema';
import { recordAudit } from '../audit/service';
import { enqueueEmail } from '../outbox/service';
import { readable } from './access';
import {
  allowedTransitions,
  consentableOrganizations,
  managesLead,
  offeringRules,
  transitionsFrom,
} from './policy';
import { consentAsked, missingConsents, presentOffering } from './present';
import * as repo from './repo';
import { type OfferingStatus, offeringComments, offeringConsents, offerings } from './schema';
import type { consentInputSchema, transitionSchema } from './schemas';

/**
 * Developing an offering together (issue 5, item 3). Decisions:
 * - Proposing records the lead organisation's consent (it proposes) and mails the co-organisers' leads
 *   and admins; "agreed" needs the consent of every other co-organiser in the current round (409 naming
 *   who is missing).
 * - Changing responsibilities or schedules after agreement starts a new round: an "agreed" offering goes
 *   back to "proposed"; a published or running one stays visible to families (they rely on it) while the
 *   co-organisers are asked again (`needsConsentFrom`, e-mail).
 */

async function lockedOffering(ctx: ServiceContext, tx: Executor, id: string) {
  return readable(ctx, id, true, tx, true);
}

async function recordConsent(
  tx: Executor,
  offeringId: string,
  organizationId: string,
  round: number,
  actor: Actor,
) {
  await tx
    .insert(offeringConsents)
    .values({ offeringId, organizationId, round, userId: actor.userId })
    .onConflictDoNothing();
}

async function mailCoOrganizers(
  ctx: ServiceContext,
  tx: Executor,
  row: repo.OfferingRow,
  kind: 'proposed' | 'newRound',
) {
  const organizers = await repo.organizersOf(tx, [row.id]);
  const lead = organizers.find((o) => o.organizationId === row.leadOrganizationId);
  const others = organizers.filter((o) => o.organizationId !== row.leadOrganizationId);
  const recipients = await repo.consentersOf(
    tx,
    others.map((o) => o.organizationId),
  );
  const url = `${ctx.config.publicUrl}/angebote/verwalten/${row.id}`;
  for (const r of recipients) {
    const organizer = others.find((o) => o.organizationId === r.organizationId);
    const params = {
      title: row.title,
      lead: lead?.organizationName ?? '',
      organization: organizer?.organizationName ?? '',
      responsibilities: [...(organizer?.responsibilities ?? []), organizer?.otherResponsibilities]
        .filter(Boolean)
        .join(', '),
      url,
    };
    await enqueueEmail(tx, {
      to: r.email,
      subject: translate(ctx.locale, `offerings.mail.${kind}.subject`, params),
      text: translate(ctx.locale, `offerings.mail.${kind}.text`, params),
    });
  }
}

/** Called inside the updating transaction when agreed terms changed. */
export async function startNewRound(ctx: ServiceContext, tx: Executor, row: repo.OfferingRow) {
  const actor = ctx.actor as Actor;
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
  await recordConsent(tx, row.id, row.leadOrganizationId, updated.consentRound, actor);
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

export async function transition(ctx: ServiceContext, id: string, input: z.infer<typeof transitionSchema>) {
  const row = await ctx.db.transaction(async (tx) => {
    const { row: before, ref, actor } = await lockedOffering(ctx, tx, id);
    authorize(actor, managesLead, ref);
    if (input.version !== undefined && input.version !== before.version) {
      throw new AppError('conflict', {
        detail: 'error.staleVersion.detail',
        params: { current: before.version },
      });
    }
    if (!transitionsFrom[before.status].includes(input.to)) {
      throw new AppError('conflict', {
        detail: 'offerings.conflict.transition',
        params: { from: before.status, to: input.to },
      });
    }
    authorize(actor, (a, r) => allowedTransitions(a, r).includes(input.to), ref);
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
      await recordConsent(tx, id, before.leadOrganizationId, before.consentRound, actor);
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

async function requireAllConsents(tx: Executor, row: repo.OfferingRow, ref: ReturnType<typeof repo.refOf>) {
  const consents = await repo.consentsOf(tx, [row.id]);
  const missing = missingConsents(ref, row.consentRound, consents);
  if (missing.length === 0) return;
  const names = (await repo.organizationsByIds(tx, missing)).map((o) => o.name).sort();
  throw new AppError('conflict', {
    detail: 'offerings.conflict.consentMissing',
    params: { names: names.join(', ') },
  });
}

export async function listConsents(ctx: ServiceContext, id: string) {
  const { row } = await readable(ctx, id);
  return consentsView(ctx.db, row);
}

async function consentsView(db: Executor, row: repo.OfferingRow) {
  const [organizers, consents] = await Promise.all([
    repo.organizersOf(db, [row.id]),
    repo.consentsOf(db, [row.id]),
  ]);
  const ref = repo.refOf(row, organizers);
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

export async function consent(ctx: ServiceContext, id: string, input: z.infer<typeof consentInputSchema>) {
  const row = await ctx.db.transaction(async (tx) => {
    const { row: current, ref, actor } = await lockedOffering(ctx, tx, id);
    const mine = consentableOrganizations(actor, ref);
    authorize(actor, () => mine.length > 0, ref);
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
    if (input.round !== undefined && input.round !== current.consentRound) {
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
    return current;
  });
  return consentsView(ctx.db, row);
}

// --- comments ---

const commentColumns = {
  id: offeringComments.id,
  body: offeringComments.body,
  authorName: users.name,
  organizationId: offeringComments.organizationId,
  organizationName: organizations.name,
  createdAt: offeringComments.createdAt,
};

export async function listComments(
  ctx: ServiceContext,
  id: string,
  query: { limit: number; cursor?: string | undefined },
) {
  const { ref, actor } = await readable(ctx, id);
  authorize(actor, offeringRules.readInternal, ref);
  const after = query.cursor ? decodeCursor(query.cursor, instantCursorSchema) : null;
  const rows = await ctx.db
    .select(commentColumns)
    .from(offeringComments)
    .leftJoin(users, eq(users.id, offeringComments.authorUserId))
    .leftJoin(organizations, eq(organizations.id, offeringComments.organizationId))
    .where(
      and(
        eq(offeringComments.offeringId, id),
        after
          ? or(
              gt(offeringComments.createdAt, new Date(after[0])),
              and(eq(offeringComments.createdAt, new Date(after[0])), gt(offeringComments.id, after[1])),
            )
          : undefined,
      ),
    )
    .orderBy(asc(offeringComments.createdAt), asc(offeringComments.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (r) => [r.createdAt.toISOString(), r.id]);
}

export async function addComment(ctx: ServiceContext, id: string, input: { body: string }) {
  const { ref, actor } = await readable(ctx, id, false, ctx.db, true);
  authorize(actor, offeringRules.comment, ref);
  const organizationId =
    ref.organizers.find((o) => isMemberOf(actor, o.organizationId))?.organizationId ?? null;
  const commentId = await ctx.db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(offeringComments)
      .values({ offeringId: id, authorUserId: actor.userId, organizationId, body: input.body })
      .returning({ id: offeringComments.id });
    if (!inserted) throw new Error('comment insert returned nothing');
    await recordAudit(tx, {
      actor,
      organizationId: ref.leadOrganizationId,
      entityType: 'offering',
      entityId: id,
      action: 'comment',
      after: { commentId: inserted.id },
    });
    return inserted.id;
  });
  const [row] = await ctx.db
    .select(commentColumns)
    .from(offeringComments)
    .leftJoin(users, eq(users.id, offeringComments.authorUserId))
    .leftJoin(organizations, eq(organizations.id, offeringComments.organizationId))
    .where(eq(offeringComments.id, commentId));
  if (!row) throw new Error('comment vanished');
  return row;
}
