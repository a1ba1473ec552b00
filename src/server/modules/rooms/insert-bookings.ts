import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { type Executor, runStatement } from '../../db/client';
import { coOrganizerIdsOf } from '../offerings/co-organizers';
import type { BookingRecord } from './bookings-repo';
import type { roomBookings } from './schema';

/** The offerings module's subquery for the inserted rows (it has no parameters: its text is enough). */
const coOrganizersOfInserted = new PgDialect().sqlToQuery(coOrganizerIdsOf(sql.raw('i.offering_id'))).sql;

export type NewBooking = Pick<
  typeof roomBookings.$inferInsert,
  | 'roomId'
  | 'organizationId'
  | 'createdBy'
  | 'status'
  | 'startsAt'
  | 'endsAt'
  | 'blockedUntil'
  | 'title'
  | 'note'
  | 'seriesId'
  | 'offeringId'
  | 'offeringSessionId'
> & { id: string };

const BOOKING_INSERT_COLUMNS = [
  'id',
  'room_id',
  'organization_id',
  'created_by',
  'status',
  'starts_at',
  'ends_at',
  'blocked_until',
  'title',
  'note',
  'series_id',
  'offering_id',
  'offering_session_id',
] as const;

function bookingParams(b: NewBooking): unknown[] {
  return [
    b.id,
    b.roomId,
    b.organizationId,
    b.createdBy ?? null,
    b.status,
    b.startsAt.toISOString(),
    b.endsAt.toISOString(),
    b.blockedUntil.toISOString(),
    b.title,
    b.note ?? null,
    b.seriesId ?? null,
    b.offeringId ?? null,
    b.offeringSessionId ?? null,
  ];
}

/**
 * The statement of `insertBookings` for `count` bookings, written once per count: building it with the
 * query builder on every booking cost more CPU than anything else the app does for one (bench
 * rooms-booking-writes). Its result columns are those of `bookingRecordColumns`.
 */
const insertStatements = new Map<number, string>();

function insertStatement(count: number): string {
  const cached = insertStatements.get(count);
  if (cached) return cached;
  const width = BOOKING_INSERT_COLUMNS.length;
  const rows = Array.from(
    { length: count },
    (_, row) => `(${BOOKING_INSERT_COLUMNS.map((_c, column) => `$${row * width + column + 1}`).join(', ')})`,
  );
  const text = `with "inserted" as (
    insert into room_bookings (${BOOKING_INSERT_COLUMNS.join(', ')})
    values ${rows.join(', ')}
    returning *
  )
  select i.id, i.room_id as "roomId", r.name as "roomName", r.organization_id as "roomOrganizationId",
         i.organization_id as "bookerOrganizationId", o.name as "bookerOrganizationName",
         i.created_by as "createdById", u.name as "createdByName", i.status,
         i.starts_at as "startsAt", i.ends_at as "endsAt", i.blocked_until as "blockedUntil",
         i.title, i.note, i.series_id as "seriesId", i.decision_reason as "decisionReason",
         i.decided_at as "decidedAt", i.offering_id as "offeringId", i.offering_session_id as "offeringSessionId",
         ${coOrganizersOfInserted} as "offeringOrganizationIds",
         i.version, i.created_at as "createdAt"
    from "inserted" i
    join rooms r on r.id = i.room_id
    join organizations o on o.id = i.organization_id
    left join users u on u.id = i.created_by
   order by i.starts_at, i.id`;
  insertStatements.set(count, text);
  return text;
}

/** Timestamps arrive as text from node-postgres (drizzle's type parsers) and PGlite alike. */
const toDate = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));
const toDateOrNull = (value: unknown): Date | null => (value == null ? null : toDate(value));

/**
 * Inserts bookings (their ids chosen by the caller) and returns them as records (as `findBookingsByIds`
 * would read them), in one statement: nothing is read back. The caller writes the audit entry in the
 * same transaction.
 */
export async function insertBookings(tx: Executor, values: NewBooking[]): Promise<BookingRecord[]> {
  if (values.length === 0) return [];
  const params = values.flatMap(bookingParams);
  const rows = await runStatement<Record<string, unknown>>(
    tx,
    insertStatement(values.length),
    params,
    // A single booking, the usual case, is a named prepared statement (parsed once per connection).
    values.length === 1 ? 'rooms_insert_booking' : undefined,
  );
  return rows.map((row) => ({
    ...(row as unknown as BookingRecord),
    startsAt: toDate(row.startsAt),
    endsAt: toDate(row.endsAt),
    blockedUntil: toDate(row.blockedUntil),
    decidedAt: toDateOrNull(row.decidedAt),
    createdAt: toDate(row.createdAt),
  }));
}
