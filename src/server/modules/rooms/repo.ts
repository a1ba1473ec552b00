import {
  and,
  arrayContains,
  asc,
  eq,
  getTableColumns,
  gt,
  gte,
  ilike,
  inArray,
  isNull,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { decodeCursor, nameCursorSchema } from '../../http/pagination';
import { organizations } from '../accounts/schema';
import { roomClosures, roomGrants, rooms } from './schema';
import type { RoomListQuery } from './schemas';
import { validGrant } from './valid-grant';

export type RoomRow = typeof rooms.$inferSelect;
export interface RoomRecord extends RoomRow {
  organizationName: string;
  municipalityId: string;
}

export const roomRecordColumns = {
  ...getTableColumns(rooms),
  organizationName: organizations.name,
  municipalityId: organizations.municipalityId,
};

/** A room with its organisation's name and municipality, limited to some of the room's columns. */
export type RoomPart<K extends keyof RoomRow> = Pick<RoomRow, K> &
  Pick<RoomRecord, 'organizationName' | 'municipalityId'>;

/**
 * Some columns of a room and its organisation for statements written as SQL text (`rooms` and `organizations`
 * unaliased): the select list, and `fromRow`, which maps such a row with drizzle's own value mapping. Both follow
 * the table definition, so a renamed column needs no change here.
 */
export function roomColumns<K extends keyof RoomRow>(keys: readonly K[]) {
  const all = getTableColumns(rooms);
  const entries = keys.map((key) => [key, all[key]] as const);
  const selectList = sql.raw(
    [
      ...entries.map(([key, column]) => `"rooms"."${column.name}" as "${key}"`),
      `"organizations"."name" as "organizationName"`,
      `"organizations"."municipality_id" as "municipalityId"`,
    ].join(', '),
  );
  const fromRow = (row: Record<string, unknown>): RoomPart<K> => {
    const part: Record<string, unknown> = {
      organizationName: row.organizationName,
      municipalityId: row.municipalityId,
    };
    for (const [key, column] of entries) {
      const value = row[key];
      part[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    }
    return part as RoomPart<K>;
  };
  return { selectList, fromRow };
}

/** The organisations among `organizationIds` (an SQL uuid array) with a valid grant on the room in `rooms`. */
export function grantedOf(organizationIds: SQL) {
  return sql<
    string[]
  >`coalesce((select array_agg(${roomGrants.organizationId}::text) from ${roomGrants} where ${roomGrants.roomId} = ${rooms.id} and ${roomGrants.organizationId} = any(${organizationIds}::uuid[]) and ${validGrant}), '{}')`;
}

/** Every organisation with a valid grant on the room in `rooms`. */
const allGranted = sql<
  string[]
>`coalesce((select array_agg(${roomGrants.organizationId}::text) from ${roomGrants} where ${roomGrants.roomId} = ${rooms.id} and ${validGrant}), '{}')`;

function selectRoomWithGrants(db: Executor) {
  return db
    .select({ ...roomRecordColumns, granted: allGranted })
    .from(rooms)
    .innerJoin(organizations, eq(organizations.id, rooms.organizationId));
}

/**
 * Every booking starts with this lookup: built once per database as a named prepared statement (no
 * query building in Node, parsed once per connection by PostgreSQL).
 */
const preparedRoomWithGrants = new WeakMap<Executor, ReturnType<typeof prepareRoomWithGrants>>();

function prepareRoomWithGrants(db: Executor) {
  return selectRoomWithGrants(db)
    .where(eq(rooms.id, sql.placeholder('id')))
    .prepare('rooms_find_with_grants');
}

export interface RoomWithGrants {
  room: RoomRecord;
  /** The organisations holding a valid grant on the room. */
  granted: string[];
}

/** A room and the organisations holding a valid grant on it, in one statement; locked when asked. */
export async function findRoomWithGrants(
  db: Executor,
  id: string,
  lock = false,
): Promise<RoomWithGrants | undefined> {
  let rows: (RoomRecord & { granted: string[] })[];
  if (lock) {
    rows = (await selectRoomWithGrants(db)
      .where(eq(rooms.id, id))
      .for('update', { of: rooms })) as (RoomRecord & { granted: string[] })[];
  } else {
    let prepared = preparedRoomWithGrants.get(db);
    if (!prepared) {
      prepared = prepareRoomWithGrants(db);
      preparedRoomWithGrants.set(db, prepared);
    }
    rows = (await prepared.execute({ id })) as (RoomRecord & { granted: string[] })[];
  }
  const [row] = rows;
  if (!row) return undefined;
  const { granted, ...room } = row;
  return { room, granted };
}

/** Rooms (of `roomIds`) on which one of `organizationIds` holds a valid grant, by room. */
export async function grantsOf(
  db: Executor,
  organizationIds: string[],
  roomIds: string[],
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (organizationIds.length === 0 || roomIds.length === 0) return result;
  const rows = await db
    .select({ roomId: roomGrants.roomId, organizationId: roomGrants.organizationId })
    .from(roomGrants)
    .where(
      and(
        inArray(roomGrants.roomId, roomIds),
        inArray(roomGrants.organizationId, organizationIds),
        validGrant,
      ),
    );
  for (const row of rows) result.set(row.roomId, [...(result.get(row.roomId) ?? []), row.organizationId]);
  return result;
}

/** The columns a room scope of the policy reads in queries over `rooms` joined to `organizations`. */
export const roomScopeColumns = {
  id: rooms.id,
  organizationId: rooms.organizationId,
  municipalityId: organizations.municipalityId,
};

export async function listRooms(
  db: Executor,
  scope: SQL | undefined,
  query: RoomListQuery,
): Promise<RoomRecord[]> {
  const conditions: (SQL | undefined)[] = [isNull(rooms.removedAt), scope];
  if (query.organizationId) conditions.push(eq(rooms.organizationId, query.organizationId));
  if (query.minCapacity) conditions.push(gte(rooms.capacity, query.minCapacity));
  if (query.equipment?.length) conditions.push(arrayContains(rooms.equipment, query.equipment));
  if (query.accessible) conditions.push(arrayContains(rooms.accessibility, ['step_free']));
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      or(ilike(rooms.name, pattern), ilike(rooms.building, pattern), ilike(organizations.name, pattern)),
    );
  }
  if (query.cursor) {
    const [name, id] = decodeCursor(query.cursor, nameCursorSchema);
    conditions.push(or(gt(rooms.name, name), and(eq(rooms.name, name), gt(rooms.id, id))));
  }
  const rows = await db
    .select(roomRecordColumns)
    .from(rooms)
    .innerJoin(organizations, eq(organizations.id, rooms.organizationId))
    .where(and(...conditions))
    .orderBy(asc(rooms.name), asc(rooms.id))
    .limit(query.limit + 1);
  return rows as RoomRecord[];
}

