import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

// --- people and sign-in (tables used by better-auth; field names are its own) ---

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  isInstanceAdmin: boolean('is_instance_admin').notNull().default(false),
  /** Set when the person was erased: the row stays as a pseudonymous tombstone (migration 0014). */
  erasedAt: timestamp('erased_at', { withTimezone: true }),
  ...timestamps,
});

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    token: text('token').notNull().unique(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    ...timestamps,
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Credentials and linked identity providers (better-auth calls them accounts). */
export const authAccounts = pgTable(
  'auth_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
    scope: text('scope'),
    password: text('password'),
    ...timestamps,
  },
  (t) => [index('auth_accounts_user_idx').on(t.userId)],
);

export const verifications = pgTable(
  'verifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ...timestamps,
  },
  (t) => [index('verifications_identifier_idx').on(t.identifier)],
);

/** Keys for machine clients (`Authorization: Bearer …`); only a hash is stored. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    keyHash: text('key_hash').notNull().unique(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('api_keys_user_idx').on(t.userId)],
);

// --- reference data ---

export const municipalities = pgTable('municipalities', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Amtlicher Gemeindeschlüssel or another official key; unique per instance. */
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  state: text('state').notNull(),
});

export const districts = pgTable(
  'districts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('districts_municipality_name_uq').on(t.municipalityId, t.name)],
);

// --- organisations and memberships ---

/** `state_office`: a Landesjugendamt, which sees the planning aggregates of its state's municipalities only. */
export const organizationTypes = [
  'family_centre',
  'partner',
  'youth_office',
  'provider',
  'network',
  'state_office',
] as const;
export type OrganizationType = (typeof organizationTypes)[number];
export const organizationTypeEnum = pgEnum('organization_type', organizationTypes);

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: organizationTypeEnum('type').notNull(),
    name: text('name').notNull(),
    /** The Träger this facility belongs to. */
    providerId: uuid('provider_id').references((): AnyPgColumn => organizations.id),
    /** The Verbund a family centre is certified with (at most one). */
    networkId: uuid('network_id').references((): AnyPgColumn => organizations.id),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    districtId: uuid('district_id').references(() => districts.id),
    street: text('street'),
    postalCode: text('postal_code'),
    city: text('city'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    description: text('description'),
    /** Visible only to the organisation's own members. */
    internalNotes: text('internal_notes'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('organizations_municipality_type_name_idx').on(t.municipalityId, t.type, t.name, t.id),
    index('organizations_type_name_idx').on(t.type, t.name, t.id),
    index('organizations_name_idx').on(t.name, t.id),
    index('organizations_district_idx').on(t.districtId),
    index('organizations_provider_idx').on(t.providerId),
    index('organizations_network_idx').on(t.networkId),
    check('organizations_lat_range', sql`${t.lat} is null or ${t.lat} between -90 and 90`),
    check('organizations_lng_range', sql`${t.lng} is null or ${t.lng} between -180 and 180`),
    check('organizations_name_not_blank', sql`length(trim(${t.name})) > 0`),
  ],
);

export const membershipRoles = ['admin', 'lead', 'staff', 'planner'] as const;
export type MembershipRole = (typeof membershipRoles)[number];
export const membershipRoleEnum = pgEnum('membership_role', membershipRoles);

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    role: membershipRoleEnum('role').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('memberships_user_org_uq').on(t.userId, t.organizationId),
    index('memberships_org_idx').on(t.organizationId),
  ],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: membershipRoleEnum('role').notNull(),
    /** SHA-256 of the token in the e-mail link; the token itself is never stored. */
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('invitations_org_idx').on(t.organizationId), index('invitations_email_idx').on(t.email)],
);
