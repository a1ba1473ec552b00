import { and, count, eq, gt, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { AppError, invalidField } from '../../http/errors';
import { encodeCursor } from '../../http/pagination';
import type { ServiceContext } from '../../service-context';
import { findOrganization } from '../accounts/find-organization';
import { recordAudit } from '../audit/service';
import { allowCreateRoom, loadRoom, roomListScope } from './policy/rooms';
import { presentRoom } from './present-room';
import * as repo from './repo';
import { roomBookings, rooms } from './schema';
import type { CreateRoomInput, RoomListQuery, UpdateRoomInput } from './schemas';

export async function listRooms(ctx: ServiceContext, query: RoomListQuery) {
  const { actor, scope } = roomListScope(ctx, query.scope, repo.roomScopeColumns);
  const rows = await repo.listRooms(ctx.db, scope, query);
  const page = rows.slice(0, query.limit);
  const grants = await repo.grantsOf(
    ctx.db,
    actor.memberships.map((m) => m.organizationId),
    page.map((r) => r.id),
  );
  const last = page[page.length - 1];
  return {
    items: page.map((room) => presentRoom(ctx.config, actor, room, grants.get(room.id) ?? [])),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.name, last.id]) : null,
  };
}

export async function getRoom(ctx: ServiceContext, id: string) {
  const { row, actor } = await loadRoom(ctx, id, 'read');
  return presentRoom(ctx.config, actor, row.room, row.granted);
}

function checkFee(input: Pick<CreateRoomInput, 'feeModel' | 'feeCentsPerHour' | 'feeSharePercent'>) {
  if (input.feeModel === 'per_hour' && input.feeCentsPerHour == null) {
    throw invalidField('feeCentsPerHour', 'rooms.validation.feeMissing');
  }
  if (input.feeModel === 'course_share' && input.feeSharePercent == null) {
    throw invalidField('feeSharePercent', 'rooms.validation.feeMissing');
  }
}

export async function createRoom(ctx: ServiceContext, input: CreateRoomInput) {
  const actor = allowCreateRoom(ctx, input.organizationId);
  checkFee(input);
  const owner = await findOrganization(ctx.db, input.organizationId);
  if (!owner) throw invalidField('organizationId', 'rooms.validation.unknownOrganization');
  // A room without its own address lies in the owner's building: copy it so distance search needs no join.
  const hasOwnAddress = input.street != null || input.lat != null;
  const values = {
    ...input,
    street: hasOwnAddress ? input.street : owner.street,
    postalCode: hasOwnAddress ? input.postalCode : owner.postalCode,
    city: hasOwnAddress ? input.city : owner.city,
    lat: hasOwnAddress ? input.lat : owner.lat,
    lng: hasOwnAddress ? input.lng : owner.lng,
  };
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(rooms).values(values).returning();
    if (!row) throw new AppError('internal');
    await recordAudit(tx, {
      actor,
      organizationId: row.organizationId,
      entityType: 'room',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    return row.id;
  });
  return getRoom(ctx, id);
}

export async function updateRoom(ctx: ServiceContext, id: string, input: UpdateRoomInput) {
  const { version, ...fields } = input;
  await ctx.db.transaction(async (tx) => {
    const { row, actor } = await loadRoom(ctx, id, 'update', { version, lock: true, db: tx });
    const before = row.room;
    checkFee({
      feeModel: fields.feeModel ?? before.feeModel,
      feeCentsPerHour: fields.feeCentsPerHour === undefined ? before.feeCentsPerHour : fields.feeCentsPerHour,
      feeSharePercent: fields.feeSharePercent === undefined ? before.feeSharePercent : fields.feeSharePercent,
    });
    const [after] = await tx
      .update(rooms)
      .set({ ...fields, version: before.version + 1, updatedAt: new Date() })
      .where(eq(rooms.id, id))
      .returning();
    await recordAudit(tx, {
      actor,
      organizationId: before.organizationId,
      entityType: 'room',
      entityId: id,
      action: 'update',
      before,
      after,
    });
  });
  return getRoom(ctx, id);
}

async function futureBookings(tx: Executor, roomId: string): Promise<number> {
  const [future] = await tx
    .select({ n: count() })
    .from(roomBookings)
    .where(
      and(
        eq(roomBookings.roomId, roomId),
        inArray(roomBookings.status, ['confirmed', 'requested']),
        gt(roomBookings.endsAt, new Date()),
      ),
    );
  return future?.n ?? 0;
}

/** Rooms are retired, not deleted: past bookings and utilisation keep their room. */
export async function removeRoom(ctx: ServiceContext, id: string, version: number) {
  await ctx.db.transaction(async (tx) => {
    const { row, actor } = await loadRoom(ctx, id, 'remove', { version, lock: true, db: tx });
    const before = row.room;
    const future = await futureBookings(tx, id);
    if (future > 0) {
      throw new AppError('conflict', {
        detail: 'rooms.error.hasFutureBookings.detail',
        params: { count: future },
      });
    }
    await tx
      .update(rooms)
      .set({ removedAt: new Date(), version: before.version + 1, updatedAt: new Date() })
      .where(eq(rooms.id, id));
    await recordAudit(tx, {
      actor,
      organizationId: before.organizationId,
      entityType: 'room',
      entityId: id,
      action: 'remove',
      before,
    });
  });
}
