import type { Actor } from '../../policy';
import type { BookingView } from './booking-schemas';
import type { BookingRecord } from './bookings-repo';
import { bookingPermissions, refOfBooking, seesBookingDetails } from './policy/bookings';

/** A booking as the caller may see it: details for who sees them (the policy), only the time otherwise. */
export function presentBooking(actor: Actor, b: BookingRecord): BookingView {
  const ref = refOfBooking(b);
  const full = seesBookingDetails(actor, ref);
  return {
    id: b.id,
    room: { id: b.roomId, name: b.roomName, organizationId: b.roomOrganizationId },
    status: b.status,
    startsAt: b.startsAt,
    endsAt: b.endsAt,
    visibility: full ? 'full' : 'busy',
    title: full ? b.title : null,
    note: full ? b.note : null,
    bookerOrganization: full ? { id: b.bookerOrganizationId, name: b.bookerOrganizationName } : null,
    createdBy: full && b.createdById && b.createdByName ? { id: b.createdById, name: b.createdByName } : null,
    seriesId: full ? b.seriesId : null,
    decisionReason: full ? b.decisionReason : null,
    decidedAt: full ? b.decidedAt : null,
    offeringId: full ? b.offeringId : null,
    offeringSessionId: full ? b.offeringSessionId : null,
    version: b.version,
    createdAt: b.createdAt,
    permissions: bookingPermissions(actor, ref),
  };
}
