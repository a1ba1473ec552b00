import { and, eq } from 'drizzle-orm';
import { AppError, invalidField, notFound } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { findOrganization } from '../accounts/find-organization';
import { recordAudit } from '../audit/service';
import { grantsScope, loadRoom } from './policy/rooms';
import * as repo from './repo';
import { roomGrants } from './schema';

function presentGrant(row: Awaited<ReturnType<typeof repo.listGrants>>[number]) {
  const { organizationId, organizationName, ...grant } = row;
  return { ...grant, organization: { id: organizationId, name: organizationName } };
}

export async function listGrants(ctx: ServiceContext, roomId: string) {
  const { ref, actor } = await loadRoom(ctx, roomId, 'viewGrants');
  const rows = await repo.listGrants(ctx.db, roomId, grantsScope(actor, ref));
  return { items: rows.map(presentGrant) };
}

export async function addGrant(
  ctx: ServiceContext,
  roomId: string,
  input: { organizationId: string; note?: string | null | undefined; validUntil?: string | null | undefined },
) {
  const { row, actor } = await loadRoom(ctx, roomId, 'manageGrants');
  const room = row.room;
  if (input.organizationId === room.organizationId) {
    throw invalidField('organizationId', 'rooms.validation.grantOwnOrganization');
  }
  if (!(await findOrganization(ctx.db, input.organizationId))) {
    throw invalidField('organizationId', 'rooms.validation.unknownOrganization');
  }
  const id = await ctx.db.transaction(async (tx) => {
    const [grant] = await tx
      .insert(roomGrants)
      .values({ roomId, ...input, createdBy: actor.userId })
      .onConflictDoNothing()
      .returning();
    if (!grant) throw new AppError('conflict', { detail: 'rooms.error.grantExists.detail' });
    await recordAudit(tx, {
      actor,
      organizationId: room.organizationId,
      entityType: 'room_grant',
      entityId: grant.id,
      action: 'create',
      after: grant,
    });
    return grant.id;
  });
  const grant = (await repo.listGrants(ctx.db, roomId)).find((g) => g.id === id);
  if (!grant) throw new AppError('internal');
  return presentGrant(grant);
}

export async function removeGrant(ctx: ServiceContext, roomId: string, grantId: string) {
  const { row, actor } = await loadRoom(ctx, roomId, 'manageGrants');
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .delete(roomGrants)
      .where(and(eq(roomGrants.id, grantId), eq(roomGrants.roomId, roomId)))
      .returning();
    if (!before) throw notFound();
    await recordAudit(tx, {
      actor,
      organizationId: row.room.organizationId,
      entityType: 'room_grant',
      entityId: grantId,
      action: 'delete',
      before,
    });
  });
}
