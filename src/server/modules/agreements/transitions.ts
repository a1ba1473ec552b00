import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/client';
import { AppError } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { capacityWarningsFor } from '../cooperations/capacity-warnings';
import { getFresh } from './edit';
import { assertTransition, todayInBerlin } from './lifecycle';
import { verbundMembersOf } from './parties';
import { loadAgreement } from './policy/agreements';
import { partyName, termOf } from './present';
import type { LoadedAgreement } from './repo';
import {
  type AgreementStatus,
  agreementParties,
  agreementSignatures,
  agreements,
  agreementVersions,
} from './schema';
import type { TransitionInput } from './schemas';

type Changes = Partial<typeof agreements.$inferInsert>;

/** Every party must have signed the current version; 409 names those still missing. */
async function completeSignature(tx: Transaction, loaded: LoadedAgreement): Promise<Changes> {
  const missing = loaded.parties.filter((p) => !loaded.signedPartyIds.has(p.id));
  if (missing.length > 0) {
    throw new AppError('conflict', {
      detail: 'error.agreementMissingSignatures.detail',
      params: { parties: missing.map(partyName).join('; ') },
    });
  }
  const { row } = loaded;
  const now = new Date();
  if (row.inForceVersion !== null) {
    await tx
      .update(agreementVersions)
      .set({ status: 'superseded', updatedAt: now })
      .where(
        and(eq(agreementVersions.agreementId, row.id), eq(agreementVersions.number, row.inForceVersion)),
      );
  }
  // Parties and term are kept with the signed version so its document can be reproduced later.
  const snapshot = {
    title: row.title,
    term: termOf(row),
    parties: loaded.parties.map((p) => ({
      id: p.id,
      organizationId: p.organizationId,
      organizationName: p.organizationName,
      facilities: p.facilities,
      representativeName: p.representativeName,
      representativeRole: p.representativeRole,
    })),
  };
  await tx
    .update(agreementVersions)
    .set({ status: 'signed', signedAt: now, snapshot, updatedAt: now })
    .where(and(eq(agreementVersions.agreementId, row.id), eq(agreementVersions.number, row.currentVersion)));
  // What the signed version relies on now: the Verbund memberships as of today.
  for (const party of loaded.parties) {
    const verbunds = Object.keys(party.verbundMembers);
    if (verbunds.length === 0) continue;
    await tx
      .update(agreementParties)
      .set({ verbundMembers: await verbundMembersOf(tx, verbunds) })
      .where(eq(agreementParties.id, party.id));
  }
  return {
    inForceVersion: row.currentVersion,
    needsAmendmentReason: null,
    needsAmendmentDetail: null,
    needsAmendmentSince: null,
  };
}

async function changesFor(
  tx: Transaction,
  loaded: LoadedAgreement,
  input: TransitionInput,
): Promise<Changes> {
  const { row } = loaded;
  const today = todayInBerlin();
  switch (input.to) {
    case 'signed':
      return completeSignature(tx, loaded);
    case 'active': {
      if (row.startDate > today) {
        throw new AppError('conflict', {
          detail: 'error.agreementNotStarted.detail',
          params: { date: row.startDate },
        });
      }
      if (row.status !== 'review_due') return {};
      if (input.nextReviewDate !== undefined && input.nextReviewDate <= today) {
        throw new AppError('validation', {
          errors: [{ path: 'nextReviewDate', message: 'validation.agreementNextReviewDate' }],
        });
      }
      return { reviewDate: input.nextReviewDate ?? null };
    }
    case 'in_review':
      // Going back from signature: signatures of the unchanged text no longer count.
      if (row.status === 'ready_for_signature') {
        await tx
          .delete(agreementSignatures)
          .where(
            and(
              eq(agreementSignatures.agreementId, row.id),
              eq(agreementSignatures.versionNumber, row.currentVersion),
            ),
          );
      }
      return {};
    default:
      return {};
  }
}

export async function transition(ctx: ServiceContext, id: string, input: TransitionInput) {
  await ctx.db.transaction(async (tx) => {
    const { row: loaded } = await loadAgreement(ctx, id, 'transition', {
      version: input.version,
      lock: true,
      db: tx,
    });
    const { row } = loaded;
    assertTransition(ctx.locale, row.status, input.to);
    const changes = await changesFor(tx, loaded, input);
    // Back to draft during an amendment keeps the "amended" state: a signed version is still in force.
    const status: AgreementStatus =
      input.to === 'draft' && row.inForceVersion !== null ? 'amended' : input.to;
    const [after] = await tx
      .update(agreements)
      .set({ ...changes, status, version: row.version + 1, updatedAt: new Date() })
      .where(eq(agreements.id, row.id))
      .returning();
    await recordAudit(tx, {
      actor: ctx.actor,
      organizationId: loaded.parties[0]?.organizationId ?? null,
      entityType: 'agreement',
      entityId: row.id,
      action: `transition:${row.status}->${status}`,
      before: row,
      after: { ...after, note: input.note ?? null },
    });
  });
  // Signing binds the parties' hours: each party organisation pushed past its hours is warned (never refused).
  const capacityWarnings =
    input.to === 'signed'
      ? await capacityWarningsFor(ctx.db, ctx.actor, { kind: 'agreement', agreementId: id })
      : [];
  return { ...(await getFresh(ctx, id)), capacityWarnings };
}

export async function setSharing(
  ctx: ServiceContext,
  id: string,
  input: { version: number; sharedWithYouthOffice: boolean },
) {
  await ctx.db.transaction(async (tx) => {
    const { row: loaded } = await loadAgreement(ctx, id, 'share', {
      version: input.version,
      lock: true,
      db: tx,
    });
    const [after] = await tx
      .update(agreements)
      .set({
        sharedWithYouthOffice: input.sharedWithYouthOffice,
        version: loaded.row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(agreements.id, id))
      .returning();
    await recordAudit(tx, {
      actor: ctx.actor,
      organizationId: loaded.parties[0]?.organizationId ?? null,
      entityType: 'agreement',
      entityId: id,
      action: 'sharing',
      before: { sharedWithYouthOffice: loaded.row.sharedWithYouthOffice },
      after: { sharedWithYouthOffice: after?.sharedWithYouthOffice },
    });
  });
  return getFresh(ctx, id);
}
