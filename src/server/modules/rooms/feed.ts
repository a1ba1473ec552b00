import { and, eq } from 'drizzle-orm';
import ical, { ICalEventStatus } from 'ical-generator';
import { translate } from '../../http/i18n';
import type { ServiceContext } from '../../service-context';
import * as bookingsRepo from './bookings-repo';
import { bookingScope, refOfBooking, seesBookingDetails } from './policy/bookings';
import { feedReader } from './policy/feeds';
import { loadRoom } from './policy/rooms';
import { roomBookings } from './schema';

const PAST_DAYS = 90;
const FUTURE_DAYS = 400;

/** A room's calendar as iCalendar: details for owner and booker, "busy" for everybody else. */
export async function roomFeed(
  ctx: ServiceContext,
  roomId: string,
  token: string | undefined,
): Promise<string> {
  const reader = await feedReader(ctx, roomId, token);
  const { row, actor } = await loadRoom(reader, roomId, 'read');
  const room = row.room;
  const now = Date.now();
  const rows = await bookingsRepo.listBookings(
    ctx.db,
    and(eq(roomBookings.roomId, roomId), bookingScope(reader)),
    {
      from: new Date(now - PAST_DAYS * 86_400_000),
      to: new Date(now + FUTURE_DAYS * 86_400_000),
      status: ['confirmed', 'requested'],
      limit: 20_000,
    },
  );
  const calendar = ical({
    name: `${room.name} (${room.organizationName})`,
    prodId: { company: 'Familiennetz', product: 'Raeume', language: ctx.locale.toUpperCase() },
    url: ctx.config.publicUrl,
  });
  const location = [room.building, room.street, [room.postalCode, room.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  for (const booking of rows) {
    const full = seesBookingDetails(actor, refOfBooking(booking));
    calendar.createEvent({
      id: `${booking.id}@familiennetz`,
      start: booking.startsAt,
      end: booking.endsAt,
      summary: full ? booking.title : translate(ctx.locale, 'rooms.busy'),
      description: full ? [booking.bookerOrganizationName, booking.note].filter(Boolean).join('\n') : null,
      location: location || null,
      status: booking.status === 'confirmed' ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
    });
  }
  return calendar.toString();
}
