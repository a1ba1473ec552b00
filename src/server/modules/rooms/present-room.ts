import type { Config } from '../../config';
import type { Actor } from '../../policy';
import { feedUrlFor } from './feed-token';
import { refOfRoom, roomAccess, roomPermissions } from './policy/rooms';
import * as repo from './repo';
import type { RoomView } from './schemas';
import type { RoomSummary } from './search-schemas';

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
export function presentRoomSummary(actor: Actor, room: SummaryRoom, granted: readonly string[]): RoomSummary {
  return { ...summaryFields(room), access: roomAccess(actor, refOfRoom(room, granted)) };
}

/** The room as the API sends it, with the caller's permissions and calendar address. */
export function presentRoom(
  config: Config,
  actor: Actor,
  room: repo.RoomRecord,
  granted: readonly string[],
): RoomView {
  const ref = refOfRoom(room, granted);
  return {
    ...roomFields(room),
    access: roomAccess(actor, ref),
    feedUrl: feedUrlFor(config, actor.userId, room.id),
    permissions: roomPermissions(actor, ref),
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
