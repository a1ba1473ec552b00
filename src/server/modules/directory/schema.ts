import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  point,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations, users } from '../accounts/schema';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The partner taxonomy (domain.md §3); instance admins extend it. */
export const partnerKinds = pgTable('partner_kinds', {
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').notNull().unique(),
  labelDe: text('label_de').notNull(),
  labelEn: text('label_en').notNull(),
  /** Priority partners of a family centre (counselling, family education). */
  isPriority: boolean('is_priority').notNull().default(false),
  sortOrder: integer('sort_order').notNull().default(100),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const organizationKinds = pgTable(
  'organization_kinds',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    kindId: uuid('kind_id')
      .notNull()
      .references(() => partnerKinds.id),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.kindId] }),
    index('organization_kinds_kind_idx').on(t.kindId),
  ],
);

export interface OpeningHours {
  /** ISO weekday 1 (Monday) … 7 (Sunday). */
  day: number;
  from: string;
  to: string;
}

/** Which field groups the public (families, no login) may see; signed-in participants see all but notes. */
export interface PublicFieldGroups {
  address: boolean;
  contact: boolean;
  openingHours: boolean;
  contactPersons: boolean;
}

/** The directory profile of an organisation (1:1), kept fresh by its owner. */
export const partnerProfiles = pgTable(
  'partner_profiles',
  {
    organizationId: uuid('organization_id')
      .primaryKey()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    coreMandate: text('core_mandate'),
    openingHours: jsonb('opening_hours').$type<OpeningHours[]>().notNull().default([]),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    accessibility: text('accessibility').array().notNull().default(sql`'{}'::text[]`),
    targetGroups: text('target_groups').array().notNull().default(sql`'{}'::text[]`),
    publicFields: jsonb('public_fields')
      .$type<PublicFieldGroups>()
      .notNull()
      .default({ address: true, contact: true, openingHours: true, contactPersons: false }),
    /** Who is asked to confirm the profile; null while the partner has no account (unclaimed). */
    ownerUserId: uuid('owner_user_id').references(() => users.id, { onDelete: 'set null' }),
    lastConfirmedAt: timestamp('last_confirmed_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the owner was last asked "still correct?"; a new request waits for the next stale period. */
    confirmationRequestedAt: timestamp('confirmation_requested_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    /** Maintained by database triggers (migration 0004) from the profile, its organisation and kinds. */
    foldedName: text('folded_name').notNull().default(''),
    searchDocument: tsvector('search_document'),
    /** The organisation's coordinates (x = lng, y = lat) and kinds, copied here so that one table's indexes
     * narrow a search by text, place and kind together. */
    location: point('location', { mode: 'xy' }),
    kindIds: uuid('kind_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('partner_profiles_confirmed_idx').on(t.lastConfirmedAt)],
);

/** Business contact data only (DSGVO): name, function, phone, e-mail. */
export const contactPersons = pgTable(
  'contact_persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role'),
    phone: text('phone'),
    email: text('email'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('contact_persons_org_idx').on(t.organizationId)],
);

export const relationshipStatuses = ['potential', 'in_contact', 'active', 'paused', 'ended'] as const;
export type RelationshipStatus = (typeof relationshipStatuses)[number];
export const relationshipStatusEnum = pgEnum('relationship_status', relationshipStatuses);

/** A family centre's relationship with a partner, with the centre's internal notes. */
export const partnerRelationships = pgTable(
  'partner_relationships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    status: relationshipStatusEnum('status').notNull().default('potential'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull().defaultNow(),
    /** Visible only to the centre's members. */
    internalNotes: text('internal_notes'),
    nextStep: text('next_step'),
    nextStepAssigneeId: uuid('next_step_assignee_id').references(() => users.id, { onDelete: 'set null' }),
    nextStepDue: text('next_step_due'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('partner_relationships_pair_uq').on(t.centreId, t.partnerId),
    index('partner_relationships_partner_idx').on(t.partnerId),
  ],
);

/** Each status change with its date, for the pipeline's history. */
export const relationshipStatusChanges = pgTable(
  'relationship_status_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    relationshipId: uuid('relationship_id')
      .notNull()
      .references(() => partnerRelationships.id, { onDelete: 'cascade' }),
    status: relationshipStatusEnum('status').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('relationship_status_changes_rel_idx').on(t.relationshipId, t.changedAt)],
);
