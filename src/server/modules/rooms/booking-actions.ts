import { and, eq, gte, inArray, type SQL, sql } from 'drizzle-orm';
import { AppError, invalidField, notFound, sqlState } from '../../http/errors';
import { encodeCursor } from '../../http/pagination';
import { type Actor, authorize, isMemberOf, requireActor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { raceClash } from './bookings';
import * as bookingsRepo from './bookings-repo';
import { notifyDecision } from './notify';
import { bookingRules, canSeeBooking } from './policy';
import { roomBookings, rooms } from './schema';
import type { BookingDetailView, BookingRangeQuery, DecisionInput, RequestsQuery } from './schemas';
import { loadRoom } from './service';

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
    items: items.map((b) => bookingsRepo.presentBooking(actor, b)),
    nextCursor: rows.length > limit && last ? encodeCursor([last.startsAt.toISOString(), last.id]) : null,
  };
}

const organizationIdsOf = (actor: Actor) => actor.memberships.map((m) => m.organizationId);

export async function listRoomBookings(ctx: ServiceContext, roomId: string, query: BookingRangeQuery) {
  const { actor } = await loadRoom(ctx, roomId);
  checkRange(query);
  const rows = await bookingsRepo.listBookings(
    ctx.db,
    eq(roomBookings.roomId, roomId),
    organizationIdsOf(actor),
    query,
  );
  return page(actor, rows, query.limit);
}

/** An organisation's calendar: its rooms' bookings and its bookings elsewhere; members only. */
export async function listOrganizationBookings(
  ctx: ServiceContext,
  query: BookingRangeQuery & { organizationId: string },
) {
  requireActor(ctx.actor);
  if (!isMemberOf(ctx.actor, query.organizationId) && !ctx.actor.isInstanceAdmin)
    throw new AppError('forbidden');
  checkRange(query);
  const scope = bookingsRepo.involving(query.organizationId);
  const rows = await bookingsRepo.listBookings(ctx.db, scope, organizationIdsOf(ctx.actor), query);
  return page(ctx.actor, rows, query.limit);
}

export async function listRequests(ctx: ServiceContext, query: RequestsQuery) {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  const mine = organizationIdsOf(actor);
  if (mine.length === 0) return { items: [], nextCursor: null };
  const status = query.status ?? (query.box === 'incoming' ? ['requested' as const] : undefined);
  const scope: SQL | undefined =
    query.box === 'incoming'
      ? inArray(rooms.organizationId, mine)
      : and(inArray(roomBookings.organizationId, mine), bookingsRepo.notOwnedBy(mine));
  const rows = await bookingsRepo.listRequests(ctx.db, scope, { ...query, status });
  return page(actor, rows, query.limit);
}

export async function getBooking(ctx: ServiceContext, id: string): Promise<BookingDetailView> {
  requireActor(ctx.actor);
  const booking = await bookingsRepo.findBooking(ctx.db, id);
  if (!booking || !canSeeBooking(ctx.actor, bookingsRepo.bookingRefOf(booking))) throw notFound();
  const view = bookingsRepo.presentBooking(ctx.actor, booking);
  // The series' figures only for those who see its details (seriesId is hidden from everybody else).
  const series = booking.seriesId && view.seriesId ? await bookingsRepo.seriesFigures(ctx.db, booking) : null;
  return { ...view, series };
}

/** The booking and, for `following`/`series`, the other open dates of its series, locked. */
async function lockTargets(
  tx: Parameters<typeof bookingsRepo.findBooking>[0],
  booking: bookingsRepo.BookingRecord,
  scope: 'one' | 'following' | 'series',
  statuses: ('requested' | 'confirmed')[],
) {
  const where =
    scope === 'one' || !booking.seriesId
      ? eq(roomBookings.id, booking.id)
      : and(
          eq(roomBookings.seriesId, booking.seriesId),
          eq(roomBookings.roomId, booking.roomId),
          inArray(roomBookings.status, statuses),
          scope === 'following' ? gte(roomBookings.startsAt, booking.startsAt) : undefined,
        );
  return tx.select().from(roomBookings).where(where).orderBy(roomBookings.startsAt).for('update');
}

