import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/client';
import { AppError, type FieldError, invalidField, sqlState } from '../../http/errors';
import { type MessageKey, translate } from '../../http/i18n';
import type { Actor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { findOfferingLink } from '../offerings/co-organizers';
import type { CreateBookingInput, Occurrence } from './booking-schemas';
import * as bookingsRepo from './bookings-repo';
import { clashError, raceClash } from './clash-errors';
import { insertBookings } from './insert-bookings';
import { notifyRequest } from './notify';
import { refOfBooking, seesBookingDetails } from './policy/bookings';
import { bookerFor, loadRoom } from './policy/rooms';
import { presentBooking } from './present-booking';
import * as repo from './repo';
import { expandSlots, formatSlot, isWithinBookableHours, overlaps, type Slot } from './time';

const MAX_BOOKING_MS = 24 * 3_600_000;

function checkSlot(slot: Slot): void {
  const errors: FieldError[] = [];
  if (slot.endsAt <= slot.startsAt)
    errors.push({ path: 'endsAt', message: 'rooms.validation.endBeforeStart' });
  else if (slot.endsAt.getTime() - slot.startsAt.getTime() > MAX_BOOKING_MS) {
    errors.push({ path: 'endsAt', message: 'rooms.validation.tooLong' });
  }
  if (errors.length > 0) throw new AppError('validation', { errors });
}

interface Assessed extends Occurrence {
  clashRecord?: bookingsRepo.BookingRecord;
}

/** What happens to each date: bookable, clashing (as far as the caller may see), outside hours, closed. */
async function assessSlots(
  ctx: ServiceContext & { actor: Actor },
  tx: Parameters<typeof bookingsRepo.confirmedOverlapping>[0],
  room: repo.RoomRecord,
  slots: Slot[],
): Promise<Assessed[]> {
  const bufferMs = room.bufferMinutes * 60_000;
  const first = slots[0];
  const last = slots[slots.length - 1];
  if (!first || !last) return [];
  const spanFrom = new Date(first.startsAt.getTime() - bufferMs);
  const spanTo = new Date(last.endsAt.getTime() + bufferMs);
  // Usually nothing is in the way: one probe, and the records only when there is something to report.
  const probe = await bookingsRepo.probeSpan(tx, room.id, spanFrom, spanTo);
  const taken: { slot: Slot; record?: bookingsRepo.BookingRecord }[] = (
    probe.hasBooking ? await bookingsRepo.confirmedOverlapping(tx, room.id, spanFrom, spanTo) : []
  ).map((record) => ({ slot: { startsAt: record.startsAt, endsAt: record.blockedUntil }, record }));
  const closures = probe.hasClosure ? await repo.listClosures(tx, room.id, spanFrom, spanTo) : [];
  return slots.map((slot) => {
    const blocked = { startsAt: slot.startsAt, endsAt: new Date(slot.endsAt.getTime() + bufferMs) };
    const closure = closures.find((c) => overlaps(c, slot));
    const clash = taken.find((t) => overlaps(t.slot, blocked));
    const outcome = closure
      ? 'closed'
      : !isWithinBookableHours(room.bookableHours, slot)
        ? 'outside_hours'
        : clash
          ? 'clash'
          : 'bookable';
    // Dates of the same series must not overlap each other either.
    if (outcome === 'bookable') taken.push({ slot: blocked });
    return describeSlot(ctx, slot, outcome, clash?.record, closure?.reason ?? null);
  });
}

function describeSlot(
  ctx: ServiceContext & { actor: Actor },
  slot: Slot,
  outcome: Occurrence['outcome'],
  clash: bookingsRepo.BookingRecord | undefined,
  closureReason: string | null,
): Assessed {
  const visible = clash ? seesBookingDetails(ctx.actor, refOfBooking(clash)) : false;
  const when = formatSlot(ctx.locale, slot);
  const keys: Record<Occurrence['outcome'], MessageKey> = {
    bookable: 'rooms.outcome.bookable',
    clash: 'rooms.outcome.clash',
    outside_hours: 'rooms.outcome.outsideHours',
    closed: 'rooms.outcome.closed',
  };
  const other = clash
    ? `${formatSlot(ctx.locale, clash)}${visible ? ` ${clash.title}, ${clash.bookerOrganizationName}` : ''}`
    : '';
  return {
    ...slot,
    outcome,
    clash:
      outcome === 'clash' && clash
        ? {
            startsAt: clash.startsAt,
            endsAt: clash.endsAt,
            title: visible ? clash.title : null,
            bookerOrganization: visible
              ? { id: clash.bookerOrganizationId, name: clash.bookerOrganizationName }
              : null,
          }
        : null,
    closure: outcome === 'closed' ? closureReason : null,
    message: translate(ctx.locale, keys[outcome], {
      when,
      other,
      reason: closureReason ?? translate(ctx.locale, 'rooms.closed'),
    }),
    ...(outcome === 'clash' && clash ? { clashRecord: clash } : {}),
  };
}

function problemsError(ctx: ServiceContext, report: Assessed[]): AppError {
  const problems = report.filter((o) => o.outcome !== 'bookable');
  const single = report.length === 1 ? problems[0] : undefined;
  if (single?.clashRecord) return clashError(ctx, single.clashRecord);
  return new AppError('conflict', {
    detail: 'rooms.error.seriesProblems.detail',
    params: { count: problems.length, total: report.length },
    errors: report.flatMap((o, index) =>
      o.outcome === 'bookable'
        ? []
        : [{ path: `occurrences.${index}`, message: 'rooms.error.plain', params: { text: o.message } }],
    ),
  });
}

const strip = ({ clashRecord: _c, ...o }: Assessed): Occurrence => o;

/**
 * A booking may name only an offering its booker co-organises (the offering's co-organisers then see the
 * booking's details), and only a session of that offering.
 */
async function checkOfferingLink(db: Executor, bookerId: string, input: CreateBookingInput) {
  const offeringId = input.offeringId ?? null;
  const sessionId = input.offeringSessionId ?? null;
  if (!offeringId) {
    if (sessionId) throw invalidField('offeringId', 'rooms.validation.sessionNotOfOffering');
    return;
  }
  const check = await findOfferingLink(db, { offeringId, organizationId: bookerId, sessionId });
  if (!check.organizes) throw invalidField('offeringId', 'rooms.validation.offeringNotYours');
  if (!check.sessionOfOffering)
    throw invalidField('offeringSessionId', 'rooms.validation.sessionNotOfOffering');
}

export async function createBooking(ctx: ServiceContext, roomId: string, input: CreateBookingInput) {
  const { row, ref, actor } = await loadRoom(ctx, roomId, 'read');
  const room = row.room;
  const booker = bookerFor(actor, ref, input.organizationId);
  await checkOfferingLink(ctx.db, booker.organizationId, input);
  const first = { startsAt: input.startsAt, endsAt: input.endsAt };
  checkSlot(first);
  const slots = expandSlots(first, input.rrule);
  const actx = { ...ctx, actor };
  const seriesId = input.rrule ? randomUUID() : null;
  try {
    return await ctx.db.transaction(async (tx) => {
      const report = await assessSlots(actx, tx, room, slots);
      const free = report.filter((o) => o.outcome === 'bookable');
      const skipped = report.filter((o) => o.outcome !== 'bookable');
      const result = {
        status: booker.status,
        seriesId,
        report: report.map(strip),
        skipped: skipped.map(strip),
      };
      if (input.dryRun) return { ...result, dryRun: true, bookings: [] };
      if (free.length === 0 || (skipped.length > 0 && !input.skipConflicts)) throw problemsError(ctx, report);
      const bufferMs = room.bufferMinutes * 60_000;
      const values = free.map((o) => ({
        id: randomUUID(),
        roomId,
        organizationId: booker.organizationId,
        createdBy: actor.userId,
        status: booker.status,
        startsAt: o.startsAt,
        endsAt: o.endsAt,
        blockedUntil: new Date(o.endsAt.getTime() + bufferMs),
        title: input.title,
        note: input.note ?? null,
        seriesId,
        offeringId: input.offeringId ?? null,
        offeringSessionId: input.offeringSessionId ?? null,
      }));
      const ids = values.map((v) => v.id);
      // The bookings and the records to answer with: one statement.
      const bookings = await insertBookings(tx, values);
      await recordAudit(tx, {
        actor,
        organizationId: room.organizationId,
        entityType: seriesId ? 'room_booking_series' : 'room_booking',
        entityId: seriesId ?? ids[0] ?? roomId,
        action: booker.status === 'confirmed' ? 'book' : 'request',
        after: {
          roomId,
          bookerOrganizationId: booker.organizationId,
          title: input.title,
          bookingIds: ids,
          dates: free.map(strip),
        },
      });
      if (booker.status === 'requested') await notifyRequest(ctx, tx, room, bookings);
      return {
        ...result,
        dryRun: false,
        bookings: bookings.map((b) => presentBooking(actor, b)),
      };
    });
  } catch (error) {
    // A writer that committed between our check and our insert: the constraint has the last word.
    if (sqlState(error) === '23P01') throw await raceClash(ctx, roomId, slots);
    throw error;
  }
}