export const grantColumns = {
  id: roomGrants.id,
  roomId: roomGrants.roomId,
  organizationId: roomGrants.organizationId,
  organizationName: organizations.name,
  agreementId: roomGrants.agreementId,
  note: roomGrants.note,
  validUntil: roomGrants.validUntil,
  createdAt: roomGrants.createdAt,
};

export async function listGrants(db: Executor, roomId: string, scope?: SQL) {
  return db
    .select(grantColumns)
    .from(roomGrants)
    .innerJoin(organizations, eq(organizations.id, roomGrants.organizationId))
    .where(and(eq(roomGrants.roomId, roomId), scope))
    .orderBy(asc(organizations.name));
}

export async function listClosures(db: Executor, roomId: string, from?: Date, to?: Date) {
  const conditions = [eq(roomClosures.roomId, roomId)];
  if (from) conditions.push(gt(roomClosures.endsAt, from));
  if (to) conditions.push(sql`${roomClosures.startsAt} < ${to}`);
  return db
    .select({
      id: roomClosures.id,
      roomId: roomClosures.roomId,
      startsAt: roomClosures.startsAt,
      endsAt: roomClosures.endsAt,
      reason: roomClosures.reason,
      source: roomClosures.source,
      createdAt: roomClosures.createdAt,
    })
    .from(roomClosures)
    .where(and(...conditions))
    .orderBy(asc(roomClosures.startsAt))
    .limit(1000);
}
