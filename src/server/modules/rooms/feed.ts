import { eq } from 'drizzle-orm';
import ical, { ICalEventStatus } from 'ical-generator';
import { AppError, notFound } from '../../http/errors';
import { translate } from '../../http/i18n';
import { type Actor, can } from '../../policy';
import type { ServiceContext } from '../../service-context';
import * as organizationsRepo from '../accounts/repo';
import { users } from '../accounts/schema';
import * as bookingsRepo from './bookings-repo';
import { userOfFeedToken } from './feed-token';
import { canSeeBookingDetails, roomRules } from './policy';
import * as repo from './repo';
import { roomBookings } from './schema';

const PAST_DAYS = 90;
const FUTURE_DAYS = 400;

/** The person a feed is for: the signed-in caller, or the user named by a valid feed token. */
async function feedActor(ctx: ServiceContext, roomId: string, token: string | undefined): Promise<Actor> {
  if (!token) {
    if (!ctx.actor) throw new AppError('unauthenticated');
    return ctx.actor;
  }
  const userId = userOfFeedToken(ctx.config.authSecret, token, roomId);
  if (!userId) throw notFound();
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId));
  if (!user) throw notFound();
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    isInstanceAdmin: user.isInstanceAdmin,
    memberships: await organizationsRepo.findMembershipsOfUser(ctx.db, user.id),
  };
}

/** A room's calendar as iCalendar: details for owner and booker, "busy" for everybody else. */
export async function roomFeed(
  ctx: ServiceContext,
  roomId: string,
  token: string | undefined,
): Promise<string> {
  const actor = await feedActor(ctx, roomId, token);
  const room = await repo.findRoom(ctx.db, roomId);
  if (!room) throw notFound();
  const granted = (await repo.grantsOfActor(ctx.db, actor, [roomId])).get(roomId) ?? [];
  if (!can(actor, roomRules.read, repo.refOf(room, granted))) throw notFound();
  const now = Date.now();
  const rows = await bookingsRepo.listBookings(
    ctx.db,
    eq(roomBookings.roomId, roomId),
    actor.memberships.map((m) => m.organizationId),
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
    const full = canSeeBookingDetails(actor, bookingsRepo.bookingRefOf(booking));
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
