import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { AppError, invalidField, sqlState } from '../../http/errors';
import type { Actor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import type { DecisionInput } from './booking-schemas';
import * as bookingsRepo from './bookings-repo';
import { raceClash } from './clash-errors';
import { notifyDecision } from './notify';
import { loadBooking } from './policy/bookings';
import { presentBooking } from './present-booking';
import { roomBookings } from './schema';

/** The booking and, for `following`/`series`, the other open dates of its series, locked. */
async function lockTargets(
  tx: Executor,
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

async function presentAll(ctx: ServiceContext, actor: Actor, ids: string[]) {
  return { items: (await bookingsRepo.findBookingsByIds(ctx.db, ids)).map((b) => presentBooking(actor, b)) };
}

export async function cancelBooking(
  ctx: ServiceContext,
  id: string,
  query: { scope: 'occurrence' | 'following'; version: number },
) {
  const { actor, ids } = await ctx.db.transaction(async (tx) => {
    const { row: booking, actor } = await loadBooking(ctx, id, 'cancel', {
      version: query.version,
      lock: true,
      db: tx,
    });
    if (booking.status !== 'requested' && booking.status !== 'confirmed') {
      throw new AppError('conflict', { detail: 'rooms.error.notCancellable.detail' });
    }
    const targets = await lockTargets(tx, booking, query.scope === 'following' ? 'following' : 'one', [
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
      after: { status: 'cancelled', scope: query.scope, bookingIds: openIds },
    });
    // The owner withdrawing another organisation's booking tells the booker.
    if (!actor.memberships.some((m) => m.organizationId === booking.bookerOrganizationId)) {
      await notifyDecision(ctx, tx, await bookingsRepo.findBookingsByIds(tx, openIds), 'cancelled', null);
    }
    return { actor, ids: openIds };
  });
  return presentAll(ctx, actor, ids);
}

/** Approve (re-checked by the exclusion constraint) or decline with a reason; the requester is told. */
export async function decideBooking(ctx: ServiceContext, id: string, input: DecisionInput) {
  const reason = input.reason?.trim() || null;
  // Kept for the answer to a clash the exclusion constraint found at commit.
  let booking: bookingsRepo.BookingRecord | undefined;
  let targets: { id: string; status: string; startsAt: Date; endsAt: Date }[] = [];
  try {
    const { actor, ids } = await ctx.db.transaction(async (tx) => {
      const loaded = await loadBooking(ctx, id, 'decide', { version: input.version, lock: true, db: tx });
      booking = loaded.row;
      if (booking.status !== 'requested')
        throw new AppError('conflict', { detail: 'rooms.error.notRequested.detail' });
      if (!input.approve && !reason) throw invalidField('reason', 'rooms.validation.reasonRequired');
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
          decidedBy: loaded.actor.userId,
          updatedAt: now,
          version: sql`${roomBookings.version} + 1`,
        })
        .where(inArray(roomBookings.id, openIds));
      await recordAudit(tx, {
        actor: loaded.actor,
        organizationId: booking.roomOrganizationId,
        entityType: 'room_booking',
        entityId: booking.id,
        action: input.approve ? 'approve' : 'decline',
        before: { status: 'requested', bookingIds: openIds },
        after: { status: input.approve ? 'confirmed' : 'declined', reason },
      });
      await notifyDecision(ctx, tx, await bookingsRepo.findBookingsByIds(tx, openIds), input.approve, reason);
      return { actor: loaded.actor, ids: openIds };
    });
    return presentAll(ctx, actor, ids);
  } catch (error) {
    if (sqlState(error) === '23P01' && booking)
      throw await raceClash(ctx, booking.roomId, targets.length ? targets : [booking]);
    throw error;
  }
}
