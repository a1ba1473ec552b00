import { and, asc, eq, gt, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Executor, runStatement } from '../../db/client';
import { decodeCursor, instantCursorSchema } from '../../http/pagination';
import { type Actor, can } from '../../policy';
import { organizations, users } from '../accounts/schema';
import type { auditLog } from '../audit/schema';

type AuditRow = typeof auditLog.$inferInsert;

import { type BookingRef, bookingRules, canSeeBookingDetails } from './policy';
import { type BookingStatus, roomBookings, rooms } from './schema';
import type { BookingView } from './schemas';

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
  offeringOrganizationIds: sql<
    string[]
  >`coalesce((select array_agg(oo.organization_id::text) from offering_organizers oo where oo.offering_id = ${roomBookings.offeringId}), '{}')`,
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

export function bookingRefOf(b: BookingRecord): BookingRef {
  return {
    roomOrganizationId: b.roomOrganizationId,
    bookerOrganizationId: b.bookerOrganizationId,
    status: b.status,
    offeringId: b.offeringId,
    offeringOrganizationIds: b.offeringOrganizationIds,
  };
}

/** A booking as the caller may see it: details for owner and booker, only the time for everybody else. */
export function presentBooking(actor: Actor, b: BookingRecord): BookingView {
  const ref = bookingRefOf(b);
  const full = canSeeBookingDetails(actor, ref);
  return {
    id: b.id,
    room: { id: b.roomId, name: b.roomName, organizationId: b.roomOrganizationId },
    status: b.status,
    startsAt: b.startsAt,
    endsAt: b.endsAt,
    visibility: full ? 'full' : 'busy',
    title: full ? b.title : null,
    note: full ? b.note : null,
    bookerOrganization: full ? { id: b.bookerOrganizationId, name: b.bookerOrganizationName } : null,
    createdBy: full && b.createdById && b.createdByName ? { id: b.createdById, name: b.createdByName } : null,
    seriesId: full ? b.seriesId : null,
    decisionReason: full ? b.decisionReason : null,
    decidedAt: full ? b.decidedAt : null,
    offeringId: full ? b.offeringId : null,
    offeringSessionId: full ? b.offeringSessionId : null,
    version: b.version,
    createdAt: b.createdAt,
    permissions: {
      cancel: can(actor, bookingRules.cancel, ref),
      decide: can(actor, bookingRules.decide, ref),
    },
  };
}

export async function findBooking(db: Executor, id: string): Promise<BookingRecord | undefined> {
  const [row] = await selectBookings(db).where(eq(roomBookings.id, id));
  return row;
}

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
  const a = count * width;
  const text = `with "inserted" as (
    insert into room_bookings (${BOOKING_INSERT_COLUMNS.join(', ')})
    values ${rows.join(', ')}
    returning *
  ), "audited" as (
    insert into audit_log (actor_user_id, organization_id, entity_type, entity_id, action, before, after)
    values ($${a + 1}::uuid, $${a + 2}::uuid, $${a + 3}, $${a + 4}::uuid, $${a + 5}, $${a + 6}::jsonb, $${a + 7}::jsonb)
  )
  select i.id, i.room_id as "roomId", r.name as "roomName", r.organization_id as "roomOrganizationId",
         i.organization_id as "bookerOrganizationId", o.name as "bookerOrganizationName",
         i.created_by as "createdById", u.name as "createdByName", i.status,
         i.starts_at as "startsAt", i.ends_at as "endsAt", i.blocked_until as "blockedUntil",
         i.title, i.note, i.series_id as "seriesId", i.decision_reason as "decisionReason",
         i.decided_at as "decidedAt", i.offering_id as "offeringId", i.offering_session_id as "offeringSessionId",
         coalesce((select array_agg(oo.organization_id::text) from offering_organizers oo
                   where oo.offering_id = i.offering_id), '{}') as "offeringOrganizationIds",
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
 * Inserts bookings (their ids chosen by the caller) and their audit entry, and returns the bookings as
 * records (as `findBookingsByIds` would read them), all in one statement: the audit row commits with the
 * bookings, and nothing is read back.
 */
export async function insertBookings(
  tx: Executor,
  values: NewBooking[],
  audit: AuditRow,
): Promise<BookingRecord[]> {
  if (values.length === 0) return [];
  const params = values.flatMap(bookingParams);
  params.push(
    audit.actorUserId ?? null,
    audit.organizationId ?? null,
    audit.entityType,
    audit.entityId,
    audit.action,
    audit.before == null ? null : JSON.stringify(audit.before),
    audit.after == null ? null : JSON.stringify(audit.after),
  );
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

/**
 * Bookings in a period, scoped in SQL: outsiders get only confirmed bookings (shown as busy); the
 * organisations in `fullFor` (owner and bookers) see every status of their own.
 */
export async function listBookings(
  db: Executor,
  scope: SQL | undefined,
  actorOrganizationIds: string[],
  query: RangeQuery,
) {
  const own = actorOrganizationIds.length
    ? or(
        inArray(rooms.organizationId, actorOrganizationIds),
        inArray(roomBookings.organizationId, actorOrganizationIds),
      )
    : undefined;
  const visible = own ? or(eq(roomBookings.status, 'confirmed'), own) : eq(roomBookings.status, 'confirmed');
  return selectBookings(db)
    .where(and(scope, visible, ...pageConditions(query)))
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

/** Bookings of an organisation's rooms or made by it. */
export function involving(organizationId: string): SQL | undefined {
  return or(eq(rooms.organizationId, organizationId), eq(roomBookings.organizationId, organizationId));
}

export function notOwnedBy(organizationIds: string[]): SQL {
  return sql`not ${inArray(rooms.organizationId, organizationIds)}`;
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
