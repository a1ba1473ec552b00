import { and, count, eq, gt, inArray } from 'drizzle-orm';
import { AppError, invalidField, notFound } from '../../http/errors';
import { type Actor, authorize, can, permissionsFor, requireActor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import * as organizationsRepo from '../accounts/repo';
import { recordAudit } from '../audit/service';
import { feedUrlFor } from './feed-token';
import { createRoomRule, roomRules } from './policy';
import * as repo from './repo';
import { roomBookings, roomClosures, roomGrants, rooms } from './schema';
import type { CreateRoomInput, RoomListQuery, RoomSummary, RoomView, UpdateRoomInput } from './schemas';

type RoomAccess = RoomView['access'];

function accessOf(
  actor: Actor,
  room: Pick<repo.RoomRecord, 'organizationId'>,
  permissions: { book: boolean; request: boolean },
): RoomAccess {
  if (actor.memberships.some((m) => m.organizationId === room.organizationId)) return 'owner';
  if (permissions.book) return 'granted';
  return permissions.request ? 'request' : 'none';
}

/** The columns a room in search results needs (`RoomSummary`), for statements written as SQL text. */
export const roomSummaryColumns = repo.roomColumns([
  'id',
  'organizationId',
  'name',
  'building',
  'street',
  'postalCode',
  'city',
  'lat',
  'lng',
  'capacity',
  'equipment',
  'accessibility',
  'feeModel',
  'feeCentsPerHour',
  'feeSharePercent',
  'bufferMinutes',
] as const);
type SummaryRoom = ReturnType<typeof roomSummaryColumns.fromRow>;

/**
 * A room as lists of search results send it: the caller's access, no calendar address (an HMAC per room) or
 * permission set. Only rooms that are not removed come here.
 */
export function presentRoomSummary(
  ctx: ServiceContext,
  room: SummaryRoom,
  granted: readonly string[],
): RoomSummary {
  requireActor(ctx.actor);
  const ref = repo.refOf(room, granted);
  const permissions = {
    book: can(ctx.actor, roomRules.book, ref),
    request: can(ctx.actor, roomRules.request, ref),
  };
  return {
    ...summaryFields(room),
    access: accessOf(ctx.actor, room, permissions),
  };
}

/** The room as the API sends it, with the caller's permissions and calendar address. */
export function presentRoom(
  ctx: ServiceContext,
  room: repo.RoomRecord,
  granted: readonly string[],
): RoomView {
  requireActor(ctx.actor);
  const permissions = permissionsFor(ctx.actor, roomRules, repo.refOf(room, granted));
  return {
    ...roomFields(room),
    access: accessOf(ctx.actor, room, permissions),
    feedUrl: feedUrlFor(ctx.config, ctx.actor.userId, room.id),
    permissions,
  };
}

/** The room's fields a summary shows; a new field in `roomSummarySchema` fails to compile here. */
function summaryFields(room: SummaryRoom): Omit<RoomSummary, 'access'> {
  return {
    id: room.id,
    organization: { id: room.organizationId, name: room.organizationName },
    name: room.name,
    building: room.building,
    street: room.street,
    postalCode: room.postalCode,
    city: room.city,
    lat: room.lat,
    lng: room.lng,
    capacity: room.capacity,
    equipment: room.equipment as RoomSummary['equipment'],
    accessibility: room.accessibility as RoomSummary['accessibility'],
    feeModel: room.feeModel,
    feeCentsPerHour: room.feeCentsPerHour,
    feeSharePercent: room.feeSharePercent,
    bufferMinutes: room.bufferMinutes,
  };
}

/** All of the room's fields: the summary's and the rest; a new field in the room schema fails to compile here. */
function roomFields(room: repo.RoomRecord): Omit<RoomView, 'access' | 'feedUrl' | 'permissions'> {
  return {
    ...summaryFields(room),
    usageRules: room.usageRules,
    description: room.description,
    bookableHours: room.bookableHours,
    version: room.version,
    createdAt: room.createdAt,
    updatedAt: room.updatedAt,
  };
}

/** Loads a room the caller may see, with the caller's grants on it; 404 otherwise. */
export async function loadRoom(ctx: ServiceContext, id: string) {
  requireActor(ctx.actor);
  const found = await repo.findRoomWithGrants(ctx.db, id, ctx.actor);
  if (!found) throw notFound();
  const { room, granted } = found;
  const ref = repo.refOf(room, granted);
  if (!can(ctx.actor, roomRules.read, ref)) throw notFound();
  return { room, ref, granted, actor: ctx.actor };
}

export async function listRooms(ctx: ServiceContext, query: RoomListQuery) {
  requireActor(ctx.actor);
  const rows = await repo.listRooms(ctx.db, ctx.actor, query);
  const page = rows.slice(0, query.limit);
  const grants = await repo.grantsOfActor(
    ctx.db,
    ctx.actor,
    page.map((r) => r.id),
  );
  const last = page[page.length - 1];
  return {
    items: page.map((room) => presentRoom(ctx, room, grants.get(room.id) ?? [])),
    nextCursor:
      rows.length > query.limit && last
        ? Buffer.from(JSON.stringify([last.name, last.id])).toString('base64url')
        : null,
  };
}

export async function getRoom(ctx: ServiceContext, id: string) {
  const { room, granted } = await loadRoom(ctx, id);
  return presentRoom(ctx, room, granted);
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
  authorize(ctx.actor, createRoomRule, input);
  const actor = ctx.actor;
  checkFee(input);
  const owner = await organizationsRepo.findOrganization(ctx.db, input.organizationId);
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
  const { ref, actor } = await loadRoom(ctx, id);
  authorize(actor, roomRules.update, ref);
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findRoom(tx, id, true);
    if (!before) throw notFound();
    if (before.version !== input.version) {
      throw new AppError('conflict', {
        detail: 'error.staleVersion.detail',
        params: { current: before.version },
      });
    }
    const { version: _v, ...fields } = input;
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

/** Rooms are retired, not deleted: past bookings and utilisation keep their room. */
export async function removeRoom(ctx: ServiceContext, id: string) {
  const { ref, actor } = await loadRoom(ctx, id);
  authorize(actor, roomRules.remove, ref);
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findRoom(tx, id, true);
    if (!before || before.removedAt) throw notFound();
    const [future] = await tx
      .select({ n: count() })
      .from(roomBookings)
      .where(
        and(
          eq(roomBookings.roomId, id),
          inArray(roomBookings.status, ['confirmed', 'requested']),
          gt(roomBookings.endsAt, new Date()),
        ),
      );
    if (future && future.n > 0) {
      throw new AppError('conflict', {
        detail: 'rooms.error.hasFutureBookings.detail',
        params: { count: future.n },
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

// --- grants ---

function presentGrant(row: Awaited<ReturnType<typeof repo.listGrants>>[number]) {
  const { organizationId, organizationName, ...grant } = row;
  return { ...grant, organization: { id: organizationId, name: organizationName } };
}

export async function listGrants(ctx: ServiceContext, roomId: string) {
  const { ref, actor } = await loadRoom(ctx, roomId);
  // The owner manages grants; a granted organisation may see its own.
  const rows = await repo.listGrants(ctx.db, roomId);
  if (can(actor, roomRules.manageGrants, ref) || can(actor, roomRules.decide, ref)) {
    return { items: rows.map(presentGrant) };
  }
  const mine = new Set(actor.memberships.map((m) => m.organizationId));
  const own = rows.filter((row) => mine.has(row.organizationId));
  if (own.length === 0) throw new AppError('forbidden');
  return { items: own.map(presentGrant) };
}

export async function addGrant(
  ctx: ServiceContext,
  roomId: string,
  input: { organizationId: string; note?: string | null | undefined; validUntil?: string | null | undefined },
) {
  const { room, ref, actor } = await loadRoom(ctx, roomId);
  authorize(actor, roomRules.manageGrants, ref);
  if (input.organizationId === room.organizationId) {
    throw invalidField('organizationId', 'rooms.validation.grantOwnOrganization');
  }
  if (!(await organizationsRepo.findOrganization(ctx.db, input.organizationId))) {
    throw invalidField('organizationId', 'rooms.validation.unknownOrganization');
  }
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(roomGrants)
      .values({ roomId, ...input, createdBy: actor.userId })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError('conflict', { detail: 'rooms.error.grantExists.detail' });
    await recordAudit(tx, {
      actor,
      organizationId: room.organizationId,
      entityType: 'room_grant',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    return row.id;
  });
  const grant = (await repo.listGrants(ctx.db, roomId)).find((g) => g.id === id);
  if (!grant) throw new AppError('internal');
  return presentGrant(grant);
}

export async function removeGrant(ctx: ServiceContext, roomId: string, grantId: string) {
  const { room, ref, actor } = await loadRoom(ctx, roomId);
  authorize(actor, roomRules.manageGrants, ref);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .delete(roomGrants)
      .where(and(eq(roomGrants.id, grantId), eq(roomGrants.roomId, roomId)))
      .returning();
    if (!before) throw notFound();
    await recordAudit(tx, {
      actor,
      organizationId: room.organizationId,
      entityType: 'room_grant',
      entityId: grantId,
      action: 'delete',
      before,
    });
  });
}

// --- closures ---

export async function listClosures(ctx: ServiceContext, roomId: string, query: { from?: Date; to?: Date }) {
  await loadRoom(ctx, roomId);
  return { items: await repo.listClosures(ctx.db, roomId, query.from, query.to) };
}

export async function addClosure(
  ctx: ServiceContext,
  roomId: string,
  input: { startsAt: Date; endsAt: Date; reason?: string | null | undefined },
) {
  const { room, ref, actor } = await loadRoom(ctx, roomId);
  authorize(actor, roomRules.manageClosures, ref);
  if (input.endsAt <= input.startsAt) throw invalidField('endsAt', 'rooms.validation.endBeforeStart');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(roomClosures)
      .values({ roomId, ...input, source: 'manual', createdBy: actor.userId })
      .returning();
    if (!row) throw new AppError('internal');
    await recordAudit(tx, {
      actor,
      organizationId: room.organizationId,
      entityType: 'room_closure',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    const { externalUid: _u, createdBy: _c, ...closure } = row;
    return closure;
  });
}

export async function removeClosure(ctx: ServiceContext, roomId: string, closureId: string) {
  const { room, ref, actor } = await loadRoom(ctx, roomId);
  authorize(actor, roomRules.manageClosures, ref);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .delete(roomClosures)
      .where(and(eq(roomClosures.id, closureId), eq(roomClosures.roomId, roomId)))
      .returning();
    if (!before) throw notFound();
    await recordAudit(tx, {
      actor,
      organizationId: room.organizationId,
      entityType: 'room_closure',
      entityId: closureId,
      action: 'delete',
      before,
    });
  });
}
