import { exists, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { arrayLiteral } from '../../../db/client';
import { AppError, invalidField } from '../../../http/errors';
import {
  type Actor,
  allow,
  hasRoleIn,
  isMemberOf,
  isPlannerOf,
  makeLoader,
  permissionsFor,
  plannedMunicipalities,
  type Rule,
  signedIn,
} from '../../../policy';
import type { ServiceContext } from '../../../service-context';
import { findRoomWithGrants, type RoomRecord } from '../repo';
import { roomGrants } from '../schema';
import { validGrant } from '../valid-grant';

/** What the rules of a room look at. */
export interface RoomRef {
  id: string;
  organizationId: string;
  municipalityId: string;
  isRemoved: boolean;
  /** Organisations with a currently valid grant (standing use) of this room (at least the actor's). */
  grantedOrganizationIds: readonly string[];
}

export function refOfRoom(
  room: Pick<RoomRecord, 'id' | 'organizationId' | 'municipalityId'> & { removedAt?: Date | null },
  grantedOrganizationIds: readonly string[] = [],
): RoomRef {
  return {
    id: room.id,
    organizationId: room.organizationId,
    municipalityId: room.municipalityId,
    isRemoved: room.removedAt != null,
    grantedOrganizationIds,
  };
}

const isOwnerLead = (actor: Actor, room: RoomRef) =>
  actor.isInstanceAdmin || hasRoleIn(actor, room.organizationId, ['admin', 'lead']);

/** Members of an organisation of the room owner's municipality: the network that may ask for rooms. */
function isInNetworkOf(actor: Actor, room: RoomRef): boolean {
  return actor.memberships.some((m) => m.municipalityId === room.municipalityId);
}

function bookDirectly(actor: Actor, room: RoomRef): boolean {
  if (room.isRemoved) return false;
  return (
    isMemberOf(actor, room.organizationId) ||
    room.grantedOrganizationIds.some((organizationId) => isMemberOf(actor, organizationId))
  );
}

/** The rules the web app gets as the room's `permissions`. */
const roomPermissionRules = {
  update: (actor, room) => !room.isRemoved && isOwnerLead(actor, room),
  remove: (actor, room) => !room.isRemoved && isOwnerLead(actor, room),
  manageGrants: (actor, room) => !room.isRemoved && isOwnerLead(actor, room),
  manageClosures: (actor, room) => !room.isRemoved && isOwnerLead(actor, room),
  book: bookDirectly,
  request: (actor, room) => !room.isRemoved && !bookDirectly(actor, room) && isInNetworkOf(actor, room),
  decide: (actor, room) => isOwnerLead(actor, room),
  viewUtilisation: (actor, room) =>
    isMemberOf(actor, room.organizationId) ||
    isPlannerOf(actor, room.municipalityId) ||
    actor.isInstanceAdmin,
} satisfies Record<string, Rule<RoomRef>>;

export const roomRules = {
  ...roomPermissionRules,
  // Rooms are a shared resource of the network: every participant sees them (bookings stay private).
  read: (actor, room) => !room.isRemoved || isMemberOf(actor, room.organizationId) || actor.isInstanceAdmin,
  // The owner manages grants; a granted organisation may see its own.
  viewGrants: (actor, room) =>
    isOwnerLead(actor, room) || room.grantedOrganizationIds.some((id) => isMemberOf(actor, id)),
} satisfies Record<string, Rule<RoomRef>>;

/** Creating a room for an organisation: its leads and admins. */
export const createRoomRule: Rule<{ organizationId: string }> = (actor, target) =>
  actor.isInstanceAdmin || hasRoleIn(actor, target.organizationId, ['admin', 'lead']);

/** The one loader of a room: 404 for who may not see it, 403 for who may not do `action`, 409 when stale. */
export const loadRoom = makeLoader({
  rules: roomRules,
  visible: roomRules.read,
  find: findRoomWithGrants,
  refOf: (_db, found) => refOfRoom(found.room, found.granted),
  versionOf: (found) => found.room.version,
});

export function allowCreateRoom(ctx: ServiceContext, organizationId: string): Actor {
  return allow(ctx, createRoomRule, { organizationId });
}

export type RoomPermissions = Record<keyof typeof roomPermissionRules, boolean>;

export function roomPermissions(actor: Actor, room: RoomRef): RoomPermissions {
  return permissionsFor(actor, roomPermissionRules, room);
}

/** How the caller may book a room: own room, standing grant, by request, or not at all. */
export function roomAccess(actor: Actor, room: RoomRef): 'owner' | 'granted' | 'request' | 'none' {
  if (isMemberOf(actor, room.organizationId)) return 'owner';
  if (roomPermissionRules.book(actor, room)) return 'granted';
  return roomPermissionRules.request(actor, room) ? 'request' : 'none';
}

/** What the caller may do with rooms beyond a single room (the rooms pages show their actions from it). */
export function roomsPermissions(ctx: ServiceContext) {
  const actor = signedIn(ctx);
  return {
    createRoomIn: actor.memberships
      .filter((m) => createRoomRule(actor, { organizationId: m.organizationId }))
      .map((m) => m.organizationId),
    utilisationOfMunicipalities: [...new Set(plannedMunicipalities(actor))],
  };
}

/** The columns a room scope reads: the room's id, its owner and the owner's municipality. */
export interface RoomColumns {
  id: AnyPgColumn | SQL;
  organizationId: AnyPgColumn | SQL;
  municipalityId: AnyPgColumn | SQL;
}

const organizationIdsOf = (actor: Actor) => actor.memberships.map((m) => m.organizationId);

/** `column = any(ids)`: one array parameter, so the statement's text is the same for any number of ids. */
const isAnyOf = (column: AnyPgColumn | SQL, ids: readonly string[]) =>
  sql`${column} = any(${arrayLiteral(ids)}::uuid[])`;

/** Rooms of the actor's organisations. */
function ownRoomsSql(actor: Actor, room: RoomColumns): SQL {
  const ids = organizationIdsOf(actor);
  return ids.length > 0 ? isAnyOf(room.organizationId, ids) : sql`false`;
}

/**
 * Rooms the actor may book or request (`book` or `request` above, in SQL): own rooms, rooms one of the
 * actor's organisations holds a valid grant on, and rooms of the actor's municipalities; all for admins.
 */
function bookableRoomsSql(actor: Actor, room: RoomColumns): SQL | undefined {
  if (actor.isInstanceAdmin) return undefined;
  const ids = organizationIdsOf(actor);
  if (ids.length === 0) return sql`false`;
  const municipalityIds = [...new Set(actor.memberships.map((m) => m.municipalityId))];
  const granted = exists(
    sql`(select 1 from ${roomGrants} where ${roomGrants.roomId} = ${room.id} and ${isAnyOf(roomGrants.organizationId, ids)} and ${validGrant})`,
  );
  return sql`(${isAnyOf(room.municipalityId, municipalityIds)} or ${isAnyOf(room.organizationId, ids)} or ${granted})`;
}

/** The room list: `own` rooms, or every room the caller may book or request. */
export function roomListScope(ctx: ServiceContext, which: 'own' | 'bookable', room: RoomColumns) {
  const actor = signedIn(ctx);
  return { actor, scope: which === 'own' ? ownRoomsSql(actor, room) : bookableRoomsSql(actor, room) };
}

/** The room search: only rooms the caller may book or request, or (not `onlyBookable`) every room. */
export function availabilityScope(ctx: ServiceContext, onlyBookable: boolean, room: RoomColumns) {
  const actor = signedIn(ctx);
  return { actor, scope: onlyBookable ? bookableRoomsSql(actor, room) : undefined };
}

/** Grants the caller sees of a room it may `viewGrants`: all for the owner, else its own organisations'. */
export function grantsScope(actor: Actor, room: RoomRef): SQL | undefined {
  return isOwnerLead(actor, room) ? undefined : inArray(roomGrants.organizationId, organizationIdsOf(actor));
}

/**
 * Which organisation books and how: the owner's members and granted organisations book directly,
 * others of the network send a request; anybody else gets 403.
 */
export function bookerFor(actor: Actor, room: RoomRef, organizationId: string | undefined) {
  if (organizationId !== undefined && !isMemberOf(actor, organizationId)) {
    throw invalidField('organizationId', 'rooms.validation.notYourOrganization');
  }
  const candidates = organizationId ? [organizationId] : organizationIdsOf(actor);
  const direct = candidates.find(
    (id) => id === room.organizationId || room.grantedOrganizationIds.includes(id),
  );
  if (direct && !room.isRemoved) return { organizationId: direct, status: 'confirmed' as const };
  if (roomPermissionRules.request(actor, room)) {
    const inNetwork = actor.memberships.find(
      (m) => candidates.includes(m.organizationId) && m.municipalityId === room.municipalityId,
    );
    if (inNetwork) return { organizationId: inNetwork.organizationId, status: 'requested' as const };
  }
  throw new AppError('forbidden', room.isRemoved ? { detail: 'rooms.error.roomRemoved.detail' } : {});
}
