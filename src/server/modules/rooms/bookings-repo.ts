import { and, asc, eq, gt, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Executor, runStatement } from '../../db/client';
import { decodeCursor, instantCursorSchema } from '../../http/pagination';
import { organizations, users } from '../accounts/schema';
import { coOrganizerIdsOf } from '../offerings/co-organizers';
import { type BookingStatus, roomBookings, rooms } from './schema';

const bookers = alias(organizations, 'booker');

export const bookingRecordColumns = {
  id: roomBookings.id,
  roomId: roomBookings.roomId,
  roomName: rooms.name,
  roomOrganizationId: rooms.organizationId,
  bookerOrganizationId: roomBookings.organizationId,
  bookerOrganizationName: bookers.name,
  createdById: roomBookings.createdBy,
  createdByName: users.name,
  status: roomBookings.status,
  startsAt: roomBookings.startsAt,
  endsAt: roomBookings.endsAt,
  blockedUntil: roomBookings.blockedUntil,
  title: roomBookings.title,
  note: roomBookings.note,
  seriesId: roomBookings.seriesId,
  decisionReason: roomBookings.decisionReason,
  decidedAt: roomBookings.decidedAt,
  offeringId: roomBookings.offeringId,
  offeringSessionId: roomBookings.offeringSessionId,
  // Co-organisers of the booking's offering also see its details (issue 6, item 4).
  offeringOrganizationIds: coOrganizerIdsOf(roomBookings.offeringId),
  version: roomBookings.version,
  createdAt: roomBookings.createdAt,
};

export interface BookingRecord {
  id: string;
  roomId: string;
  roomName: string;
  roomOrganizationId: string;
  bookerOrganizationId: string;
  bookerOrganizationName: string;
  createdById: string | null;
  createdByName: string | null;
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  blockedUntil: Date;
  title: string;
  note: string | null;
  seriesId: string | null;
  decisionReason: string | null;
  decidedAt: Date | null;
  offeringId: string | null;
  offeringSessionId: string | null;
  offeringOrganizationIds: string[];
  version: number;
  createdAt: Date;
}

function selectBookings(db: Executor) {
  return db
    .select(bookingRecordColumns)
    .from(roomBookings)
    .innerJoin(rooms, eq(rooms.id, roomBookings.roomId))
    .innerJoin(bookers, eq(bookers.id, roomBookings.organizationId))
    .leftJoin(users, eq(users.id, roomBookings.createdBy));
}

export async function findBooking(
  db: Executor,
  id: string,
  lock = false,
): Promise<BookingRecord | undefined> {
  const query = selectBookings(db).where(eq(roomBookings.id, id));
  const [row] = lock ? await query.for('update', { of: roomBookings }) : await query;
  return row;
}

export async function findBookingsByIds(db: Executor, ids: string[]): Promise<BookingRecord[]> {
  if (ids.length === 0) return [];
  return selectBookings(db)
    .where(inArray(roomBookings.id, ids))
    .orderBy(asc(roomBookings.startsAt), asc(roomBookings.id));
}

export interface RangeQuery {
  from: Date;
  to: Date;
  status?: BookingStatus[] | undefined;
  limit: number;
  cursor?: string | undefined;
}

function pageConditions(query: RangeQuery): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [
    lt(roomBookings.startsAt, query.to),
    gt(roomBookings.endsAt, query.from),
  ];
  if (query.status?.length) conditions.push(inArray(roomBookings.status, query.status));
  if (query.cursor) {
    const [startsAt, id] = decodeCursor(query.cursor, instantCursorSchema);
    const after = new Date(startsAt);
    conditions.push(
      or(gt(roomBookings.startsAt, after), and(eq(roomBookings.startsAt, after), gt(roomBookings.id, id))),
    );
  }
  return conditions;
}

