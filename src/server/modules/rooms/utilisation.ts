import { and, asc, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { DateTime } from 'luxon';
import type { Executor } from '../../db/client';
import type { ServiceContext } from '../../service-context';
import { organizations } from '../accounts/schema';
import { loadRoom } from './policy/rooms';
import { utilisationScope } from './policy/utilisation';
import * as repo from './repo';
import { type BookableWindow, roomBookings, roomClosures, rooms } from './schema';
import { bookableMinutesOn, monthBounds, type Slot } from './time';

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
const ratioOf = (booked: number, bookable: number) =>
  bookable > 0 ? Math.round((booked / bookable) * 1000) / 1000 : null;

function overlapMinutes(a: Slot, from: Date, to: Date): number {
  const start = Math.max(a.startsAt.getTime(), from.getTime());
  const end = Math.min(a.endsAt.getTime(), to.getTime());
  return Math.max(0, (end - start) / 60_000);
}

/** Bookable minutes of a day; a day closed for most of its time counts as closed. */
function bookableOn(windows: readonly BookableWindow[], day: DateTime, closures: Slot[]): number {
  const from = day.toJSDate();
  const to = day.plus({ days: 1 }).toJSDate();
  const dayMinutes = (to.getTime() - from.getTime()) / 60_000;
  const closed = closures.reduce((sum, c) => sum + overlapMinutes(c, from, to), 0);
  return closed >= dayMinutes / 2 ? 0 : bookableMinutesOn(windows, day);
}

async function confirmedIn(db: Executor, roomIds: string[], from: Date, to: Date) {
  if (roomIds.length === 0) return [];
  return db
    .select({ roomId: roomBookings.roomId, startsAt: roomBookings.startsAt, endsAt: roomBookings.endsAt })
    .from(roomBookings)
    .where(
      and(
        inArray(roomBookings.roomId, roomIds),
        eq(roomBookings.status, 'confirmed'),
        lt(roomBookings.startsAt, to),
        gt(roomBookings.endsAt, from),
      ),
    );
}

async function closuresIn(db: Executor, roomIds: string[], from: Date, to: Date) {
  if (roomIds.length === 0) return [];
  return db
    .select({ roomId: roomClosures.roomId, startsAt: roomClosures.startsAt, endsAt: roomClosures.endsAt })
    .from(roomClosures)
    .where(
      and(
        inArray(roomClosures.roomId, roomIds),
        lt(roomClosures.startsAt, to),
        gt(roomClosures.endsAt, from),
      ),
    );
}

/** Booked hours / bookable hours of one room per day of a month (owner's members, planners). */
export async function roomUtilisation(ctx: ServiceContext, roomId: string, month: string) {
  const { row } = await loadRoom(ctx, roomId, 'viewUtilisation');
  const room = row.room;
  const { from, to, days } = monthBounds(month);
  const bookings = await confirmedIn(ctx.db, [roomId], from, to);
  const closures = await closuresIn(ctx.db, [roomId], from, to);
  const perDay = days.map((day) => {
    const dayFrom = day.toJSDate();
    const dayTo = day.plus({ days: 1 }).toJSDate();
    const booked = bookings.reduce((sum, b) => sum + overlapMinutes(b, dayFrom, dayTo), 0);
    return { date: day.toISODate() ?? '', bookable: bookableOn(room.bookableHours, day, closures), booked };
  });
  const bookable = perDay.reduce((s, d) => s + d.bookable, 0);
  const booked = perDay.reduce((s, d) => s + d.booked, 0);
  return {
    roomId,
    month,
    bookableHours: hours(bookable),
    bookedHours: hours(booked),
    ratio: ratioOf(booked, bookable),
    days: perDay.map((d) => ({
      date: d.date,
      bookableHours: hours(d.bookable),
      bookedHours: hours(d.booked),
    })),
  };
}

/** Minutes of confirmed bookings within [from, to), by room. */
async function bookedMinutesByRoom(db: Executor, ids: string[], from: Date, to: Date) {
  const booked = new Map<string, number>();
  if (ids.length === 0) return booked;
  const sums = await db
    .select({
      roomId: roomBookings.roomId,
      minutes: sql<number>`sum(extract(epoch from least(${roomBookings.endsAt}, ${to.toISOString()}::timestamptz) - greatest(${roomBookings.startsAt}, ${from.toISOString()}::timestamptz)) / 60)::float8`,
    })
    .from(roomBookings)
    .where(
      and(
        inArray(roomBookings.roomId, ids),
        eq(roomBookings.status, 'confirmed'),
        lt(roomBookings.startsAt, to),
        gt(roomBookings.endsAt, from),
      ),
    )
    .groupBy(roomBookings.roomId);
  for (const s of sums) booked.set(s.roomId, Number(s.minutes));
  return booked;
}

interface Figures {
  bookable: number;
  booked: number;
}
interface OrganizationFigures extends Figures {
  name: string;
  rooms: number;
  perRoom: (Figures & { id: string; name: string })[];
}

const figuresOf = (f: Figures) => ({
  bookableHours: hours(f.bookable),
  bookedHours: hours(f.booked),
  ratio: ratioOf(f.booked, f.bookable),
});

export async function aggregateUtilisation(
  ctx: ServiceContext,
  query: { month: string; municipalityId?: string | undefined; organizationId?: string | undefined },
) {
  const scope = await utilisationScope(ctx, query);
  const { from, to, days } = monthBounds(query.month);
  const roomRows = await ctx.db
    .select(repo.roomRecordColumns)
    .from(rooms)
    .innerJoin(organizations, eq(organizations.id, rooms.organizationId))
    .where(and(scope, isNull(rooms.removedAt)))
    .orderBy(asc(organizations.name), asc(rooms.name));
  const ids = roomRows.map((r) => r.id);
  const booked = await bookedMinutesByRoom(ctx.db, ids, from, to);
  const closures = await closuresIn(ctx.db, ids, from, to);
  const byOrganization = new Map<string, OrganizationFigures>();
  for (const room of roomRows) {
    const roomClosureList = closures.filter((c) => c.roomId === room.id);
    const bookable = days.reduce((s, day) => s + bookableOn(room.bookableHours, day, roomClosureList), 0);
    const roomBooked = booked.get(room.id) ?? 0;
    const entry = byOrganization.get(room.organizationId) ?? {
      name: room.organizationName,
      rooms: 0,
      bookable: 0,
      booked: 0,
      perRoom: [],
    };
    entry.rooms += 1;
    entry.bookable += bookable;
    entry.booked += roomBooked;
    entry.perRoom.push({ id: room.id, name: room.name, bookable, booked: roomBooked });
    byOrganization.set(room.organizationId, entry);
  }
  const entries = [...byOrganization.entries()];
  return {
    month: query.month,
    rooms: roomRows.length,
    ...figuresOf({
      bookable: entries.reduce((s, [, e]) => s + e.bookable, 0),
      booked: entries.reduce((s, [, e]) => s + e.booked, 0),
    }),
    organizations: entries.map(([id, e]) => ({
      organization: { id, name: e.name },
      rooms: e.rooms,
      ...figuresOf(e),
      perRoom: e.perRoom.map((r) => ({ room: { id: r.id, name: r.name }, ...figuresOf(r) })),
    })),
  };
}
