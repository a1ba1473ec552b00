import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { type Actor, allow, hasRoleIn, isMemberOf, makeLoader, type Rule, signedIn } from '../../../policy';
import type { ServiceContext } from '../../../service-context';
import { isCoOrganizedBy } from '../../offerings/co-organizers';
import { type BookingRecord, findBooking } from '../bookings-repo';
import { type BookingStatus, roomBookings, rooms } from '../schema';

/** What the rules of a booking look at. */
export interface BookingRef {
  roomOrganizationId: string;
  bookerOrganizationId: string;
  status: BookingStatus;
  /** Organisations co-organising the offering the booking belongs to (none without an offering). */
  offeringOrganizationIds: readonly string[];
}

export function refOfBooking(b: BookingRecord): BookingRef {
  return {
    roomOrganizationId: b.roomOrganizationId,
    bookerOrganizationId: b.bookerOrganizationId,
    status: b.status,
    offeringOrganizationIds: b.offeringOrganizationIds,
  };
}

/**
 * THE definition of who sees a booking's details (title, booker, note): instance admins, and members of
 * the room's owner, of the booker and of the co-organisers of the offering the booking belongs to (issue
 * 6, item 4). Each audience is written once for a loaded booking and once in SQL for lists, side by side,
 * so that `GET /bookings/{id}` and the lists cannot drift apart (bookings-visibility.test.ts walks them).
 */
const detailAudiences: { of: (b: BookingRef) => readonly string[]; sql: (ids: string[]) => SQL }[] = [
  { of: (b) => [b.roomOrganizationId], sql: (ids) => inArray(rooms.organizationId, ids) },
  { of: (b) => [b.bookerOrganizationId], sql: (ids) => inArray(roomBookings.organizationId, ids) },
  { of: (b) => b.offeringOrganizationIds, sql: (ids) => isCoOrganizedBy(roomBookings.offeringId, ids) },
];

/** Everybody else learns only that a slot is taken: confirmed bookings, as "busy". */
const isShownAsBusy = (b: BookingRef) => b.status === 'confirmed';
const shownAsBusySql = () => eq(roomBookings.status, 'confirmed');

export function seesBookingDetails(actor: Actor, booking: BookingRef): boolean {
  return (
    actor.isInstanceAdmin ||
    detailAudiences.some((audience) => audience.of(booking).some((id) => isMemberOf(actor, id)))
  );
}

export function canSeeBooking(actor: Actor, booking: BookingRef): boolean {
  return isShownAsBusy(booking) || seesBookingDetails(actor, booking);
}

/** `canSeeBooking` in SQL (over `room_bookings` joined to `rooms`); undefined: every booking. */
function visibleBookingsSql(actor: Actor): SQL | undefined {
  if (actor.isInstanceAdmin) return undefined;
  const ids = actor.memberships.map((m) => m.organizationId);
  if (ids.length === 0) return shownAsBusySql();
  return or(shownAsBusySql(), ...detailAudiences.map((audience) => audience.sql(ids)));
}

const isOpen = (b: BookingRef) => b.status === 'confirmed' || b.status === 'requested';

/** Who may act on a visible booking; whether its status allows it is the use case's 409. */
export const bookingRules = {
  read: canSeeBooking,
  cancel: (actor, booking) =>
    isMemberOf(actor, booking.bookerOrganizationId) ||
    hasRoleIn(actor, booking.roomOrganizationId, ['admin', 'lead']) ||
    actor.isInstanceAdmin,
  decide: (actor, booking) =>
    hasRoleIn(actor, booking.roomOrganizationId, ['admin', 'lead']) || actor.isInstanceAdmin,
} satisfies Record<string, Rule<BookingRef>>;

export const loadBooking = makeLoader({
  rules: bookingRules,
  visible: canSeeBooking,
  find: findBooking,
  refOf: (_db, booking) => refOfBooking(booking),
  versionOf: (booking) => booking.version,
});

/** What the web app gets with a booking: actions its status allows and the caller may do. */
export function bookingPermissions(actor: Actor, booking: BookingRef) {
  return {
    cancel: isOpen(booking) && bookingRules.cancel(actor, booking),
    decide: booking.status === 'requested' && bookingRules.decide(actor, booking),
  };
}

/** Bookings a list may show the caller (`canSeeBooking` in SQL). */
export function bookingScope(ctx: ServiceContext): SQL | undefined {
  return visibleBookingsSql(signedIn(ctx));
}

/** Bookings of an organisation's rooms, made by it, or for an offering it co-organises. */
function involvingSql(organizationId: string): SQL | undefined {
  return or(
    eq(rooms.organizationId, organizationId),
    eq(roomBookings.organizationId, organizationId),
    isCoOrganizedBy(roomBookings.offeringId, [organizationId]),
  );
}

const calendarRule: Rule<{ organizationId: string }> = (actor, calendar) =>
  isMemberOf(actor, calendar.organizationId) || actor.isInstanceAdmin;

/** An organisation's calendar: its members (and admins) see its bookings, as far as they may see each. */
export function organizationCalendarScope(ctx: ServiceContext, organizationId: string) {
  const actor = allow(ctx, calendarRule, { organizationId });
  return { actor, scope: and(involvingSql(organizationId), visibleBookingsSql(actor)) };
}

/** The inbox: requests for the caller's organisations' rooms, or requests they sent to other rooms. */
export function requestsScope(ctx: ServiceContext, box: 'incoming' | 'outgoing') {
  const actor = signedIn(ctx);
  const mine = actor.memberships.map((m) => m.organizationId);
  if (mine.length === 0) return { actor, scope: sql`false` };
  const inbox =
    box === 'incoming'
      ? inArray(rooms.organizationId, mine)
      : and(inArray(roomBookings.organizationId, mine), sql`not ${inArray(rooms.organizationId, mine)}`);
  return { actor, scope: and(inbox, visibleBookingsSql(actor)) };
}