/** Bookings in a period within `scope` (the policy's: who sees which booking, and which calendar). */
export async function listBookings(db: Executor, scope: SQL | undefined, query: RangeQuery) {
  return selectBookings(db)
    .where(and(scope, ...pageConditions(query)))
    .orderBy(asc(roomBookings.startsAt), asc(roomBookings.id))
    .limit(query.limit + 1);
}

/** Confirmed bookings whose blocked time overlaps [from, to): the clash candidates of a request. */
export async function confirmedOverlapping(db: Executor, roomId: string, from: Date, to: Date) {
  return selectBookings(db)
    .where(
      and(
        eq(roomBookings.roomId, roomId),
        eq(roomBookings.status, 'confirmed'),
        sql`tstzrange(${roomBookings.startsAt}, ${roomBookings.blockedUntil}, '[)') && tstzrange(${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz, '[)')`,
      ),
    )
    .orderBy(asc(roomBookings.startsAt));
}

const PROBE_SPAN = `select
    exists(select 1 from room_bookings
           where room_id = $1 and status = 'confirmed'
             and tstzrange(starts_at, blocked_until, '[)') && tstzrange($2::timestamptz, $3::timestamptz, '[)')) as "hasBooking",
    exists(select 1 from room_closures
           where room_id = $1 and ends_at > $2::timestamptz and starts_at < $3::timestamptz) as "hasClosure"`;

/**
 * Whether anything may stand in the way of [from, to): a confirmed booking whose blocked time overlaps it
 * (as `confirmedOverlapping`) or a closure overlapping it (as `listClosures`). One cheap statement: the
 * records are loaded only when there is something to report. A named prepared statement.
 */
export async function probeSpan(
  db: Executor,
  roomId: string,
  from: Date,
  to: Date,
): Promise<{ hasBooking: boolean; hasClosure: boolean }> {
  const [row] = await runStatement<{ hasBooking: boolean; hasClosure: boolean }>(
    db,
    PROBE_SPAN,
    [roomId, from.toISOString(), to.toISOString()],
    'rooms_probe_span',
  );
  return { hasBooking: row?.hasBooking === true, hasClosure: row?.hasClosure === true };
}

/** The inbox: no period, soonest first. */
export async function listRequests(
  db: Executor,
  scope: SQL | undefined,
  query: { status?: BookingStatus[] | undefined; limit: number; cursor?: string | undefined },
) {
  const conditions: (SQL | undefined)[] = [scope];
  if (query.status?.length) conditions.push(inArray(roomBookings.status, query.status));
  if (query.cursor) {
    const [startsAt, id] = decodeCursor(query.cursor, instantCursorSchema);
    const after = new Date(startsAt);
    conditions.push(
      or(gt(roomBookings.startsAt, after), and(eq(roomBookings.startsAt, after), gt(roomBookings.id, id))),
    );
  }
  return selectBookings(db)
    .where(and(...conditions))
    .orderBy(asc(roomBookings.startsAt), asc(roomBookings.id))
    .limit(query.limit + 1);
}

/** Open (requested or confirmed) dates of a booking's series, and those from the booking's date on. */
export async function seriesFigures(
  db: Executor,
  booking: Pick<BookingRecord, 'seriesId' | 'roomId' | 'startsAt'>,
): Promise<{ openDates: number; openFromHere: number } | null> {
  if (!booking.seriesId) return null;
  const [row] = await db
    .select({
      openDates: sql<number>`count(*)::int`,
      openFromHere: sql<number>`(count(*) filter (where ${roomBookings.startsAt} >= ${booking.startsAt.toISOString()}::timestamptz))::int`,
    })
    .from(roomBookings)
    .where(
      and(
        eq(roomBookings.seriesId, booking.seriesId),
        eq(roomBookings.roomId, booking.roomId),
        inArray(roomBookings.status, ['requested', 'confirmed']),
      ),
    );
  return { openDates: Number(row?.openDates ?? 0), openFromHere: Number(row?.openFromHere ?? 0) };
}
