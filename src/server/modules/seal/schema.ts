import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations, users } from '../accounts/schema';

/**
 * The quality seal module (decision 017): the Gütesiegel catalogue as versioned data, each centre's (or
 * Verbund's) certification cycle, and the manual evidence a centre uploads. Automatic evidence (offerings,
 * agreements, cooperations, room grants) is not stored here: it is read from the owning modules at the time
 * of the self-check, so it can never drift from the daily work.
 */

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/** What may count as evidence for a criterion. */
export const sealEvidenceKinds = ['offering', 'agreement', 'cooperation', 'room', 'document'] as const;
export type SealEvidenceKind = (typeof sealEvidenceKinds)[number];

export const sealCriterionKinds = ['basic', 'advanced'] as const;
export type SealCriterionKind = (typeof sealCriterionKinds)[number];

/** Areas 1–4 are performance areas, 5–8 structure areas (domain.md §8). */
export const sealAreaKinds = ['performance', 'structure'] as const;

/**
 * One edition of the catalogue ("2020"). Editions are never edited after import: a new one is imported and
 * made current; a cycle keeps the edition it was started with. At most one edition is current.
 */
export const sealEditions = pgTable(
  'seal_editions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The edition's name as the field uses it, e.g. "2020". */
    key: text('key').notNull().unique(),
    title: text('title').notNull(),
    current: boolean('current').notNull().default(false),
    builtIn: boolean('built_in').notNull().default(false),
    /** Where it came from: "mitgeliefert" or the imported file's name. */
    source: text('source').notNull().default(''),
    importedBy: uuid('imported_by').references(() => users.id, { onDelete: 'set null' }),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('seal_editions_one_current_uq').on(t.current).where(sql`${t.current}`),
    check('seal_editions_key_not_blank', sql`length(trim(${t.key})) > 0`),
  ],
);

/**
 * An area of an edition with its minimum counts: how many basic and advanced criteria must be met. Where the
 * real figures are unknown the shipped edition marks them `minimumsEstimated` (shown as "editable estimate").
 */
export const sealAreas = pgTable(
  'seal_areas',
  {
    editionId: uuid('edition_id')
      .notNull()
      .references(() => sealEditions.id, { onDelete: 'cascade' }),
    number: smallint('number').notNull(),
    kind: text('kind').$type<(typeof sealAreaKinds)[number]>().notNull(),
    nameDe: text('name_de').notNull(),
    nameEn: text('name_en').notNull(),
    minBasic: smallint('min_basic').notNull().default(0),
    minAdvanced: smallint('min_advanced').notNull().default(0),
    minimumsEstimated: boolean('minimums_estimated').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.editionId, t.number] }),
    check('seal_areas_number_range', sql`${t.number} between 1 and 20`),
    check('seal_areas_minimums', sql`${t.minBasic} >= 0 and ${t.minAdvanced} >= 0`),
  ],
);

/**
 * A criterion, in our own words (never the official text). `evidence` says which kinds of evidence count;
 * `partnerKinds`, when not empty, narrows agreement and cooperation evidence to partners of those kinds
 * (e.g. 6.3: an active cooperation with a family education centre).
 */
export const sealCriteria = pgTable(
  'seal_criteria',
  {
    editionId: uuid('edition_id')
      .notNull()
      .references(() => sealEditions.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    area: smallint('area').notNull(),
    kind: text('kind').$type<SealCriterionKind>().notNull(),
    titleDe: text('title_de').notNull(),
    titleEn: text('title_en').notNull(),
    hintDe: text('hint_de').notNull().default(''),
    hintEn: text('hint_en').notNull().default(''),
    evidence: text('evidence').array().$type<SealEvidenceKind[]>().notNull(),
    partnerKinds: text('partner_kinds').array().notNull().default(sql`'{}'::text[]`),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.editionId, t.code] }),
    foreignKey({ columns: [t.editionId, t.area], foreignColumns: [sealAreas.editionId, sealAreas.number] }),
    check('seal_criteria_code_format', sql`${t.code} ~ '^[0-9]{1,2}\\.[0-9]{1,2}$'`),
  ],
);

/**
 * A certification cycle of a family centre or a Verbund (organisation of type `network`): certified on,
 * valid until (4 years later unless the certificate says otherwise), the review period (a calendar year)
 * and the edition its self-check uses. The latest cycle by `certified_on` is the current one.
 */
export const sealCycles = pgTable(
  'seal_cycles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => sealEditions.id),
    certifiedOn: date('certified_on').notNull(),
    /** The re-certification is due on this date (missing it ends funding). */
    validUntil: date('valid_until').notNull(),
    reviewYear: smallint('review_year').notNull(),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('seal_cycles_org_certified_uq').on(t.organizationId, t.certifiedOn),
    index('seal_cycles_valid_until_idx').on(t.validUntil),
    check('seal_cycles_order', sql`${t.validUntil} > ${t.certifiedOn}`),
    check('seal_cycles_review_year', sql`${t.reviewYear} between 2000 and 2100`),
  ],
);

/** One row per reminder sent (12, 6 and 3 months before `valid_until`): makes the reminder job idempotent. */
export const sealCycleReminders = pgTable(
  'seal_cycle_reminders',
  {
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => sealCycles.id, { onDelete: 'cascade' }),
    dueOn: date('due_on').notNull(),
    monthsBefore: smallint('months_before').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.dueOn, t.monthsBefore] })],
);

export const manualEvidenceKinds = ['document', 'note'] as const;
export type ManualEvidenceKind = (typeof manualEvidenceKinds)[number];

/**
 * Evidence a centre records by hand: an uploaded PDF (a concept, a flyer, minutes) or a note, with the date
 * it takes effect and, where it has one, its expiry. It belongs to the facility that holds it; a Verbund's
 * self-check counts its members' evidence together.
 */
export const sealManualEvidence = pgTable(
  'seal_manual_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ManualEvidenceKind>().notNull(),
    title: text('title').notNull(),
    note: text('note').notNull().default(''),
    /** Criterion codes ("6.2") it counts for, in any edition that has them. */
    criteria: text('criteria').array().notNull(),
    effectiveOn: date('effective_on').notNull(),
    expiresOn: date('expires_on'),
    file: bytea('file'),
    fileName: text('file_name'),
    fileSize: integer('file_size'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('seal_manual_evidence_org_idx').on(t.organizationId, t.effectiveOn),
    check('seal_manual_evidence_title_not_blank', sql`length(trim(${t.title})) > 0`),
    check('seal_manual_evidence_criteria', sql`cardinality(${t.criteria}) > 0`),
    check('seal_manual_evidence_file', sql`(${t.kind} = 'document') = (${t.file} is not null)`),
    check('seal_manual_evidence_file_size', sql`${t.fileSize} is null or ${t.fileSize} <= 10485760`),
    check('seal_manual_evidence_dates', sql`${t.expiresOn} is null or ${t.expiresOn} >= ${t.effectiveOn}`),
  ],
);
