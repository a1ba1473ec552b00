import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { municipalities, organizations, users } from '../accounts/schema';

export const agreementStatuses = [
  'draft',
  'in_review',
  'ready_for_signature',
  'signed',
  'active',
  'review_due',
  /** A new version is being drafted while the last signed one stays in force. */
  'amended',
  'ended',
] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

export const agreementTypes = [
  'consultation_hour',
  'joint_course',
  'room_use',
  'basic_cooperation',
  'other',
] as const;
export type AgreementType = (typeof agreementTypes)[number];

/** The sections of an agreement in print order (domain.md §6); parties and term are structured fields. */
export const sectionKeys = [
  'purpose',
  'goals',
  'services',
  'contacts',
  'rooms',
  'costs',
  'publicRelations',
  'dataProtection',
  'childProtection',
  'evaluation',
  'term',
  'other',
] as const;
export type SectionKey = (typeof sectionKeys)[number];
export type Sections = Record<SectionKey, string>;

export const serviceFrequencies = [
  'once',
  'weekly',
  'biweekly',
  'monthly',
  'quarterly',
  'yearly',
  'on_demand',
] as const;

export const versionStatuses = ['draft', 'signed', 'superseded'] as const;

export interface ServiceRow {
  partyId: string;
  service: string;
  frequency: (typeof serviceFrequencies)[number] | null;
  place: string | null;
  hoursPerMonth: number | null;
  offeringId: string | null;
  roomId: string | null;
}
export interface TemplateServiceRow extends Omit<ServiceRow, 'partyId'> {
  partyIndex: number;
}
export interface ChildProtectionCheck {
  partyId: string;
  checkedOn: string;
  checkedBy: string;
}

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const agreementTemplates = pgTable(
  'agreement_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    type: text('type').$type<AgreementType>().notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** null: instance-wide; otherwise the Träger's own template. */
    ownerOrganizationId: uuid('owner_organization_id').references(() => organizations.id, {
      onDelete: 'cascade',
    }),
    builtIn: boolean('built_in').notNull().default(false),
    sections: jsonb('sections').$type<Sections>().notNull(),
    services: jsonb('services').$type<TemplateServiceRow[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('agreement_templates_instance_key_uq').on(t.key).where(sql`${t.ownerOrganizationId} is null`),
    index('agreement_templates_owner_idx').on(t.ownerOrganizationId),
  ],
);

export const agreements = pgTable(
  'agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull().unique(),
    title: text('title').notNull(),
    type: text('type').$type<AgreementType>().notNull(),
    templateId: uuid('template_id').references(() => agreementTemplates.id, { onDelete: 'set null' }),
    status: text('status').$type<AgreementStatus>().notNull().default('draft'),
    /** The home municipality (of the first party's first facility); see `municipalityIds` for visibility. */
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    /**
     * Every municipality the agreement involves: of each party's facilities (or of the party itself when it
     * names none), plus `municipalityId`. Planners of any of them see the agreement. Kept current by
     * triggers on agreement_parties (migration 0012), so every writer, including bulk loaders, is covered.
     */
    municipalityIds: uuid('municipality_ids').array().notNull().default(sql`'{}'::uuid[]`),
    currentVersion: integer('current_version').notNull().default(1),
    inForceVersion: integer('in_force_version'),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    autoRenewal: boolean('auto_renewal').notNull().default(false),
    renewalMonths: integer('renewal_months').notNull().default(12),
    noticePeriodMonths: integer('notice_period_months').notNull().default(3),
    reviewDate: date('review_date'),
    needsAmendmentReason: text('needs_amendment_reason'),
    needsAmendmentDetail: text('needs_amendment_detail'),
    needsAmendmentSince: timestamp('needs_amendment_since', { withTimezone: true }),
    sharedWithYouthOffice: boolean('shared_with_youth_office').notNull().default(false),
    /** Agreements created together by a Jugendamt framework ("Basiskooperation"). */
    frameworkId: uuid('framework_id'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('agreements_municipality_status_idx').on(t.municipalityId, t.status),
    index('agreements_municipality_ids_idx').using('gin', t.municipalityIds),
    index('agreements_review_date_idx').on(t.reviewDate),
    index('agreements_framework_idx').on(t.frameworkId),
    check('agreements_term_order', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
    check('agreements_title_not_blank', sql`length(trim(${t.title})) > 0`),
  ],
);

export const agreementParties = pgTable(
  'agreement_parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** The Träger. */
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    facilityIds: uuid('facility_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** For each Verbund among the facilities: its member facilities when the party was recorded. */
    verbundMembers: jsonb('verbund_members').$type<Record<string, string[]>>().notNull().default({}),
    representativeName: text('representative_name'),
    representativeRole: text('representative_role'),
  },
  (t) => [
    uniqueIndex('agreement_parties_position_uq').on(t.agreementId, t.position),
    index('agreement_parties_org_idx').on(t.organizationId),
    index('agreement_parties_facilities_idx').using('gin', t.facilityIds),
  ],
);

export const agreementVersions = pgTable(
  'agreement_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    status: text('status').$type<(typeof versionStatuses)[number]>().notNull().default('draft'),
    sections: jsonb('sections').$type<Sections>().notNull(),
    services: jsonb('services').$type<ServiceRow[]>().notNull().default([]),
    childProtectionChecks: jsonb('child_protection_checks')
      .$type<ChildProtectionCheck[]>()
      .notNull()
      .default([]),
    /** Parties and term as they were when this version was signed (documents of old versions). */
    snapshot: jsonb('snapshot'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex('agreement_versions_number_uq').on(t.agreementId, t.number)],
);

export const agreementSignatures = pgTable(
  'agreement_signatures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    versionNumber: integer('version_number').notNull(),
    partyId: uuid('party_id')
      .notNull()
      .references(() => agreementParties.id, { onDelete: 'cascade' }),
    signerName: text('signer_name').notNull(),
    signerRole: text('signer_role').notNull(),
    signedOn: date('signed_on').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    pdf: bytea('pdf'),
    pdfSize: integer('pdf_size'),
    pdfName: text('pdf_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('agreement_signatures_party_uq').on(t.agreementId, t.versionNumber, t.partyId),
    check('agreement_signatures_pdf_size', sql`${t.pdfSize} is null or ${t.pdfSize} <= 10485760`),
  ],
);

export const agreementComments = pgTable(
  'agreement_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    versionNumber: integer('version_number').notNull(),
    section: text('section').notNull(),
    body: text('body').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('agreement_comments_agreement_idx').on(t.agreementId, t.createdAt)],
);

/** One row per reminder sent: the unique key makes the reminder job idempotent. */
export const agreementReminders = pgTable(
  'agreement_reminders',
  {
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'review' | 'notice'>().notNull(),
    dueOn: date('due_on').notNull(),
    daysBefore: integer('days_before').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('agreement_reminders_uq').on(t.agreementId, t.kind, t.dueOn, t.daysBefore)],
);
