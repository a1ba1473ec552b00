import { and, eq } from 'drizzle-orm';
import { AppError, invalidField, notFound } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { loadRoom } from './policy/rooms';
import * as repo from './repo';
import { roomClosures } from './schema';

export async function listClosures(ctx: ServiceContext, roomId: string, query: { from?: Date; to?: Date }) {
  await loadRoom(ctx, roomId, 'read');
  return { items: await repo.listClosures(ctx.db, roomId, query.from, query.to) };
}

export async function addClosure(
  ctx: ServiceContext,
  roomId: string,
  input: { startsAt: Date; endsAt: Date; reason?: string | null | undefined },
) {
  const { row, actor } = await loadRoom(ctx, roomId, 'manageClosures');
  if (input.endsAt <= input.startsAt) throw invalidField('endsAt', 'rooms.validation.endBeforeStart');
  return ctx.db.transaction(async (tx) => {
    const [closure] = await tx
      .insert(roomClosures)
      .values({ roomId, ...input, source: 'manual', createdBy: actor.userId })
      .returning();
    if (!closure) throw new AppError('internal');
    await recordAudit(tx, {
      actor,
      organizationId: row.room.organizationId,
      entityType: 'room_closure',
      entityId: closure.id,
      action: 'create',
      after: closure,
    });
    const { externalUid: _u, createdBy: _c, ...shown } = closure;
    return shown;
  });
}

export async function removeClosure(ctx: ServiceContext, roomId: string, closureId: string) {
  const { row, actor } = await loadRoom(ctx, roomId, 'manageClosures');
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .delete(roomClosures)
      .where(and(eq(roomClosures.id, closureId), eq(roomClosures.roomId, roomId)))
      .returning();
    if (!before) throw notFound();
    await recordAudit(tx, {
      actor,
      organizationId: row.room.organizationId,
      entityType: 'room_closure',
      entityId: closureId,
      action: 'delete',
      before,
    });
  });
}
