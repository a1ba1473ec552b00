import { and, asc, eq, gt, or } from 'drizzle-orm';
import { decodeCursor, instantCursorSchema, toPage } from '../../http/pagination';
import type { ServiceContext } from '../../service-context';
import { organizations, users } from '../accounts/schema';
import { recordAudit } from '../audit/service';
import { commentingOrganization, loadOffering } from './policy';
import { offeringComments } from './schema';

/** The co-organisers' comment thread of an offering, oldest first. */

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
  await loadOffering(ctx, id, 'readInternal');
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

/** A comment adds to the thread and changes nothing of the offering, so it sends no version. */
export async function addComment(ctx: ServiceContext, id: string, input: { body: string }) {
  const { ref, actor } = await loadOffering(ctx, id, 'comment');
  const organizationId = commentingOrganization(actor, ref);
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
