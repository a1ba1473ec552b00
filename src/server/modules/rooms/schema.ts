import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations, users } from '../accounts/schema';

// Migration 0008_rooms.sql is hand-written (exclusion constraint, btree_gist); keep this file matching it.

export const equipmentKeys = [
  'kitchen',
  'tea_kitchen',
  'projector',
  'screen',
  'whiteboard',
  'flipchart',
  'mats',
  'music_system',
  'piano',
  'wifi',
  'buggy_parking',
  'changing_table',
  'children_furniture',
  'toys',
  'garden',
  'sink',
] as const;

export const feeModels = ['free', 'per_hour', 'course_share'] as const;
export const bookingStatuses = ['requested', 'confirmed', 'declined', 'cancelled'] as const;
export type BookingStatus = (typeof bookingStatuses)[number];
export const bookingStatusEnum = pgEnum('room_booking_status', bookingStatuses);

export interface BookableWindow {
  /** ISO weekday 1 (Monday) … 7 (Sunday). */
  day: number;
  /** Local time Europe/Berlin, HH:MM; `to` may be 24:00. */
  from: string;
  to: string;
}

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const rooms = pgTable(
  'rooms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    name: text('name').notNull(),
    building: text('building'),
    street: text('street'),
    postalCode: text('postal_code'),
    city: text('city'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    capacity: integer('capacity').notNull(),
    equipment: text('equipment').array().notNull().default(sql`'{}'::text[]`),
    accessibility: text('accessibility').array().notNull().default(sql`'{}'::text[]`),
    usageRules: text('usage_rules'),
    description: text('description'),
    feeModel: text('fee_model', { enum: feeModels }).notNull().default('free'),
    feeCentsPerHour: integer('fee_cents_per_hour'),
    feeSharePercent: integer('fee_share_percent'),
    bookableHours: jsonb('bookable_hours').$type<BookableWindow[]>().notNull().default([]),
    bufferMinutes: integer('buffer_minutes').notNull().default(0),
    version: integer('version').notNull().default(1),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index('rooms_organization_idx').on(t.organizationId, t.name),
    index('rooms_location_idx').on(t.lat, t.lng).where(sql`removed_at is null`),
    check('rooms_capacity_positive', sql`${t.capacity} > 0`),
    check('rooms_buffer_range', sql`${t.bufferMinutes} between 0 and 240`),
    check('rooms_fee_model', sql`${t.feeModel} in ('free', 'per_hour', 'course_share')`),
    check('rooms_name_not_blank', sql`length(trim(${t.name})) > 0`),
  ],
);

export const roomClosures = pgTable(
  'room_closures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roomId: uuid('room_id')
      .notNull()
      .references(() => rooms.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    reason: text('reason'),
    source: text('source', { enum: ['manual', 'ics'] })
      .notNull()
      .default('manual'),
    /** UID of the imported iCalendar event: a re-import replaces it. */
    externalUid: text('external_uid'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('room_closures_room_idx').on(t.roomId, t.startsAt),
    uniqueIndex('room_closures_external_uq').on(t.roomId, t.externalUid),
    check('room_closures_order', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** Standing use of a room by another organisation: it books directly (later granted by an agreement). */
export const roomGrants = pgTable(
  'room_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roomId: uuid('room_id')
      .notNull()
      .references(() => rooms.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** The cooperation agreement that grants the use (foreign key added by 0011_cross_links). */
    agreementId: uuid('agreement_id'),
    note: text('note'),
    validUntil: date('valid_until'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('room_grants_room_org_uq').on(t.roomId, t.organizationId),
    index('room_grants_org_idx').on(t.organizationId),
  ],
);

/**
 * One row per occurrence. `blocked_until` = ends_at + the room's buffer at booking time: the exclusion
 * constraint `room_bookings_no_overlap` (in the migration) needs an immutable range expression.
 */
export const roomBookings = pgTable(
  'room_bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roomId: uuid('room_id')
      .notNull()
      .references(() => rooms.id),
    /** The booking organisation. */
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    status: bookingStatusEnum('status').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    blockedUntil: timestamp('blocked_until', { withTimezone: true }).notNull(),
    title: text('title').notNull(),
    note: text('note'),
    seriesId: uuid('series_id'),
    decisionReason: text('decision_reason'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    cancelledBy: uuid('cancelled_by').references(() => users.id, { onDelete: 'set null' }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /** Links to the offerings module (foreign keys added by 0011_cross_links). */
    offeringId: uuid('offering_id'),
    offeringSessionId: uuid('offering_session_id'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('room_bookings_room_time_idx').on(t.roomId, t.startsAt),
    index('room_bookings_org_time_idx').on(t.organizationId, t.startsAt),
    index('room_bookings_series_idx').on(t.seriesId),
    index('room_bookings_requested_idx').on(t.roomId, t.startsAt).where(sql`status = 'requested'`),
    check('room_bookings_order', sql`${t.endsAt} > ${t.startsAt}`),
    check('room_bookings_max_length', sql`${t.endsAt} - ${t.startsAt} <= interval '24 hours'`),
    check('room_bookings_blocked_after_end', sql`${t.blockedUntil} >= ${t.endsAt}`),
  ],
);
