import { and, asc, eq } from 'drizzle-orm';
import { AppError, notFound } from '../../http/errors';
import { requireActor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { loadFor } from './access';
import { actsFor, agreementRules } from './policy';
import { refOf } from './present';
import { organizationNames } from './repo';
import { agreementComments, type SectionKey } from './schema';

type CommentRow = typeof agreementComments.$inferSelect;
type CommentSection = SectionKey | 'general';

function present(row: CommentRow, names: Map<string, string>) {
  return {
    id: row.id,
    versionNumber: row.versionNumber,
    section: row.section as CommentSection,
    body: row.body,
    author: { id: row.authorId ?? '', name: row.authorName },
    organization: row.organizationId
      ? { id: row.organizationId, name: names.get(row.organizationId) ?? '' }
      : null,
    createdAt: row.createdAt,
    resolvedAt: row.resolvedAt,
  };
}

/** Review comments, oldest first; of one version or of all. */
export async function listComments(ctx: ServiceContext, id: string, version?: number) {
  await loadFor(ctx, ctx.db, id, agreementRules.readContent);
  const rows = await ctx.db
    .select()
    .from(agreementComments)
    .where(
      and(
        eq(agreementComments.agreementId, id),
        version === undefined ? undefined : eq(agreementComments.versionNumber, version),
      ),
    )
    .orderBy(asc(agreementComments.createdAt), asc(agreementComments.id));
  const names = await organizationNames(
    ctx.db,
    rows.flatMap((r) => (r.organizationId ? [r.organizationId] : [])),
  );
  return { items: rows.map((r) => present(r, names)) };
}

export async function addComment(
  ctx: ServiceContext,
  id: string,
  input: { section: CommentSection; body: string },
) {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  const row = await ctx.db.transaction(async (tx) => {
    const loaded = await loadFor(ctx, tx, id, agreementRules.readContent);
    const ref = refOf(loaded);
    if (!agreementRules.comment(actor, ref)) {
      // A party member is refused because of the state (comments belong to the review), others by role.
      const isParty = loaded.parties.some((p) => actsFor(actor, p, ['admin', 'lead', 'staff', 'planner']));
      throw new AppError(isParty ? 'conflict' : 'forbidden');
    }
    // The comment speaks for the party organisation the author belongs to.
    const party = loaded.parties.find((p) => actsFor(actor, p, ['admin', 'lead', 'staff', 'planner']));
    const organizationId =
      actor.memberships.find(
        (m) => party && [party.organizationId, ...party.facilityIds].includes(m.organizationId),
      )?.organizationId ?? null;
    const [inserted] = await tx
      .insert(agreementComments)
      .values({
        agreementId: id,
        versionNumber: loaded.row.currentVersion,
        section: input.section,
        body: input.body,
        authorId: actor.userId,
        authorName: actor.name,
        organizationId,
      })
      .returning();
    if (!inserted) throw new AppError('internal');
    await recordAudit(tx, {
      actor,
      organizationId,
      entityType: 'agreement_comment',
      entityId: inserted.id,
      action: 'create',
      after: inserted,
    });
    return inserted;
  });
  return present(row, await organizationNames(ctx.db, row.organizationId ? [row.organizationId] : []));
}

export async function resolveComment(ctx: ServiceContext, id: string, commentId: string) {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  const row = await ctx.db.transaction(async (tx) => {
    const loaded = await loadFor(ctx, tx, id, agreementRules.readContent);
    if (!loaded.parties.some((p) => actsFor(actor, p, ['admin', 'lead', 'staff']))) {
      throw new AppError('forbidden');
    }
    const [updated] = await tx
      .update(agreementComments)
      .set({ resolvedAt: new Date() })
      .where(and(eq(agreementComments.id, commentId), eq(agreementComments.agreementId, id)))
      .returning();
    if (!updated) throw notFound();
    await recordAudit(tx, {
      actor,
      organizationId: updated.organizationId,
      entityType: 'agreement_comment',
      entityId: commentId,
      action: 'resolve',
      after: updated,
    });
    return updated;
  });
  return present(row, await organizationNames(ctx.db, row.organizationId ? [row.organizationId] : []));
}
