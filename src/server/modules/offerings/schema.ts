import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { districts, municipalities, organizations, users } from '../accounts/schema';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const pointType = customType<{ data: string }>({ dataType: () => 'point' });

// Formats are a code list (extendable without a migration: no DB enum); statuses are the state machine.
export const offeringFormats = [
  'open_cafe',
  'consultation_hour',
  'course_series',
  'single_event',
  'group',
  'information_evening',
] as const;
export type OfferingFormat = (typeof offeringFormats)[number];

export const offeringStatuses = [
  'idea',
  'proposed',
  'agreed',
  'published',
  'running',
  'evaluated',
  'ended',
  'cancelled',
] as const;
export type OfferingStatus = (typeof offeringStatuses)[number];
export const offeringStatusEnum = pgEnum('offering_status', offeringStatuses);

export const responsibilityKeys = [
  'lead',
  'content',
  'staff',
  'room',
  'registration',
  'publicity',
  'insurance',
  'costs',
  'evaluation',
] as const;
export type Responsibility = (typeof responsibilityKeys)[number];

export const registrationModes = ['none', 'phone_email', 'online'] as const;

export interface Registration {
  mode: (typeof registrationModes)[number];
  phone: string | null;
  email: string | null;
  url: string | null;
  capacity: number | null;
  waitlistCount: number | null;
  note: string | null;
}