export async function cancelBooking(ctx: ServiceContext, id: string, scope: 'occurrence' | 'following') {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  const booking = await bookingsRepo.findBooking(ctx.db, id);
  if (!booking || !canSeeBooking(actor, bookingsRepo.bookingRefOf(booking))) throw notFound();
  if (booking.status === 'declined' || booking.status === 'cancelled') {
    throw new AppError('conflict', { detail: 'rooms.error.notCancellable.detail' });
  }
  authorize(actor, bookingRules.cancel, bookingsRepo.bookingRefOf(booking));
  const ids = await ctx.db.transaction(async (tx) => {
    const targets = await lockTargets(tx, booking, scope === 'following' ? 'following' : 'one', [
      'requested',
      'confirmed',
    ]);
    const open = targets.filter((t) => t.status === 'requested' || t.status === 'confirmed');
    if (open.length === 0) throw new AppError('conflict', { detail: 'rooms.error.notCancellable.detail' });
    const now = new Date();
    const openIds = open.map((t) => t.id);
    await tx
      .update(roomBookings)
      .set({
        status: 'cancelled',
        cancelledAt: now,
        cancelledBy: actor.userId,
        updatedAt: now,
        version: sql`${roomBookings.version} + 1`,
      })
      .where(inArray(roomBookings.id, openIds));
    await recordAudit(tx, {
      actor,
      organizationId: booking.roomOrganizationId,
      entityType: 'room_booking',
      entityId: booking.id,
      action: 'cancel',
      before: open.map((t) => ({ id: t.id, status: t.status, startsAt: t.startsAt, endsAt: t.endsAt })),
      after: { status: 'cancelled', scope, bookingIds: openIds },
    });
    // The owner withdrawing another organisation's booking tells the booker.
    if (!isMemberOf(actor, booking.bookerOrganizationId)) {
      await notifyDecision(ctx, tx, await bookingsRepo.findBookingsByIds(tx, openIds), 'cancelled', null);
    }
    return openIds;
  });
  return {
    items: (await bookingsRepo.findBookingsByIds(ctx.db, ids)).map((b) =>
      bookingsRepo.presentBooking(actor, b),
    ),
  };
}

/** Approve (re-checked by the exclusion constraint) or decline with a reason; the requester is told. */
export async function decideBooking(ctx: ServiceContext, id: string, input: DecisionInput) {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  const booking = await bookingsRepo.findBooking(ctx.db, id);
  if (!booking || !canSeeBooking(actor, bookingsRepo.bookingRefOf(booking))) throw notFound();
  const ref = bookingsRepo.bookingRefOf(booking);
  authorize(actor, bookingRules.decide, { ...ref, status: 'requested' });
  if (booking.status !== 'requested')
    throw new AppError('conflict', { detail: 'rooms.error.notRequested.detail' });
  const reason = input.reason?.trim() || null;
  if (!input.approve && !reason) throw invalidField('reason', 'rooms.validation.reasonRequired');
  let targets: { id: string; status: string; startsAt: Date; endsAt: Date }[] = [];
  try {
    const ids = await ctx.db.transaction(async (tx) => {
      targets = await lockTargets(tx, booking, input.series ? 'series' : 'one', ['requested']);
      const open = targets.filter((t) => t.status === 'requested');
      if (open.length === 0) throw new AppError('conflict', { detail: 'rooms.error.notRequested.detail' });
      const now = new Date();
      const openIds = open.map((t) => t.id);
      await tx
        .update(roomBookings)
        .set({
          status: input.approve ? 'confirmed' : 'declined',
          decisionReason: reason,
          decidedAt: now,
          decidedBy: actor.userId,
          updatedAt: now,
          version: sql`${roomBookings.version} + 1`,
        })
        .where(inArray(roomBookings.id, openIds));
      await recordAudit(tx, {
        actor,
        organizationId: booking.roomOrganizationId,
        entityType: 'room_booking',
        entityId: booking.id,
        action: input.approve ? 'approve' : 'decline',
        before: { status: 'requested', bookingIds: openIds },
        after: { status: input.approve ? 'confirmed' : 'declined', reason },
      });
      const decided = await bookingsRepo.findBookingsByIds(tx, openIds);
      await notifyDecision(ctx, tx, decided, input.approve, reason);
      return openIds;
    });
    return {
      items: (await bookingsRepo.findBookingsByIds(ctx.db, ids)).map((b) =>
        bookingsRepo.presentBooking(actor, b),
      ),
    };
  } catch (error) {
    if (sqlState(error) === '23P01')
      throw await raceClash(ctx, booking.roomId, targets.length ? targets : [booking]);
    throw error;
  }
}
