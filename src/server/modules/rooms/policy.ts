import { type Actor, hasRoleIn, isMemberOf, isPlannerOf, type Rule } from '../../policy';

export interface RoomRef {
  id: string;
  organizationId: string;
  municipalityId: string;
  isRemoved: boolean;
  /** Organisations with a currently valid grant (standing use) of this room. */
  grantedOrganizationIds: readonly string[];
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

export const roomRules = {
  // Rooms are a shared resource of the network: every participant sees them (bookings stay private).
  read: (actor, room) => !room.isRemoved || isMemberOf(actor, room.organizationId) || actor.isInstanceAdmin,
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

/** Creating a room for an organisation: its leads and admins. */
export const createRoomRule: Rule<{ organizationId: string }> = (actor, target) =>
  actor.isInstanceAdmin || hasRoleIn(actor, target.organizationId, ['admin', 'lead']);

export interface BookingRef {
  roomOrganizationId: string;
  bookerOrganizationId: string;
  status: string;
  offeringId: string | null;
  /** Organisations co-organising the offering the booking belongs to (none without an offering). */
  offeringOrganizationIds: readonly string[];
}

/**
 * THE visibility decision for a booking's details (title, booker, note): the owner's and the booker's
 * members and the co-organisers of the offering the booking belongs to see them; everybody else sees
 * only "busy".
 */
export function canSeeBookingDetails(actor: Actor, booking: BookingRef): boolean {
  return (
    actor.isInstanceAdmin ||
    isMemberOf(actor, booking.roomOrganizationId) ||
    isMemberOf(actor, booking.bookerOrganizationId) ||
    booking.offeringOrganizationIds.some((id) => isMemberOf(actor, id))
  );
}

/** Outsiders learn only that a slot is taken: confirmed bookings, as busy. */
export function canSeeBooking(actor: Actor, booking: BookingRef): boolean {
  return booking.status === 'confirmed' || canSeeBookingDetails(actor, booking);
}

export const bookingRules = {
  cancel: (actor, booking) =>
    (booking.status === 'confirmed' || booking.status === 'requested') &&
    (isMemberOf(actor, booking.bookerOrganizationId) ||
      hasRoleIn(actor, booking.roomOrganizationId, ['admin', 'lead']) ||
      actor.isInstanceAdmin),
  decide: (actor, booking) =>
    booking.status === 'requested' &&
    (hasRoleIn(actor, booking.roomOrganizationId, ['admin', 'lead']) || actor.isInstanceAdmin),
} satisfies Record<string, Rule<BookingRef>>;