const createdAt = timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const offerings = pgTable(
  'offerings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    plainDescription: text('plain_description'),
    format: text('format').notNull(),
    themes: text('themes').array().notNull().default(sql`'{}'::text[]`),
    targetGroups: text('target_groups').array().notNull().default(sql`'{}'::text[]`),
    ageFrom: smallint('age_from'),
    ageTo: smallint('age_to'),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    feeCents: integer('fee_cents').notNull().default(0),
    reducedFeeCents: integer('reduced_fee_cents'),
    feeNote: text('fee_note'),
    registration: jsonb('registration').$type<Registration>().notNull(),
    accessibility: text('accessibility').array().notNull().default(sql`'{}'::text[]`),
    accessibilityNote: text('accessibility_note'),
    sealCriteria: text('seal_criteria').array().notNull().default(sql`'{}'::text[]`),
    isPublic: boolean('is_public').notNull().default(false),
    status: offeringStatusEnum('status').notNull().default('idea'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull().defaultNow(),
    /** Raised when responsibilities or schedule change after agreement: consents are asked again. */
    consentRound: integer('consent_round').notNull().default(1),
    /** Denormalised from offering_organizers (the one with "lead") for policy checks and lists. */
    leadOrganizationId: uuid('lead_organization_id')
      .notNull()
      .references(() => organizations.id),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    placeName: text('place_name'),
    street: text('street'),
    postalCode: text('postal_code'),
    city: text('city'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    location: pointType('location').generatedAlwaysAs(
      sql`case when lat is null or lng is null then null else point(lng, lat) end`,
    ),
    districtId: uuid('district_id').references(() => districts.id),
    /** A room of the rooms module; its foreign key comes with migration 0011. */
    roomId: uuid('room_id'),
    evaluationText: text('evaluation_text'),
    evaluationUpdatedAt: timestamp('evaluation_updated_at', { withTimezone: true }),
    evaluationUpdatedBy: uuid('evaluation_updated_by').references(() => users.id, { onDelete: 'set null' }),
    searchDocument: tsvector('search_document'),
    foldedTitle: text('folded_title').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt,
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('offerings_lead_org_idx').on(t.leadOrganizationId),
    index('offerings_municipality_status_idx').on(t.municipalityId, t.status),
    check('offerings_title_not_blank', sql`length(trim(${t.title})) > 0`),
    check('offerings_fee_nonnegative', sql`${t.feeCents} >= 0 and coalesce(${t.reducedFeeCents}, 0) >= 0`),
    check(
      'offerings_age_range',
      sql`${t.ageFrom} is null or ${t.ageTo} is null or ${t.ageFrom} <= ${t.ageTo}`,
    ),
    check('offerings_lat_range', sql`${t.lat} is null or ${t.lat} between -90 and 90`),
    check('offerings_lng_range', sql`${t.lng} is null or ${t.lng} between -180 and 180`),
  ],
);

export const offeringOrganizers = pgTable(
  'offering_organizers',
  {
    offeringId: uuid('offering_id')
      .notNull()
      .references(() => offerings.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    responsibilities: text('responsibilities').array().notNull().default(sql`'{}'::text[]`),
    otherResponsibilities: text('other_responsibilities'),
    position: smallint('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.offeringId, t.organizationId] }),
    index('offering_organizers_org_idx').on(t.organizationId),
    // Exactly one lead: at most one here, at least one checked by the service in the same transaction.
    uniqueIndex('offering_organizers_one_lead_uq')
      .on(t.offeringId)
      .where(sql`'lead' = any(${t.responsibilities})`),
    check(
      'offering_organizers_known_responsibilities',
      sql`${t.responsibilities} <@ array['lead','content','staff','room','registration','publicity','insurance','costs','evaluation']::text[]`,
    ),
  ],
);

export const offeringConsents = pgTable(
  'offering_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    offeringId: uuid('offering_id')
      .notNull()
      .references(() => offerings.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    round: integer('round').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('offering_consents_round_uq').on(t.offeringId, t.organizationId, t.round)],
);

export const offeringComments = pgTable(
  'offering_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    offeringId: uuid('offering_id')
      .notNull()
      .references(() => offerings.id, { onDelete: 'cascade' }),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    organizationId: uuid('organization_id').references(() => organizations.id),
    body: text('body').notNull(),
    createdAt,
  },
  (t) => [index('offering_comments_offering_idx').on(t.offeringId, t.createdAt, t.id)],
);

export const offeringSchedules = pgTable(
  'offering_schedules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    offeringId: uuid('offering_id')
      .notNull()
      .references(() => offerings.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull().default(0),
    /** Local (wall-clock) start in `time_zone`; occurrences keep this wall time across DST. */
    startDate: date('start_date', { mode: 'string' }).notNull(),
    startTime: text('start_time').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    rrule: text('rrule'),
    exdates: text('exdates').array().notNull().default(sql`'{}'::text[]`),
    timeZone: text('time_zone').notNull().default('Europe/Berlin'),
  },
  (t) => [
    index('offering_schedules_offering_idx').on(t.offeringId),
    check('offering_schedules_duration', sql`${t.durationMinutes} > 0`),
  ],
);

/** One row per occurrence, materialised from the schedules (date filter, attendance, room bookings). */
export const offeringSessions = pgTable(
  'offering_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    offeringId: uuid('offering_id')
      .notNull()
      .references(() => offerings.id, { onDelete: 'cascade' }),
    scheduleId: uuid('schedule_id').references(() => offeringSchedules.id, { onDelete: 'set null' }),
    /** The occurrence the schedule produced; kept when the session is moved, so a rebuild finds it. */
    originalStartsAt: timestamp('original_starts_at', { withTimezone: true }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    cancelled: boolean('cancelled').notNull().default(false),
    participants: integer('participants'),
    note: text('note'),
    /** A room of the rooms module; its foreign key comes with migration 0011. */
    roomId: uuid('room_id'),
    placeName: text('place_name'),
    street: text('street'),
    postalCode: text('postal_code'),
    city: text('city'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
  },
  (t) => [
    // INCLUDE (cancelled, ends_at) is added by migrations 0013 and 0016 (drizzle cannot declare it): index-only
    // next-session lookups and session hours per offering (capacity).
    index('offering_sessions_offering_starts_idx').on(t.offeringId, t.startsAt),
    index('offering_sessions_starts_idx').on(t.startsAt),
    uniqueIndex('offering_sessions_occurrence_uq').on(t.scheduleId, t.originalStartsAt),
    check('offering_sessions_end_after_start', sql`${t.endsAt} > ${t.startsAt}`),
    check('offering_sessions_participants', sql`${t.participants} is null or ${t.participants} >= 0`),
  ],
);

/** Postcode centroids for the finder's distance filter (demo: Musterstadt; production: a full table). */
export const postcodes = pgTable('postcodes', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  lat: doublePrecision('lat').notNull(),
  lng: doublePrecision('lng').notNull(),
});
