import { and, asc, eq } from 'drizzle-orm';
import { AppError, notFound } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { COMMENTABLE_STATUSES, statusLabel } from './lifecycle';
import { loadAgreement, refOf } from './policy/agreements';
import { commentingOrganization } from './policy/rules';
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
  await loadAgreement(ctx, id, 'readContent');
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
  input: { version: number; section: CommentSection; body: string },
) {
  const row = await ctx.db.transaction(async (tx) => {
    // The comment is on the text the author read: `version` is the agreement's version they saw.
    const { row: loaded, actor } = await loadAgreement(ctx, id, 'commentAsParty', {
      version: input.version,
      db: tx,
    });
    // Comments belong to the review: a party member is refused because of the state (409), not the role.
    if (!COMMENTABLE_STATUSES.includes(loaded.row.status)) {
      throw new AppError('conflict', {
        detail: 'error.agreementNotCommentable.detail',
        params: { status: statusLabel(ctx.locale, loaded.row.status) },
      });
    }
    const organizationId = commentingOrganization(actor, refOf(loaded).parties);
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

export async function resolveComment(
  ctx: ServiceContext,
  id: string,
  commentId: string,
  input: { version: number },
) {
  const row = await ctx.db.transaction(async (tx) => {
    const { actor } = await loadAgreement(ctx, id, 'resolveComment', { version: input.version, db: tx });
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
