import { AppError } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import * as bookingsRepo from './bookings-repo';
import { formatSlotInText, overlaps, type Slot } from './time';

/** 409 naming the clashing time (Berlin local time, in the caller's language). */
export function clashError(ctx: ServiceContext, clash: Slot): AppError {
  return new AppError('conflict', {
    detail: 'rooms.error.clash.detail',
    params: { when: formatSlotInText(ctx.locale, clash) },
  });
}

/** After an exclusion violation: find the booking we ran into to name its time. */
export async function raceClash(ctx: ServiceContext, roomId: string, slots: Slot[]): Promise<AppError> {
  const first = slots[0];
  const last = slots[slots.length - 1];
  if (!first || !last) return new AppError('conflict');
  const clashes = await bookingsRepo.confirmedOverlapping(
    ctx.db,
    roomId,
    new Date(first.startsAt.getTime() - 240 * 60_000),
    new Date(last.endsAt.getTime() + 240 * 60_000),
  );
  const hit = clashes.find((c) =>
    slots.some((s) => overlaps(s, { startsAt: c.startsAt, endsAt: c.blockedUntil })),
  );
  return hit
    ? clashError(ctx, hit)
    : new AppError('conflict', { detail: 'rooms.error.clash.detail', params: { when: '' } });
}
