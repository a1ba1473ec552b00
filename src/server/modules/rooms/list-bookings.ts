import { and, eq } from 'drizzle-orm';
import { AppError, invalidField } from '../../http/errors';
import { encodeCursor } from '../../http/pagination';
import type { Actor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import type { BookingDetailView, BookingRangeQuery, RequestsQuery } from './booking-schemas';
import * as bookingsRepo from './bookings-repo';
import { bookingScope, loadBooking, organizationCalendarScope, requestsScope } from './policy/bookings';
import { loadRoom } from './policy/rooms';
import { presentBooking } from './present-booking';
import { roomBookings } from './schema';

const MAX_RANGE_DAYS = 400;

function checkRange(query: { from: Date; to: Date }) {
  if (query.to <= query.from) throw invalidField('to', 'rooms.validation.endBeforeStart');
  if (query.to.getTime() - query.from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
    throw new AppError('validation', {
      errors: [{ path: 'to', message: 'rooms.validation.rangeTooLong', params: { days: MAX_RANGE_DAYS } }],
    });
  }
}

function page(actor: Actor, rows: bookingsRepo.BookingRecord[], limit: number) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: items.map((b) => presentBooking(actor, b)),
    nextCursor: rows.length > limit && last ? encodeCursor([last.startsAt.toISOString(), last.id]) : null,
  };
}

/** A room's bookings in a period, as far as the caller may see each. */
export async function listRoomBookings(ctx: ServiceContext, roomId: string, query: BookingRangeQuery) {
  const { actor } = await loadRoom(ctx, roomId, 'read');
  checkRange(query);
  const scope = and(eq(roomBookings.roomId, roomId), bookingScope(ctx));
  return page(actor, await bookingsRepo.listBookings(ctx.db, scope, query), query.limit);
}

/** An organisation's calendar: its rooms' bookings, its bookings elsewhere and its offerings'; members only. */
export async function listOrganizationBookings(
  ctx: ServiceContext,
  query: BookingRangeQuery & { organizationId: string },
) {
  const { actor, scope } = organizationCalendarScope(ctx, query.organizationId);
  checkRange(query);
  return page(actor, await bookingsRepo.listBookings(ctx.db, scope, query), query.limit);
}

export async function listRequests(ctx: ServiceContext, query: RequestsQuery) {
  const { actor, scope } = requestsScope(ctx, query.box);
  const status = query.status ?? (query.box === 'incoming' ? ['requested' as const] : undefined);
  return page(actor, await bookingsRepo.listRequests(ctx.db, scope, { ...query, status }), query.limit);
}

export async function getBooking(ctx: ServiceContext, id: string): Promise<BookingDetailView> {
  const { row: booking, actor } = await loadBooking(ctx, id, 'read');
  const view = presentBooking(actor, booking);
  // The series' figures only for those who see its details (seriesId is hidden from everybody else).
  const series = booking.seriesId && view.seriesId ? await bookingsRepo.seriesFigures(ctx.db, booking) : null;
  return { ...view, series };
}
